package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Section;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.content.SectionBuilder;
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
        int titleIndex = titleIndex(blocks, firstText);
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

    /** The index of the first block that is not a photo (the last block, when all are). */
    private static int firstText(List<Block> blocks) {
        int first = 0;
        while (first + 1 < blocks.size() && blocks.get(first).isFigure()) {
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
