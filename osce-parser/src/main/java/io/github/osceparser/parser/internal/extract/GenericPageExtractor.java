package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.PageContent;
import io.github.osceparser.parser.internal.SectionBuilder;
import io.github.osceparser.parser.internal.text.DatelineParser;
import java.time.LocalDate;
import java.util.List;

/** Any page the other extractors decline: its first line is the title, the rest its sections. */
final class GenericPageExtractor implements PageExtractor {
    @Override
    public boolean recognizes(PageContent content) {
        return true;
    }

    @Override
    public OscePage extract(PageContent content) {
        List<Block> blocks = content.blocks();
        Block title = blocks.get(0);
        content.place(title);
        List<Block> rest = blocks.subList(1, blocks.size());
        LocalDate date = null;
        for (Block block : rest) {
            if (!block.isItem()) {
                DatelineParser.Result dateline = DatelineParser.parse(block.text());
                date = dateline == null ? null : dateline.dateline().date();
                break;
            }
        }
        var sections = new SectionBuilder(heading -> false)
                .addAll(rest, content::place)
                .build();
        return new GenericPage(content.language(), title.text(), date, sections, content.site(), content.finish());
    }
}
