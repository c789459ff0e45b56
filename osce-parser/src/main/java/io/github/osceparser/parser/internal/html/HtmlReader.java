package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.site.MenuGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML front end's entry: the document, then the menu, the content blocks (each with its
 * markup), the dates the markup states and the page's own address, as the shared back end takes
 * them. What page the blocks make is not decided here.
 */
public final class HtmlReader {
    private HtmlReader() {}

    /**
     * What an HTML page holds for the back end.
     *
     * @param blocks the content blocks, at least one of them text
     * @param menu the navigation menu's groups; empty when the page has none
     * @param markupDates the dates the markup states, most trusted first
     * @param pageUrl nullable: the page's own absolute address
     */
    public record HtmlContent(
            List<Block> blocks, List<MenuGroup> menu, List<DateEvidence> markupDates, String pageUrl) {
        public HtmlContent {
            blocks = List.copyOf(blocks);
            menu = List.copyOf(menu);
            markupDates = List.copyOf(markupDates);
        }
    }

    /** Reads decoded markup; see {@code OsceParser.parseHtml(String, String)} for the contract. */
    public static HtmlContent read(String html, String baseUri, int maxInputLength) {
        Document document;
        try {
            document = HtmlLoader.load(html, jsoupBase(baseUri), maxInputLength);
        } catch (OsceParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        return read(document, baseUri);
    }

    /** Reads a page's bytes; see {@code OsceParser.parseHtml(InputStream, ...)}. */
    public static HtmlContent read(InputStream in, Charset charsetOrNull, String baseUri, int maxInputLength)
            throws IOException {
        Document document;
        try {
            document = HtmlLoader.load(in, charsetOrNull, jsoupBase(baseUri), maxInputLength);
        } catch (OsceParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        return read(document, baseUri);
    }

    private static HtmlContent read(Document document, String baseUri) {
        DocumentIndex index = DocumentIndex.of(document);
        if ((baseUri == null || baseUri.isBlank()) && document.baseUri().isEmpty()) {
            // A page saved without its address usually names it in the head; links resolve against it.
            String canonical = HeadMetadata.canonicalUrl(index);
            if (canonical != null) {
                document.setBaseUri(canonical);
            }
        }
        Element root = ContentRegion.of(index);
        List<MenuGroup> menu = HtmlMenuReader.read(index, root);
        List<Block> blocks = HtmlFrontEnd.blocks(index, root);
        if (blocks.stream().allMatch(Block::isFigure)) {
            throw menu.isEmpty()
                    ? new OsceParseException("the HTML page is empty: it holds no text outside scripts and furniture")
                    : new OsceParseException("the HTML page has a navigation menu but no content");
        }
        return new HtmlContent(blocks, menu, MarkupDates.find(index, root), pageUrl(index));
    }

    /** The page's own address: the canonical one its head names, else the address it was read from. */
    private static String pageUrl(DocumentIndex index) {
        Document document = index.document;
        String url = HeadMetadata.canonicalUrl(index);
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
