package io.github.osceparser.parser.internal;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.Site;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.extract.PageExtractors;
import io.github.osceparser.parser.internal.text.LanguageDetector;
import io.github.osceparser.parser.internal.text.Line;
import io.github.osceparser.parser.internal.text.LineSplitter;
import io.github.osceparser.parser.internal.text.TextFrontEnd;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline both front ends share: blocks, then the content's language, then the draft of the
 * first extractor that takes the page, then the one finishing step that makes the record. For page
 * text it also runs the front end: lines, then menu and content apart, then blocks. Every step is
 * linear in the size of the input.
 */
public final class PageParser {
    private final PageFinisher finisher;
    private final int maxInputLength;

    public PageParser(boolean strict, int maxInputLength) {
        this.finisher = new PageFinisher(strict);
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
        Diagnostics skipped = new Diagnostics();
        List<Block> blocks = TextFrontEnd.blocks(split.content(), skipped);
        if (!hasText(blocks)) {
            throw split.menu().isEmpty()
                    ? new OsceParseException("the page is empty: it holds no text")
                    : new OsceParseException("the page has a navigation menu but no content after it", lines.size());
        }
        return extract(blocks, SiteReader.read(split.menu()), skipped.toList(), List.of(), null);
    }

    /**
     * Runs the shared back end on blocks from any front end.
     *
     * @param blocks the content blocks; at least one holds text (see {@link #hasText})
     * @param site nullable: the navigation snapshot
     * @param skipped the front end's diagnostics
     * @param markupDates the dates the markup states, most trusted first
     * @param pageUrl nullable: the page's own address
     */
    public OscePage extract(
            List<Block> blocks, Site site, List<Diagnostic> skipped, List<DateEvidence> markupDates, String pageUrl) {
        List<String> texts = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (!block.isFigure()) {
                texts.add(block.text());
            }
        }
        PageContent content =
                new PageContent(blocks, site, LanguageDetector.detect(texts), markupDates, pageUrl, skipped);
        return finisher.finish(content, PageExtractors.draft(content));
    }

    /** Whether any block holds text: photos alone are no page. */
    public static boolean hasText(List<Block> blocks) {
        for (Block block : blocks) {
            if (!block.isFigure()) {
                return true;
            }
        }
        return false;
    }
}
