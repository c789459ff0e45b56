package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.OsceParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements the HTML front end looks for across the whole document, found in one walk over it
 * rather than a selector's walk each: the head's title, meta tags, canonical link and JSON-LD, the
 * {@code <main>}, articles, self-named content regions, named anchors and the first link of the
 * body, the {@code <h1>}s, the navigations and lists, the controls that open panels, the content's
 * machine dates, and every id. Each list is in document order, as the selector it replaces gave
 * it. The walk also refuses markup nested deeper than {@link HtmlLoader#MAX_DEPTH} (jsoup stops
 * nesting one level past the limit, so what is deeper shows up exactly there).
 */
final class DocumentIndex {
    /** Content regions of CMSs and reader views that name themselves by id (Drupal, Firefox's reader view). */
    private static final List<String> REGION_IDS = List.of("main-content", "block-system-main", "readability-page-1");

    private static final List<String> REGION_CLASSES = List.of("region-content", "moz-reader-content");

    final Document document;
    final List<Element> h1s = new ArrayList<>();
    final List<Element> mains = new ArrayList<>();
    final List<Element> articles = new ArrayList<>();
    final List<Element> namedRegions = new ArrayList<>();
    final List<Element> namedAnchors = new ArrayList<>();
    final List<Element> navigations = new ArrayList<>();
    final List<Element> unorderedLists = new ArrayList<>();
    final List<Element> controls = new ArrayList<>();
    final List<Element> contentDates = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    /** The first element of each id, as {@code getElementById} finds it. */
    private final Map<String, Element> ids = new HashMap<>();

    Element title;
    Element canonicalLink;
    /** The body's first {@code <a href>}. */
    Element firstBodyLink;

    private DocumentIndex(Document document) {
        this.document = document;
    }

    /**
     * Walks the document once.
     *
     * @throws OsceParseException when an element lies deeper than the limit; the message names its line
     */
    static DocumentIndex of(Document document) {
        DocumentIndex index = new DocumentIndex(document);
        Element body = document.body();
        NodeTraversor.filter(
                new NodeFilter() {
                    private boolean inBody;

                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element element) {
                            if (depth > HtmlLoader.MAX_DEPTH) {
                                throw new OsceParseException(
                                        "the HTML nests elements more than " + HtmlLoader.MAX_DEPTH
                                                + " levels deep; a page that deep cannot be read",
                                        SourceLines.of(node));
                            }
                            if (element == body) {
                                inBody = true;
                            }
                            index.add(element, inBody);
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node == body) {
                            inBody = false;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                document);
        return index;
    }

    private void add(Element element, boolean inBody) {
        String tag = element.normalName();
        switch (tag) {
            case "h1" -> h1s.add(element);
            case "main" -> mains.add(element);
            case "article" -> articles.add(element);
            case "nav" -> navigations.add(element);
            case "ul" -> unorderedLists.add(element);
            case "title" -> {
                if (title == null) {
                    title = element;
                }
            }
            case "meta" -> metas.add(element);
            case "link" -> {
                if (canonicalLink == null
                        && element.attr("rel").trim().equalsIgnoreCase("canonical")
                        && element.hasAttr("href")) {
                    canonicalLink = element;
                }
            }
            case "script" -> {
                if (element.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(element);
                }
            }
            case "a" -> {
                if (element.hasAttr("name")) {
                    namedAnchors.add(element);
                }
                if (inBody && firstBodyLink == null && element.hasAttr("href")) {
                    firstBodyLink = element;
                }
            }
            default -> {
                // no tag of its own to look for
            }
        }
        if (element.attributesSize() == 0) {
            return;
        }
        String role = element.attr("role").trim();
        if (role.equalsIgnoreCase("main") && !tag.equals("main")) {
            mains.add(element);
        } else if (role.equalsIgnoreCase("navigation") && !tag.equals("nav")) {
            navigations.add(element);
        }
        String id = element.id();
        if (!id.isEmpty()) {
            ids.putIfAbsent(id, element);
        }
        if (REGION_IDS.contains(id)
                || element.attr("itemprop").trim().equalsIgnoreCase("articleBody")
                || hasAnyClass(element, REGION_CLASSES)) {
            namedRegions.add(element);
        }
        if (element.hasAttr("aria-controls")) {
            controls.add(element);
        }
        if (isContentDate(element, tag)) {
            contentDates.add(element);
        }
    }

    private static boolean hasAnyClass(Element element, List<String> classes) {
        if (!element.hasAttr("class")) {
            return false;
        }
        for (String name : classes) {
            if (element.hasClass(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A machine date: {@code <time datetime>}, or a CMS's date span with the date in an attribute
     * (microdata {@code itemprop="datePublished"}, RDFa {@code property="dc:date" content}, Drupal's
     * {@code span.date-display-single[content]}).
     */
    private static boolean isContentDate(Element element, String tag) {
        if (tag.equals("time") && element.hasAttr("datetime")) {
            return true;
        }
        if (element.attr("itemprop").trim().equalsIgnoreCase("datePublished")
                && (element.hasAttr("datetime") || element.hasAttr("content"))) {
            return true;
        }
        if (!element.hasAttr("content")) {
            return false;
        }
        return element.attr("property").trim().equalsIgnoreCase("dc:date") || element.hasClass("date-display-single");
    }

    /** The first element with the id, or null. */
    Element byId(String id) {
        return ids.get(id);
    }

    /**
     * The first meta tag with a {@code content} whose {@code property} is one of {@code properties}
     * or whose {@code name} is one of {@code names} (ignoring case and surrounding spaces, as
     * selectors compare values), or null.
     */
    Element meta(List<String> properties, List<String> names) {
        for (Element meta : metas) {
            if (meta.hasAttr("content")
                    && (matches(meta.attr("property"), properties) || matches(meta.attr("name"), names))) {
                return meta;
            }
        }
        return null;
    }

    private static boolean matches(String value, List<String> wanted) {
        String trimmed = value.trim();
        for (String w : wanted) {
            if (trimmed.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    /** Those of the elements that lie under {@code root} (or are it), in document order. */
    static List<Element> under(List<Element> elements, Element root) {
        if (root instanceof Document) {
            return elements;
        }
        return inside(elements, root);
    }

    private static List<Element> inside(List<Element> elements, Element root) {
        List<Element> inside = new ArrayList<>();
        for (Element element : elements) {
            for (Element at = element; at != null; at = at.parent()) {
                if (at == root) {
                    inside.add(element);
                    break;
                }
            }
        }
        return inside;
    }
}
