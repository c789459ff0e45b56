package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.Resource;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.FinishedPage;
import io.github.osceparser.parser.internal.content.Headings;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.content.NamedStructure;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.content.SectionBuilder;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Field-of-work overview pages ("Policing", "Ordine pubblico"): the title names a field of work, a
 * summary follows, then sections, field-operation cards (the name printed twice, then one sentence)
 * and related-resource cards (a title, then a line without a full stop).
 */
final class FieldOfWorkExtractor implements PageExtractor {
    /**
     * The two tabs of the "Our teams" section of the site's field-of-work template; on the page they
     * follow "Our teams" as headings of their own, but they belong to it.
     */
    @Override
    public Optional<PageDraft> tryExtract(PageContent content) {
        List<Block> blocks = content.blocks();
        Block title = blocks.get(0);
        Optional<FieldOfWork> named = title.isItem() || title.isFigure()
                ? Optional.empty()
                : content.lexicon().fieldOfWork(title.text());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        FieldOfWork field = named.get();
        PageDraft draft = new PageDraft();
        draft.place(title);
        int i = 1;
        String summary = null;
        if (i < blocks.size()
                && blocks.get(i).kind() != Block.Kind.HEADING
                && !blocks.get(i).isItem()
                && !blocks.get(i).isFigure()
                && !Headings.looksLikeHeading(blocks.get(i).text())) {
            summary = blocks.get(i).text();
            draft.place(blocks.get(i++));
        }

        int resourcesStart = resourcesStart(blocks, i);
        List<Block> sectionBlocks = new ArrayList<>();
        List<Mission> missions = new ArrayList<>();
        List<NamedStructure> missionNames = new ArrayList<>();
        while (i < resourcesStart) {
            if (isMissionCard(blocks, i, resourcesStart)) {
                Block name = blocks.get(i);
                Block repeated = blocks.get(i + 1);
                draft.place(name);
                draft.place(repeated);
                i += 2;
                String cardSummary = null;
                if (i < resourcesStart
                        && !isMissionCard(blocks, i, resourcesStart)
                        && !blocks.get(i).isItem()
                        && !blocks.get(i).isFigure()) {
                    cardSummary = blocks.get(i).text();
                    draft.place(blocks.get(i++));
                }
                missions.add(mission(name.text(), cardSummary, link(name, repeated), content.lexicon()));
                missionNames.add(draft.structure(name.text(), false, name.line(), null));
            } else if (blocks.get(i).isFigure()) {
                i++; // a photo is not section text; the finishing step reports it
            } else {
                sectionBlocks.add(blocks.get(i++));
            }
        }
        List<Resource> resources = new ArrayList<>();
        for (int r = resourcesStart; r + 1 < blocks.size(); r += 2) {
            Block cardTitle = blocks.get(r);
            Block description = blocks.get(r + 1);
            resources.add(new Resource(cardTitle.text(), description.text(), link(cardTitle, description)));
            draft.place(cardTitle);
            draft.place(description);
        }
        var sections = new SectionBuilder(heading -> content.lexicon().has(Section.TEAM_TABS, heading))
                .addAll(sectionBlocks, draft::place)
                .build();
        String finalSummary = summary;
        return Optional.of(draft.record(finished -> new FieldOfWorkPage(
                finished.language(),
                title.text(),
                field,
                finalSummary,
                sections,
                identified(missions, missionNames, finished),
                resources,
                finished.mentioned(),
                finished.countries(),
                finished.site(),
                finished.diagnostics())));
    }

    /** Where a card links to: its title's link, else its second line's (a card linked below its title). */
    private static String link(Block title, Block next) {
        String url = title.markup().link();
        return url != null ? url : next.markup().link();
    }

    /** A field-operation card: its name printed twice in a row. */
    private static boolean isMissionCard(List<Block> blocks, int i, int end) {
        if (i + 1 >= end) {
            return false;
        }
        Block a = blocks.get(i);
        Block b = blocks.get(i + 1);
        return !a.isItem()
                && !b.isItem()
                && !a.isFigure()
                && !b.isFigure()
                && a.text().equals(b.text())
                && MissionNames.parse(a.text()) != null;
    }

    /**
     * Where the trailing run of resource cards starts: pairs of short lines, a title and a
     * description that does not end like a sentence ("Projects" / "Initiatives funded by ...").
     * Returns {@code blocks.size()} when there are none.
     */
    private static int resourcesStart(List<Block> blocks, int from) {
        int start = blocks.size();
        while (start - 2 >= from) {
            Block cardTitle = blocks.get(start - 2);
            Block description = blocks.get(start - 1);
            if (cardTitle.isItem()
                    || description.isItem()
                    || cardTitle.isFigure()
                    || description.isFigure()
                    || !Headings.looksLikeHeading(cardTitle.text())
                    || endsLikeSentence(description.text())
                    || cardTitle.text().equals(description.text())) {
                break;
            }
            start -= 2;
        }
        return start;
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".:;!?…".indexOf(last) >= 0;
    }

    private static List<Mission> identified(List<Mission> missions, List<NamedStructure> names, FinishedPage finished) {
        List<Mission> identified = new ArrayList<>(missions.size());
        for (int m = 0; m < missions.size(); m++) {
            identified.add(MissionFacts.identified(missions.get(m), finished.ref(names.get(m))));
        }
        return identified;
    }

    private static Mission mission(String name, String summary, String url, Lexicon lexicon) {
        return MissionFacts.mission(name, summary, summary == null ? List.of() : List.of(summary), url, lexicon);
    }
}
