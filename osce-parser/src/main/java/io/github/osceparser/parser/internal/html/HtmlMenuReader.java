package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.internal.site.MenuGroup;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the site's menu from its nested navigation, as the same menu groups the text pipeline
 * reads from page text.
 *
 * <p>The text rendering flattens the menu: an entry with entries under it prints as a group
 * heading ("-", then "Fields of work"), an entry without one as a bullet of the group open before
 * it. Reading the entries in document order with the same rule gives the same groups, and so the
 * same {@link io.github.osceparser.model.Site}, whatever the markup: nested lists ({@code <nav>},
 * Drupal's {@code ul.menu} with {@code li.expanded} and {@code li.leaf}), group labels as links,
 * spans, buttons or headings above a list, and mega-menu panels tied to their button by {@code
 * aria-controls}. Navigation without nesting (a language switcher, a breadcrumb, service links) is
 * no menu.
 */
final class HtmlMenuReader {
    /** How deep panels may refer to panels; a menu is a few levels deep, a loop of references is not. */
    private static final int MAX_LEVELS = 32;

    private static final Evaluator NESTED_LISTS = QueryParser.parse("li ul, li ol");

    private HtmlMenuReader() {}

    /** The menu groups of the navigation outside the content under {@code content}. */
    static List<MenuGroup> read(DocumentIndex index, Element content) {
        Groups groups = new Groups();
        List<Element> menus = menus(index, content);
        Map<Element, List<Element>> panels = menus.isEmpty() ? Map.of() : panels(index);
        for (Element menu : menus) {
            walk(panels, menu, groups, 0);
            groups.close();
        }
        return List.copyOf(groups.menu);
    }

    /**
     * The panels that controls open ({@code aria-controls}), by the list item of their control,
     * when the panel lies outside that item: a mega-menu's columns. Found once for the page.
     */
    private static Map<Element, List<Element>> panels(DocumentIndex index) {
        Map<Element, List<Element>> panels = new IdentityHashMap<>();
        for (Element control : index.controls) {
            Element item = control.closest("li");
            Element panel = index.byId(control.attr("aria-controls"));
            if (item != null && panel != null && !isInside(panel, item) && !isInside(item, panel)) {
                panels.computeIfAbsent(item, i -> new ArrayList<>()).add(panel);
            }
        }
        return panels;
    }

    /** The menu's items in document order: lists, their items, and labels above lists. */
    private static void walk(Map<Element, List<Element>> panels, Element container, Groups groups, int level) {
        if (level > MAX_LEVELS) {
            return;
        }
        for (Element child : container.children()) {
            if (isList(child)) {
                for (Element item : child.children()) {
                    if (item.normalName().equals("li")) {
                        item(panels, item, groups, level);
                    }
                }
            } else if (isList(child.nextElementSibling()) && isLabel(child)) {
                // a group label set above its list: "<span>Fields of work</span><ul>"
                groups.heading(label(child));
            } else if (!isIgnored(child)) {
                walk(panels, child, groups, level + 1);
            }
        }
    }

    /** An entry, or a group heading when a list or a panel it controls holds entries under it. */
    private static void item(Map<Element, List<Element>> panels, Element item, Groups groups, int level) {
        List<Element> under = new ArrayList<>();
        for (Element child : item.children()) {
            // a list under the entry, or a panel that holds lists (and labels above them)
            if (isList(child)
                    || (!HtmlText.isInline(child) && !isIgnored(child) && child.selectFirst(Queries.LISTS) != null)) {
                under.add(child);
            }
        }
        under.addAll(panels.getOrDefault(item, List.of()));
        String label = label(item);
        if (under.isEmpty()) {
            if (!label.isEmpty()) {
                groups.entry(label);
            }
            return;
        }
        if (!label.isEmpty()) {
            groups.heading(label);
        }
        for (Element list : under) {
            if (isList(list)) {
                for (Element entry : list.children()) {
                    if (entry.normalName().equals("li")) {
                        item(panels, entry, groups, level + 1);
                    }
                }
            } else {
                walk(panels, list, groups, level + 1);
            }
        }
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isList(Element element) {
        return element != null
                && (element.normalName().equals("ul") || element.normalName().equals("ol"));
    }

    /** A short text that can name a group: a heading, a span, a paragraph or a button. */
    private static boolean isLabel(Element element) {
        String tag = element.normalName();
        boolean labelTag = tag.equals("span")
                || tag.equals("summary")
                || tag.equals("p")
                || tag.equals("button")
                || tag.equals("strong")
                || tag.equals("a")
                || tag.equals("div")
                || (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)));
        return labelTag
                && element.selectFirst(Queries.LISTS) == null
                && !label(element).isEmpty();
    }

    /** Scripts, styles and forms say nothing of the menu; hidden panels still list its entries. */
    private static boolean isIgnored(Element element) {
        String tag = element.normalName();
        return tag.equals("script")
                || tag.equals("style")
                || tag.equals("form")
                || tag.equals("template")
                || tag.equals("svg");
    }

    /**
     * An item's own words: its text without the lists and panels under it and without what is
     * hidden from sight ("Open submenu" for screen readers); a button that labels a group counts.
     */
    private static String label(Element item) {
        String label = label(item, false);
        return label.isEmpty() ? label(item, true) : label;
    }

    /** The words, with or without buttons that control no panel (a toggle's "Expand"). */
    private static String label(Element item, boolean withButtons) {
        HtmlText.Appender out = new HtmlText.Appender();
        HtmlText.appendTo(
                out,
                item,
                e -> isList(e)
                        || isIgnored(e)
                        || isHiddenLabel(e)
                        || (!withButtons && e.normalName().equals("button") && !e.hasAttr("aria-controls")));
        return out.toString();
    }

    /**
     * Words for screen readers only, and blocks that hold lists (a mega-menu panel inside its item,
     * read as the item's entries).
     */
    private static boolean isHiddenLabel(Element element) {
        if (!HtmlText.isInline(element) && element.selectFirst(Queries.LISTS) != null) {
            return true;
        }
        return element.attributesSize() > 0
                && (element.hasClass("visually-hidden")
                        || element.hasClass("sr-only")
                        || element.hasClass("element-invisible"));
    }

    /**
     * The navigation that holds the menu: the site header's nested navigation, else any nested
     * navigation outside the content, the footer and the sidebars; failing a {@code <nav>}, the
     * outermost nested lists there (Drupal's menu blocks are lists in a {@code div}), when the page
     * has a content region to be outside of.
     */
    private static List<Element> menus(DocumentIndex index, Element content) {
        List<Element> inHeader = new ArrayList<>();
        List<Element> elsewhere = new ArrayList<>();
        for (Element nav : index.navigations) {
            if (!hasNavigationAbove(nav) && isNested(index, nav)) {
                place(nav, content, inHeader, elsewhere);
            }
        }
        if (inHeader.isEmpty() && elsewhere.isEmpty() && content != index.document.body()) {
            for (Element list : index.unorderedLists) {
                if (list.selectFirst(NESTED_LISTS) != null
                        && list.parents().stream().noneMatch(HtmlMenuReader::isList)) {
                    place(list, content, inHeader, elsewhere);
                }
            }
        }
        return inHeader.isEmpty() ? elsewhere : inHeader;
    }

    private static void place(Element menu, Element content, List<Element> inHeader, List<Element> elsewhere) {
        if (inSiteHeader(menu)) {
            inHeader.add(menu);
        } else if (!inContent(menu, content)) {
            elsewhere.add(menu);
        }
    }

    private static boolean hasNavigationAbove(Element nav) {
        return nav.parents().stream()
                .anyMatch(p -> p.normalName().equals("nav") || p.attr("role").equals("navigation"));
    }

    /** Whether the navigation nests: a list inside a list item, or a control that opens a panel of lists. */
    private static boolean isNested(DocumentIndex index, Element nav) {
        if (nav.selectFirst(NESTED_LISTS) != null) {
            return true;
        }
        for (Element control : nav.select(Queries.CONTROLS)) {
            Element panel = index.byId(control.attr("aria-controls"));
            if (panel != null && panel.selectFirst(Queries.LISTS) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSiteHeader(Element nav) {
        for (Element e = nav.parent(); e != null; e = e.parent()) {
            if ((e.normalName().equals("header") && SiteFurniture.isSiteWide(e))
                    || e.attr("role").equals("banner")
                    || e.id().equals("header")) {
                return true;
            }
        }
        return false;
    }

    /** Inside the content, the site footer or a sidebar: related links, a sitemap. */
    private static boolean inContent(Element nav, Element content) {
        for (Element e = nav; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (e == content && !tag.equals("body")) {
                return true;
            }
            if (tag.equals("main")
                    || tag.equals("article")
                    || tag.equals("footer")
                    || tag.equals("aside")
                    || e.id().equals("footer")
                    || e.attr("role").equals("contentinfo")
                    || e.attr("role").equals("complementary")) {
                return true;
            }
        }
        return false;
    }

    /** The flat sequence of headings and entries, as groups. */
    private static final class Groups {
        final List<MenuGroup> menu = new ArrayList<>();
        String heading;
        List<String> entries = new ArrayList<>();

        void heading(String label) {
            close();
            heading = label;
        }

        void entry(String label) {
            if (heading != null) {
                entries.add(label);
            }
        }

        void close() {
            if (heading != null) {
                menu.add(new MenuGroup(heading, entries));
            }
            heading = null;
            entries = new ArrayList<>();
        }
    }
}
