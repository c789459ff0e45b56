package io.github.osceparser.parser.internal.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that holds a page's content, by what the markup says it is rather than by one
 * site's class names: {@code <main>} (its one article, when it holds one and other blocks besides),
 * {@code role="main"}, the target of the page's skip link (Drupal's empty {@code <a
 * id="main-content">} marks where the content starts), a lone {@code <article>}, a CMS's or a
 * reader view's content region; failing all of these, the block that holds most of the page's
 * text that is not link text. Without this the old site's header, menu and language switcher come
 * before the content and are taken for it.
 */
final class ContentRegion {
    private static final Evaluator ARTICLE = QueryParser.parse("article");

    /** The elements that group blocks; a paragraph or a list is content, not a region of it. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "center", "td");

    /** A child holding this share of its parent's text is where the content is. */
    private static final double MOST = 0.7;

    private ContentRegion() {}

    /** The content's element; the body when nothing narrower holds it. */
    static Element of(DocumentIndex index) {
        Element body = index.document.body();
        if (!index.mains.isEmpty()) {
            return soleArticle(index.mains.get(0));
        }
        Element target = skipLinkTarget(index);
        if (target != null) {
            return target;
        }
        List<Element> articles = topLevel(DocumentIndex.under(index.articles, body), body);
        if (articles.size() == 1) {
            return articles.get(0);
        }
        // Content regions of CMSs and reader views that name themselves (Drupal, Firefox's reader view).
        for (Element named : index.namedRegions) {
            if (!SiteFurniture.isInFurniture(named, body) && named.hasText()) {
                return named;
            }
        }
        return densest(body);
    }

    /** A main that holds one article and other blocks besides (a newsletter box): the article. */
    private static Element soleArticle(Element main) {
        List<Element> articles = topLevelArticles(main);
        return articles.size() == 1 && articles.get(0) != main ? articles.get(0) : main;
    }

    private static List<Element> topLevelArticles(Element root) {
        return topLevel(root.select(ARTICLE), root);
    }

    private static List<Element> topLevel(List<Element> articles, Element root) {
        return articles.stream()
                .filter(a -> a.parents().stream().noneMatch(p -> p.normalName().equals("article")))
                .filter(a -> !SiteFurniture.isInFurniture(a, root))
                .toList();
    }

    /**
     * Where the page's first link leads when it is an in-page link, as a skip link is ({@code <a
     * href="#main-content">}): the element of that id, or the parent of an empty anchor of that id.
     */
    private static Element skipLinkTarget(DocumentIndex index) {
        Document document = index.document;
        // the page's first link: a "back to top" link further down leads to the whole page
        Element link = index.firstBodyLink;
        if (link == null
                || !link.attr("href").startsWith("#")
                || link.attr("href").length() < 2) {
            return null;
        }
        String id = link.attr("href").substring(1);
        Element target = index.byId(id);
        if (target == null) {
            for (Element anchor : index.namedAnchors) {
                if (anchor.attr("name").equals(id)) {
                    target = anchor;
                    break;
                }
            }
        }
        if (target == null) {
            return null;
        }
        if (!target.hasText() && target.parent() != null) {
            target = target.parent();
        }
        String tag = target.normalName();
        return tag.equals("body") || tag.equals("html") || SiteFurniture.isInFurniture(target, document.body())
                ? null
                : target;
    }

    /**
     * From the body down, the child that holds most of its parent's text that is not link text,
     * as long as it keeps the page's {@code <h1>}: menus are link text, the content is prose. The
     * lengths are counted in one pass over the page.
     */
    private static Element densest(Element body) {
        Map<Element, long[]> lengths = proseLengths(body);
        Element at = body;
        while (true) {
            long total = length(lengths, at);
            boolean hasTitle = at.selectFirst(Queries.H1) != null;
            Element next = null;
            for (Element child : at.children()) {
                if (total > 0 && CONTAINERS.contains(child.normalName()) && length(lengths, child) >= MOST * total) {
                    next = child;
                    break;
                }
            }
            if (next == null || (hasTitle && next.selectFirst(Queries.H1) == null)) {
                return at;
            }
            at = next;
        }
    }

    private static long length(Map<Element, long[]> lengths, Element element) {
        long[] length = lengths.get(element);
        return length == null ? 0 : length[0];
    }

    /** The length of each element's text outside furniture and links. */
    private static Map<Element, long[]> proseLengths(Element root) {
        Map<Element, long[]> lengths = new IdentityHashMap<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e && node != root) {
                            if (SiteFurniture.isFurniture(e) || e.normalName().equals("a")) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                        } else if (node instanceof TextNode text && text.parent() != null) {
                            Element parent = (Element) text.parent();
                            lengths.computeIfAbsent(parent, p -> new long[1])[0] +=
                                    text.getWholeText().strip().length();
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element e && node != root && e.parent() != null) {
                            long own = length(lengths, e);
                            if (own > 0) {
                                lengths.computeIfAbsent(e.parent(), p -> new long[1])[0] += own;
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        return lengths;
    }
}
