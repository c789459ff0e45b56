package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Headings;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.content.NamedStructure;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.content.SectionBuilder;
import io.github.osceparser.parser.internal.content.SectionLines;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The page of one field operation: its name as the title ("OSCE Mission to Montenegro"), then
 * short sections ("Overview", "Mandate", "Head of Mission"). The operation's establishment date and
 * headquarters are read from the text where it states them.
 */
final class MissionPageExtractor implements PageExtractor {
    /** A mission page's title is the operation's name and nothing more: the place has at most this many words. */
    private static final int MAX_LOCATION_WORDS = 4;

    /** More words than this, ending in a full stop, are a paragraph, never a headline. */
    private static final int MAX_HEADLINE_WORDS = 25;

    static boolean isMissionName(String text) {
        MissionNames.Parsed parsed = MissionNames.parse(text);
        return parsed != null
                && parsed.location().split(" ").length <= MAX_LOCATION_WORDS
                && Headings.looksLikeHeading(text);
    }

    /**
     * Whether a first block is a paragraph of prose, not a headline: more than {@value
     * #MAX_HEADLINE_WORDS} words ending in a full stop, as a page saved without its headline opens.
     */
    private static boolean isProse(String text) {
        return text.endsWith(".") && SectionLines.words(text) > MAX_HEADLINE_WORDS;
    }

    /**
     * The index of the page's own heading under the operation's name in the older layout, or -1:
     * a heading ("Police development"), after one section line at most ("Activities", "About"),
     * followed by its photo's caption (a caption ending in its credit, or a photo), as the older
     * site printed a field operation's topic pages. "Overview" is a section line, so an overview
     * page keeps the operation's name as its title.
     */
    private static int topicHeading(List<Block> blocks, int from, PageContent content) {
        int j = from;
        if (j < blocks.size()
                && blocks.get(j).isText()
                && content.lexicon().has(Section.SECTION_LINES, blocks.get(j).text())) {
            j++;
        }
        if (j + 1 >= blocks.size() || !blocks.get(j).isText()) {
            return -1;
        }
        String heading = blocks.get(j).text();
        Block next = blocks.get(j + 1);
        boolean caption = next.isFigure() || next.isText() && Vocabulary.isPhotoCaption(next.text());
        return caption
                        && Headings.looksLikeHeading(heading)
                        && !content.lexicon().has(Section.SECTION_LINES, heading)
                        && MissionNames.parse(heading) == null
                ? j
                : -1;
    }

    /**
     * The page's draft when its title is a field operation's name; the page's own address, when
     * the input states it, is the operation's.
     */
    @Override
    public Optional<PageDraft> tryExtract(PageContent content) {
        List<Block> blocks = content.blocks();
        Block title = blocks.get(0);
        if (title.isItem() || title.isFigure()) {
            return Optional.empty();
        }
        boolean headless = isProse(title.text());
        String open = Vocabulary.beforeClosedMark(title.text(), content.lexicon());
        String titleName = open != null ? open : title.text();
        boolean named = !headless && isMissionName(titleName);
        MissionEvidence.Found found =
                named ? null : headless ? MissionEvidence.headless(content) : MissionEvidence.find(content);
        if (!named && found == null) {
            return Optional.empty();
        }
        String name = named ? titleName : found.name();
        // a page without a headline is titled with the operation's name, and its first paragraph is content
        String titleText = headless ? "OSCE " + name : title.text();
        PageDraft draft = new PageDraft();
        if (!headless) {
            draft.place(title);
        }
        if (!named) {
            draft.diagnostics()
                    .add(
                            title.line(),
                            Diagnostic.Kind.INFERRED,
                            "no menu; read as a field-operation page from: " + found.evidence()
                                    + (headless ? "; titled '" + titleText + "'" : ""));
        }
        int i = headless ? 0 : 1;
        if (!headless
                && i < blocks.size()
                && !blocks.get(i).isFigure()
                && blocks.get(i).text().equals(title.text())) {
            draft.place(blocks.get(i++)); // the title printed twice, as in the older layout's banner
        }
        int topic = named ? topicHeading(blocks, i, content) : -1;
        if (topic >= 0) {
            // the older layout: the operation's name is the site's banner, the heading under it
            // (after a section line such as "Activities", at most) the page's own title
            draft.diagnostics()
                    .add(
                            title.line(),
                            Diagnostic.Kind.SKIPPED,
                            "'" + title.text() + "' names the operation above the title");
            for (int k = i; k < topic; k++) {
                draft.place(blocks.get(k));
                draft.diagnostics()
                        .add(
                                blocks.get(k).line(),
                                Diagnostic.Kind.SKIPPED,
                                "'" + blocks.get(k).text() + "' is a section line above the title");
            }
            draft.place(blocks.get(topic));
            titleText = blocks.get(topic).text();
            i = topic + 1;
        }
        List<Block> rest = blocks.subList(i, blocks.size());
        String pageTitle = titleText;
        String summary = null;
        List<String> texts = new ArrayList<>();
        for (int b = 0; b < rest.size(); b++) {
            Block block = rest.get(b);
            if (!SectionBuilder.isHeading(rest, b) && !block.isItem() && !block.isFigure()) {
                texts.add(block.text());
                if (summary == null
                        && !Vocabulary.isPhotoCaption(block.text())
                        && !block.text().endsWith(":")) {
                    summary = block.text();
                }
            }
        }
        Mission mission = MissionFacts.mission(name, summary, texts, content.pageUrl(), content.lexicon());
        NamedStructure operation = draft.structure(name, false, title.line(), null);
        var sections =
                new SectionBuilder(heading -> false).addAll(rest, draft::place).build();
        return Optional.of(draft.record(finished -> new MissionPage(
                finished.language(),
                pageTitle,
                MissionFacts.identified(mission, finished.ref(operation)),
                sections,
                finished.mentioned(),
                finished.countries(),
                finished.site(),
                finished.diagnostics())));
    }
}
