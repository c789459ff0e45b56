package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.Section;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.PageContent;
import io.github.osceparser.parser.internal.SectionBuilder;
import io.github.osceparser.parser.internal.text.DatelineParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Any page the other extractors decline (statements, events, "who we are" pages, cut texts): its
 * first line is the title, the rest its sections, and a dateline opening the text gives its date.
 *
 * <p>Text cut by the tool that saved it may start in the middle of a sentence; then the title is the
 * first line that reads as a heading, and the cut start comes first as a section without a heading.
 */
final class GenericPageExtractor implements PageExtractor {
    @Override
    public boolean recognizes(PageContent content) {
        return true;
    }

    @Override
    public OscePage extract(PageContent content) {
        List<Block> blocks = content.blocks();
        int titleIndex = titleIndex(blocks);
        Block title = blocks.get(titleIndex);
        content.place(title);
        List<Section> sections = new ArrayList<>();
        if (titleIndex > 0) {
            content.diagnostics()
                    .add(
                            blocks.get(0).line(),
                            Diagnostic.Kind.INFERRED,
                            "the text starts in the middle of a sentence; took line " + title.line() + " as the title");
            sections.addAll(new SectionBuilder(heading -> false)
                    .addAll(blocks.subList(0, titleIndex), content::place)
                    .build());
        }
        List<Block> rest = blocks.subList(titleIndex + 1, blocks.size());
        LocalDate date = null;
        for (Block block : rest) {
            if (!block.isItem()) {
                DatelineParser.Result dateline = DatelineParser.parse(block.text());
                date = dateline == null ? null : dateline.dateline().date();
                break;
            }
        }
        sections.addAll(new SectionBuilder(heading -> false)
                .addAll(rest, content::place)
                .build());
        return new GenericPage(content.language(), title.text(), date, sections, content.site(), content.finish());
    }

    /** 0, unless the text starts mid-sentence: then the first heading-like line, if there is one. */
    private static int titleIndex(List<Block> blocks) {
        Block first = blocks.get(0);
        if (first.isItem() || !Character.isLowerCase(first.text().codePointAt(0))) {
            return 0;
        }
        for (int i = 1; i < blocks.size(); i++) {
            if (!blocks.get(i).isItem() && SectionBuilder.isHeading(blocks, i)) {
                return i;
            }
        }
        return 0;
    }
}
