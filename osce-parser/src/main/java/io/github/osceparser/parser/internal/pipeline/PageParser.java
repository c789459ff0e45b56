package io.github.osceparser.parser.internal.pipeline;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.Site;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.SectionLines;
import io.github.osceparser.parser.internal.extract.PageExtractors;
import io.github.osceparser.parser.internal.finish.PageFinisher;
import io.github.osceparser.parser.internal.html.HtmlReader;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.site.MenuGroup;
import io.github.osceparser.parser.internal.site.SiteReader;
import io.github.osceparser.parser.internal.text.LanguageDetector;
import io.github.osceparser.parser.internal.text.Line;
import io.github.osceparser.parser.internal.text.LineSplitter;
import io.github.osceparser.parser.internal.text.MenuSplitter;
import io.github.osceparser.parser.internal.text.NameMentions;
import io.github.osceparser.parser.internal.text.TextFrontEnd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole data path, as its description reads: a front end (page text or HTML) gives blocks, the
 * menu and what the page states of itself; the back end detects the content's language, takes the
 * draft of the first extractor that accepts the page, and the finishing step makes the record.
 * Every step is linear in the size of the input.
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
        // before the menu is looked for: "-" and "--" alone would read as the items of an empty menu
        refuseOnlySeparators(lines);
        MenuSplitter.Split split = MenuSplitter.split(lines);
        Diagnostics skipped = new Diagnostics();
        List<Block> blocks = TextFrontEnd.blocks(split.content(), skipped);
        if (blocks.stream().allMatch(block -> block.isFigure() || block.isMarksOnly())) {
            throw split.menu().isEmpty()
                    ? new OsceParseException("the page is empty: it holds no text")
                    : new OsceParseException("the page has a navigation menu but no content after it", lines.size());
        }
        return backEnd(blocks, split.menu(), skipped.toList(), List.of(), null);
    }

    /**
     * Refuses a page whose lines, all of them, are separators: marks with no letter or digit ("-",
     * "--", "* * *"). Such a page is not a page with nothing placed but no page at all, as an empty
     * one is; the message says what it holds (the exception's line is the first separator's), so that a saved file cut down to its rules, or a
     * tool's output of only separators, is told from an empty file. Stops at the first letter or digit.
     */
    private static void refuseOnlySeparators(List<Line> content) {
        int separators = 0;
        int first = 0;
        for (Line line : content) {
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return;
                }
            }
            if (!text.isBlank()) {
                separators++;
                first = first == 0 ? line.number() : first;
            }
        }
        if (separators > 0) {
            throw new OsceParseException(
                    "the page holds no text, only " + separators + " separator line" + (separators == 1 ? "" : "s")
                            + " of marks such as '-'",
                    first);
        }
    }

    /** Parses decoded markup; see {@code OsceParser.parseHtml(String, String)} for the contract. */
    public OscePage parseHtml(String html, String baseUri) {
        return backEnd(HtmlReader.read(html, baseUri, maxInputLength));
    }

    /** Reads and parses a page's bytes; see {@code OsceParser.parseHtml(InputStream, ...)}. */
    public OscePage parseHtml(InputStream in, Charset charsetOrNull, String baseUri) throws IOException {
        return backEnd(HtmlReader.read(in, charsetOrNull, baseUri, maxInputLength));
    }

    private OscePage backEnd(HtmlReader.HtmlContent html) {
        return backEnd(html.blocks(), html.menu(), List.of(), html.markupDates(), html.pageUrl());
    }

    private OscePage backEnd(
            List<Block> blocks,
            List<MenuGroup> menu,
            List<Diagnostic> skipped,
            List<DateEvidence> markupDates,
            String pageUrl) {
        List<String> texts = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (!block.isFigure()) {
                texts.add(block.text());
            }
        }
        String language = LanguageDetector.detect(texts);
        Lexicon lexicon = Lexicon.of(language);
        Site site = SiteReader.read(menu, lexicon);
        Diagnostics left = new Diagnostics();
        left.addAll(skipped);
        List<Block> titled = SectionLines.strip(blocks, lexicon, left);
        List<String> titledTexts = new ArrayList<>(titled.size());
        for (Block block : titled) {
            if (!block.isFigure()) {
                titledTexts.add(block.text());
            }
        }
        NameMentions.Named named = NameMentions.both(titledTexts, language);
        PageContent content = new PageContent(
                titled, site, language, markupDates, pageUrl, left.toList(), named.countries(), named.structures());
        return finisher.finish(content, PageExtractors.draft(content));
    }
}
