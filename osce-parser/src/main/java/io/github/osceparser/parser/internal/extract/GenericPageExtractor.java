package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Section;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.content.SectionBuilder;
import io.github.osceparser.parser.internal.content.SectionLines;
import io.github.osceparser.parser.internal.knowledge.Registry;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.text.DatelineParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any page the other extractors decline (statements, events, "who we are" pages, cut texts): its
 * first line is the title, the rest its sections, and a dateline opening the text gives its date.
 *
 * <p>Text cut by the tool that saved it may start in the middle of a sentence; then the title is the
 * first line that reads as a heading, and the cut start comes first as a section without a heading.
 */
final class GenericPageExtractor implements PageExtractor {
    @Override
    public Optional<PageDraft> tryExtract(PageContent content) {
        List<Block> blocks = content.blocks();
        PageDraft draft = new PageDraft();
        int firstText = firstText(blocks);
        for (int i = 0; i < firstText; i++) {
            if (blocks.get(i).isMarksOnly() && !blocks.get(i).isFigure()) {
                skip(blocks.get(i), "is a separator above the title", draft);
            }
        }
        int titleIndex = titleIndex(blocks, firstText);
        if (titleIndex == firstText && isNameAboveTopic(blocks, firstText, content.lexicon())) {
            skip(blocks.get(firstText), "names the structure above the title", draft);
            titleIndex = firstText + 1;
            firstText = titleIndex;
        } else if (titleIndex == firstText && isNameAboveSectionLine(blocks, firstText, content.lexicon())) {
            skip(blocks.get(firstText), "names the structure above a section line", draft);
            skip(blocks.get(firstText + 1), "is a section line above the title", draft);
            titleIndex = firstText + 2;
            firstText = titleIndex;
        }
        Block title = blocks.get(titleIndex);
        draft.place(title);
        List<Section> sections = new ArrayList<>();
        if (titleIndex > firstText) {
            draft.diagnostics()
                    .add(
                            blocks.get(firstText).line(),
                            Diagnostic.Kind.INFERRED,
                            "the text starts in the middle of a sentence; took line " + title.line() + " as the title");
            sections.addAll(new SectionBuilder(heading -> false)
                    .addAll(blocks.subList(0, titleIndex), draft::place)
                    .build());
        }
        int body = PageLabels.read(blocks, titleIndex + 1, draft, content.lexicon());
        List<Block> rest = blocks.subList(body, blocks.size());
        for (Block block : rest) {
            if (!block.isItem() && !block.isFigure()) {
                DatelineParser.Result dateline = DatelineParser.parse(block.text(), content.lexicon());
                if (dateline != null && dateline.date() != null) {
                    draft.date(
                            DateEvidence.stated(dateline.date(), DateSource.DATELINE, block.line(), dateline.text()));
                }
                break;
            }
        }
        sections.addAll(
                new SectionBuilder(heading -> false).addAll(rest, draft::place).build());
        return Optional.of(draft.record(finished -> new GenericPage(
                finished.language(),
                title.text(),
                finished.date(),
                sections,
                finished.mentioned(),
                finished.countries(),
                finished.site(),
                finished.diagnostics())));
    }

    /** Places a line above the title that the record leaves out, saying why. */
    private static void skip(Block line, String why, PageDraft draft) {
        draft.place(line);
        draft.diagnostics()
                .add(line.line(), Diagnostic.Kind.SKIPPED, "'" + Diagnostics.excerpt(line.text()) + "' " + why);
    }

    /** The lexicon's section lines ("Activities", "Resources"); the model's {@link Section} is a page's. */
    private static final io.github.osceparser.parser.internal.lexicon.Section SECTION_LINES =
            io.github.osceparser.parser.internal.lexicon.Section.SECTION_LINES;

    /** The most words of a structure's name line, or of a title, above or below a section line. */
    private static final int MAX_NAME_WORDS = 16;

    /**
     * A structure's name, a section line, then a title and text: an older institution or department
     * page ("High Commissioner on National Minorities", "Activities", "Early warning"), whose title
     * is the topic under the section line. A field operation's page of the same shape is read as a
     * mission before this extractor is tried.
     */
    private static boolean isNameAboveSectionLine(List<Block> blocks, int first, Lexicon lexicon) {
        return first + 3 < blocks.size()
                && isShortLine(blocks.get(first))
                && isShortLine(blocks.get(first + 1))
                && lexicon.has(SECTION_LINES, blocks.get(first + 1).text())
                && isShortLine(blocks.get(first + 2))
                && !lexicon.has(SECTION_LINES, blocks.get(first + 2).text());
    }

    /**
     * An institution's or department's name alone, then a topic heading over prose: the page is the
     * topic's ("OSCE High Commissioner on National Minorities", "Education and conflict prevention",
     * then its text). The name must be the registry's, so that a heading over a heading is not read so.
     */
    private static boolean isNameAboveTopic(List<Block> blocks, int first, Lexicon lexicon) {
        if (first + 2 >= blocks.size()
                || !isShortLine(blocks.get(first))
                || !isShortLine(blocks.get(first + 1))
                || lexicon.has(SECTION_LINES, blocks.get(first + 1).text())) {
            return false;
        }
        Block prose = blocks.get(first + 2);
        return !prose.isItem()
                && !prose.isFigure()
                && !isShortLine(prose)
                && Registry.standard().findStructure(blocks.get(first).text(), null) != null;
    }

    /** A line of text of a few words that does not end like a sentence: a name or a heading. */
    private static boolean isShortLine(Block block) {
        if (block.isItem() || block.isFigure()) {
            return false;
        }
        String text = block.text();
        int words = SectionLines.words(text);
        return !text.isEmpty()
                && ".!?:".indexOf(text.charAt(text.length() - 1)) < 0
                && words <= MAX_NAME_WORDS
                && !Vocabulary.isPhotoCaption(text); // the older site's caption under a photo
    }

    /**
     * The index of the first block that is neither a photo nor a separator ("* * *"), which are no
     * title (the last block, when all are).
     */
    private static int firstText(List<Block> blocks) {
        int first = 0;
        while (first + 1 < blocks.size()
                && (blocks.get(first).isFigure() || blocks.get(first).isMarksOnly())) {
            first++;
        }
        return first;
    }

    /**
     * The first block of text (photos before it are no title), unless the text starts
     * mid-sentence: then the first heading-like line after it, if there is one.
     */
    private static int titleIndex(List<Block> blocks, int first) {
        Block block = blocks.get(first);
        if (block.isItem()
                || block.isFigure()
                || !Character.isLowerCase(block.text().codePointAt(0))) {
            return first;
        }
        for (int i = first + 1; i < blocks.size(); i++) {
            if (!blocks.get(i).isItem() && !blocks.get(i).isFigure() && SectionBuilder.isHeading(blocks, i)) {
                return i;
            }
        }
        return first;
    }
}
