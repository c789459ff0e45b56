package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.finish.PageFinisher;
import java.util.ArrayList;
import java.util.List;

/** Page content for the extractor tests, written as the lines of a page, and its finishing. */
final class TestContent {
    private static final PageFinisher FINISHER = new PageFinisher(false);

    private TestContent() {}

    /** Blocks of the given texts on lines 1, 2, 3...; a text starting with "- " is a bullet. */
    static PageContent content(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            blocks.add(
                    text.startsWith("- ")
                            ? new Block(Block.Kind.ITEM, text.substring(2), i + 1)
                            : new Block(Block.Kind.LINE, text, i + 1));
        }
        return new PageContent(blocks, null, "en", List.of(), null, List.of(), List.of(), List.of());
    }

    /** Whether the extractor takes the content. */
    static boolean takes(PageExtractor extractor, PageContent content) {
        return extractor.tryExtract(content).isPresent();
    }

    /** The record the extractor's draft gives once finished; fails when the extractor declines. */
    static OscePage page(PageExtractor extractor, PageContent content) {
        return FINISHER.finish(content, extractor.tryExtract(content).orElseThrow());
    }

    /** The diagnostics of a partial draft once finished: what it reported, and what it did not place. */
    static List<Diagnostic> finish(PageContent content, PageDraft draft) {
        draft.record(
                f -> new GenericPage(f.language(), "t", null, List.of(), List.of(), List.of(), null, f.diagnostics()));
        return FINISHER.finish(content, draft).diagnostics();
    }
}
