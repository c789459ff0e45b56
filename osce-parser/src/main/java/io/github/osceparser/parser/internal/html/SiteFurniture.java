package io.github.osceparser.parser.internal.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the site's furniture from the page's content: navigation, the site header and footer,
 * sidebars, cookie banners, scripts, styles, forms and what is hidden from readers. None of it is
 * content; the text rendering of a page leaves it out too, or prints it before the content (the
 * menu), where the text pipeline takes it apart in the same way.
 */
final class SiteFurniture {
    /** Elements that never hold content. */
    private static final Set<String> TAGS = Set.of(
            "nav",
            "aside",
            "script",
            "style",
            "form",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "button",
            "select",
            "textarea",
            "input",
            "dialog",
            "svg",
            "canvas",
            "video",
            "audio",
            "map",
            "head",
            "title",
            "meta",
            "link",
            "base");

    /** ARIA landmarks and widgets that are site furniture whatever their element. */
    private static final Set<String> ROLES = Set.of(
            "navigation",
            "banner",
            "contentinfo",
            "complementary",
            "search",
            "dialog",
            "alertdialog",
            "toolbar",
            "menubar");

    /**
     * Class names and ids of furniture that is no landmark: Drupal's regions and blocks ({@code
     * #header}, {@code .region-sidebar-second}, {@code .breadcrumb}, {@code .language-switcher-locale-url},
     * {@code ul.pager}), a CMS's breadcrumb, pager and share toolbar, the site's name, and the header
     * and toolbar of a browser's reader view ({@code .reader-domain}, {@code .reader-estimated-time}).
     * A name matches as a whole or as the start of a hyphenated name ("pager" matches "pager-item").
     */
    private static final Set<String> FURNITURE_NAMES = Set.of(
            "sidebar",
            "region-header",
            "region-footer",
            "region-sidebar",
            "region-navigation",
            "breadcrumb",
            "breadcrumbs",
            "crumbs",
            "pager",
            "pagination",
            "share",
            "social",
            "language-switcher",
            "lang-picker",
            "skip",
            "site-name",
            "name-and-slogan",
            "logo",
            "reader-domain",
            "reader-estimated-time",
            "reader-toolbar",
            "toolbar-container",
            "reader-message",
            "print");

    /** The first letters of the names above: most class names are passed over at their first letter. */
    private static final String NAME_STARTS = "bcfhlnprst";

    /** Ids of Drupal's page regions that are furniture ({@code #header}, {@code #sidebar-first}). */
    private static final Set<String> FURNITURE_IDS = Set.of(
            "header",
            "footer",
            "navigation",
            "sidebar",
            "site-name",
            "name-and-slogan",
            "logo",
            "skip-link",
            "breadcrumb");

    /** Class names that hide an element from sighted readers (Drupal, Bootstrap, WordPress). */
    private static final Set<String> HIDING_CLASSES =
            Set.of("visually-hidden", "sr-only", "screen-reader-text", "element-invisible", "skip-link", "hidden");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private SiteFurniture() {}

    /** Whether the element, and everything in it, is furniture. */
    static boolean isFurniture(Element element) {
        String tag = element.normalName();
        if (TAGS.contains(tag)) {
            return true;
        }
        if ((tag.equals("header") || tag.equals("footer")) && isSiteWide(element)) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        if (ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden") || style.contains("clip:rect(0")) {
            return true;
        }
        String classes = element.attr("class");
        if (!classes.isEmpty()) {
            for (String name : WHITE_SPACE.split(classes.toLowerCase(Locale.ROOT))) {
                if (HIDING_CLASSES.contains(name)
                        || isConsentName(name)
                        || isNamed(name, FURNITURE_NAMES)
                        || isSharingWidget(name)) {
                    return true;
                }
            }
        }
        String id = element.id().toLowerCase(Locale.ROOT);
        return isConsentName(id) || isNamed(id, FURNITURE_IDS);
    }

    /** The share toolbars that widget scripts fill in: AddThis, ShareThis, AddToAny. */
    private static boolean isSharingWidget(String name) {
        return name.startsWith("addthis") || name.startsWith("sharethis") || name.startsWith("a2a_");
    }

    /** Whether a class name or id is one of the names, or starts with one and a hyphen. */
    private static boolean isNamed(String name, Set<String> names) {
        if (name.isEmpty() || NAME_STARTS.indexOf(name.charAt(0)) < 0) {
            return false;
        }
        if (names.contains(name)) {
            return true;
        }
        for (int hyphen = name.indexOf('-'); hyphen > 0; hyphen = name.indexOf('-', hyphen + 1)) {
            if (names.contains(name.substring(0, hyphen))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is furniture or lies inside furniture, looking no higher than {@code root}. */
    static boolean isInFurniture(Element element, Element root) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isFurniture(e)) {
                return true;
            }
            if (e == root) {
                return false;
            }
        }
        return false;
    }

    /**
     * A header or footer of the whole site rather than of an article: HTML gives an article its own
     * {@code <header>} (the kind line and the title of press releases) and {@code <footer>}.
     */
    static boolean isSiteWide(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("section")) {
                return false;
            }
        }
        return true;
    }

    /** Cookie and consent banners, by their usual ids and class names ("eu-cookie-compliance"). */
    private static boolean isConsentName(String name) {
        return name.contains("cookie") || name.contains("consent") || name.contains("gdpr");
    }
}
