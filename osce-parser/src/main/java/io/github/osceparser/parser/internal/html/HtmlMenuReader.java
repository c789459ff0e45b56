package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.internal.site.MenuGroup;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the site's menu from the nested lists of the header's navigation, as the same menu groups
 * the text pipeline reads from page text.
 *
 * <p>The text rendering flattens the nested lists: an entry with a list under it prints as a group
 * heading ("-", then "Fields of work"), an entry without one as a bullet of the group open before
 * it. Reading the entries in document order with the same rule gives the same groups, and so the
 * same {@link io.github.osceparser.model.Site}. Navigation without nested lists (a language
 * switcher, service links) is no menu.
 */
final class HtmlMenuReader {
    private HtmlMenuReader() {}

    /** The menu groups, in menu order; empty when the page has no menu. */
    static List<MenuGroup> read(Document document) {
        List<MenuGroup> menu = new ArrayList<>();
        for (Element nav : menuNavigation(document)) {
            String heading = null;
            List<String> entries = new ArrayList<>();
            for (Element item : nav.select("li")) {
                String label = HtmlText.withoutNestedLists(item);
                if (item.selectFirst("ul, ol") != null) {
                    if (heading != null) {
                        menu.add(new MenuGroup(heading, entries));
                    }
                    heading = label;
                    entries = new ArrayList<>();
                } else if (heading != null && !label.isEmpty()) {
                    entries.add(label);
                }
            }
            if (heading != null) {
                menu.add(new MenuGroup(heading, entries));
            }
        }
        return List.copyOf(menu);
    }

    /**
     * The navigation elements of the site header that hold nested lists; on a page without a site
     * header, those outside the content.
     */
    private static List<Element> menuNavigation(Document document) {
        List<Element> inHeader = new ArrayList<>();
        List<Element> elsewhere = new ArrayList<>();
        Elements navs = document.select("nav, [role=navigation]");
        for (Element nav : navs) {
            if (nav.parents().stream()
                            .anyMatch(p -> p.normalName().equals("nav")
                                    || p.attr("role").equals("navigation"))
                    || nav.selectFirst("li ul, li ol") == null) {
                continue;
            }
            if (inSiteHeader(nav)) {
                inHeader.add(nav);
            } else if (!inContent(nav)) {
                elsewhere.add(nav);
            }
        }
        return inHeader.isEmpty() ? elsewhere : inHeader;
    }

    private static boolean inSiteHeader(Element nav) {
        for (Element e = nav.parent(); e != null; e = e.parent()) {
            if ((e.normalName().equals("header") && SiteFurniture.isSiteWide(e))
                    || e.attr("role").equals("banner")) {
                return true;
            }
        }
        return false;
    }

    /** Inside the content or the site footer: related links, a sitemap. */
    private static boolean inContent(Element nav) {
        for (Element e = nav.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("main") || tag.equals("article") || tag.equals("footer") || tag.equals("aside")) {
                return true;
            }
        }
        return false;
    }
}
