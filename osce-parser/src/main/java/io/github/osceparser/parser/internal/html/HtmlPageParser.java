package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.MenuGroup;
import io.github.osceparser.parser.internal.PageParser;
import io.github.osceparser.parser.internal.SiteReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML pipeline: the document, then the menu, the content blocks (each with its markup), the
 * dates the markup states and the page's own address, then the shared back end that the text
 * pipeline uses ({@link PageParser#extract}).
 */
public final class HtmlPageParser {
    private final PageParser backEnd;
    private final int maxInputLength;

    /**
     * @param backEnd the shared back end, with the parser's options
     * @param maxInputLength the longest page accepted, in characters (or bytes, for a stream)
     */
    public HtmlPageParser(PageParser backEnd, int maxInputLength) {
        this.backEnd = backEnd;
        this.maxInputLength = maxInputLength;
    }

    /** Parses decoded markup; see {@code OsceParser.parseHtml(String, String)} for the contract. */
    public OscePage parse(String html, String baseUri) {
        Document document;
        try {
            document = HtmlLoader.load(html, jsoupBase(baseUri), maxInputLength);
        } catch (OsceParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        return parse(document, baseUri);
    }

    /** Reads and parses a page's bytes; see {@code OsceParser.parseHtml(InputStream, ...)}. */
    public OscePage parse(InputStream in, Charset charsetOrNull, String baseUri) throws IOException {
        Document document;
        try {
            document = HtmlLoader.load(in, charsetOrNull, jsoupBase(baseUri), maxInputLength);
        } catch (OsceParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        return parse(document, baseUri);
    }

    private OscePage parse(Document document, String baseUri) {
        HtmlDepth.check(document);
        if ((baseUri == null || baseUri.isBlank()) && document.baseUri().isEmpty()) {
            // A page saved without its address usually names it in the head; links resolve against it.
            String canonical = HeadMetadata.canonicalUrl(document);
            if (canonical != null) {
                document.setBaseUri(canonical);
            }
        }
        Element root = SiteFurniture.contentRoot(document);
        List<MenuGroup> menu = HtmlMenuReader.read(document);
        List<Block> blocks = HtmlFrontEnd.blocks(document, root);
        if (!PageParser.hasText(blocks)) {
            throw menu.isEmpty()
                    ? new OsceParseException("the HTML page is empty: it holds no text outside scripts and furniture")
                    : new OsceParseException("the HTML page has a navigation menu but no content");
        }
        return backEnd.extract(
                blocks, SiteReader.read(menu), List.of(), MarkupDates.find(document, root), pageUrl(document));
    }

    /** The page's own address: the canonical one its head names, else the address it was read from. */
    private static String pageUrl(Document document) {
        String url = HeadMetadata.canonicalUrl(document);
        if (url == null && document.location().startsWith("http")) {
            url = document.location();
        }
        return url;
    }

    private static String jsoupBase(String baseUri) {
        return baseUri == null ? "" : baseUri.strip();
    }

    /** jsoup repairs any markup; should it fail all the same, the caller gets our exception. */
    private static OsceParseException failure(RuntimeException e) {
        return new OsceParseException("could not parse the HTML page: " + e, 0, e);
    }
}
