package io.github.osceparser.parser.internal;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.Site;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.extract.PageKindRecognizer;
import io.github.osceparser.parser.internal.text.LanguageDetector;
import io.github.osceparser.parser.internal.text.Line;
import io.github.osceparser.parser.internal.text.LineSplitter;
import io.github.osceparser.parser.internal.text.TextFrontEnd;
import java.util.AbstractList;
import java.util.List;

/**
 * The text pipeline: lines, then menu and content apart, then blocks, then the page kind, then its
 * extractor. Every step is linear in the size of the input.
 */
public final class PageParser {
    private final boolean strict;
    private final int maxInputLength;

    public PageParser(boolean strict, int maxInputLength) {
        this.strict = strict;
        this.maxInputLength = maxInputLength;
    }

    /** Parses page text; see {@code OsceParser.parse(String)} for the contract. */
    public OscePage parseText(String text) {
        if (text.length() > maxInputLength) {
            throw new OsceParseException("the page is " + text.length() + " characters long, over the limit of "
                    + maxInputLength + "; raise it with OsceParser.builder().maxInputLength(...)");
        }
        List<Line> lines = LineSplitter.split(text);
        MenuSplitter.Split split = MenuSplitter.split(lines);
        Diagnostics diagnostics = new Diagnostics();
        List<Block> blocks = TextFrontEnd.blocks(split.content(), diagnostics);
        if (blocks.isEmpty()) {
            throw split.menu().isEmpty()
                    ? new OsceParseException("the page is empty: it holds no text")
                    : new OsceParseException("the page has a navigation menu but no content after it", lines.size());
        }
        return extract(blocks, SiteReader.read(split.menu()), diagnostics);
    }

    /** Runs the shared back end on blocks from any front end. */
    public OscePage extract(List<Block> blocks, Site site, Diagnostics diagnostics) {
        List<String> texts = new AbstractList<>() {
            @Override
            public String get(int index) {
                return blocks.get(index).text();
            }

            @Override
            public int size() {
                return blocks.size();
            }
        };
        PageContent content = new PageContent(blocks, site, LanguageDetector.detect(texts), diagnostics);
        OscePage page = PageKindRecognizer.choose(content).extract(content);
        if (strict) {
            for (Diagnostic diagnostic : page.diagnostics()) {
                if (diagnostic.kind() == Diagnostic.Kind.UNPLACED) {
                    throw new OsceParseException("strict parsing: " + diagnostic.message(), diagnostic.line());
                }
            }
        }
        return page;
    }
}
