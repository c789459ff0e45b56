package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.Resource;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.Headings;
import io.github.osceparser.parser.internal.MissionNames;
import io.github.osceparser.parser.internal.PageContent;
import io.github.osceparser.parser.internal.SectionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    private static final Set<String> TEAM_TABS = Set.of("our institutions and offices", "our operations on the ground");

    @Override
    public boolean recognizes(PageContent content) {
        Block first = content.blocks().get(0);
        return !first.isItem() && FieldOfWork.fromName(first.text()).isPresent();
    }

    @Override
    public OscePage extract(PageContent content) {
        List<Block> blocks = content.blocks();
        Block title = blocks.get(0);
        content.place(title);
        FieldOfWork field = FieldOfWork.fromName(title.text()).orElseThrow();
        int i = 1;
        String summary = null;
        if (i < blocks.size()
                && blocks.get(i).kind() != Block.Kind.HEADING
                && !blocks.get(i).isItem()
                && !Headings.looksLikeHeading(blocks.get(i).text())) {
            summary = blocks.get(i).text();
            content.place(blocks.get(i++));
        }

        int resourcesStart = resourcesStart(blocks, i);
        List<Block> sectionBlocks = new ArrayList<>();
        List<Mission> missions = new ArrayList<>();
        while (i < resourcesStart) {
            if (isMissionCard(blocks, i, resourcesStart)) {
                Block name = blocks.get(i);
                content.place(name);
                content.place(blocks.get(i + 1));
                i += 2;
                String cardSummary = null;
                if (i < resourcesStart
                        && !isMissionCard(blocks, i, resourcesStart)
                        && !blocks.get(i).isItem()) {
                    cardSummary = blocks.get(i).text();
                    content.place(blocks.get(i++));
                }
                missions.add(mission(name.text(), cardSummary));
            } else {
                sectionBlocks.add(blocks.get(i++));
            }
        }
        List<Resource> resources = new ArrayList<>();
        for (int r = resourcesStart; r + 1 < blocks.size(); r += 2) {
            resources.add(new Resource(blocks.get(r).text(), blocks.get(r + 1).text(), null));
            content.place(blocks.get(r));
            content.place(blocks.get(r + 1));
        }
        var sections = new SectionBuilder(heading -> TEAM_TABS.contains(heading.toLowerCase(Locale.ROOT)))
                .addAll(sectionBlocks, content::place)
                .build();
        return new FieldOfWorkPage(
                content.language(),
                title.text(),
                field,
                summary,
                sections,
                missions,
                resources,
                content.site(),
                content.finish());
    }

    /** A field-operation card: its name printed twice in a row. */
    private static boolean isMissionCard(List<Block> blocks, int i, int end) {
        if (i + 1 >= end) {
            return false;
        }
        Block a = blocks.get(i);
        Block b = blocks.get(i + 1);
        return !a.isItem() && !b.isItem() && a.text().equals(b.text()) && MissionNames.parse(a.text()) != null;
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

    private static Mission mission(String name, String summary) {
        return MissionFacts.mission(name, summary, summary == null ? List.of() : List.of(summary));
    }
}
