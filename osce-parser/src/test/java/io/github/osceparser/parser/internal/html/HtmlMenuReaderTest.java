package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.internal.site.MenuGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlMenuReaderTest {
    private static List<MenuGroup> menu(String html) {
        return menuOf(DocumentIndex.of(HtmlLoader.load(html, "", Integer.MAX_VALUE)));
    }

    @Test
    void flattensNestedListsIntoGroupsAsTheTextRenderingDoes() {
        String html = "<header><nav><ul>"
                + "<li><a href=/w>Our work</a><ul>"
                + "<li><span>Fields of work</span><ul><li>Policing</li><li>Elections</li></ul></li>"
                + "<li>Projects</li>"
                + "</ul></li>"
                + "<li>About us<ul><li>Chair</li></ul></li>"
                + "<li>Contacts</li>"
                + "</ul></nav></header>";

        assertThat(menu(html))
                .containsExactly(
                        new MenuGroup("Our work", List.of()),
                        new MenuGroup("Fields of work", List.of("Policing", "Elections", "Projects")),
                        new MenuGroup("About us", List.of("Chair", "Contacts")));
    }

    @Test
    void leavesOutToggleButtonsAndHiddenLabels() {
        String html = "<header><nav><ul><li><a>Countries <span class=visually-hidden>(open)</span></a>"
                + "<button>Expand</button><ul><li><a>All</a></li></ul></li></ul></nav></header>";

        assertThat(menu(html)).containsExactly(new MenuGroup("Countries", List.of("All")));
    }

    @Test
    void ignoresNavigationWithoutNestedLists() {
        String html = "<header><nav class=lang><ul><li>English</li><li>Italiano</li></ul></nav>"
                + "<nav><ul><li>Countries<ul><li>All</li></ul></li></ul></nav></header>";

        assertThat(menu(html)).containsExactly(new MenuGroup("Countries", List.of("All")));
    }

    @Test
    void ignoresEntriesBeforeTheFirstGroup() {
        assertThat(menu("<header><nav><ul><li>Home</li><li>Countries<ul><li>All</li></ul></li></ul></nav></header>"))
                .containsExactly(new MenuGroup("Countries", List.of("All")));
    }

    @Test
    void prefersTheSiteHeaderNavigation() {
        String html = "<nav><ul><li>Elsewhere<ul><li>X</li></ul></li></ul></nav>"
                + "<header role=banner><nav><ul><li>Header<ul><li>Y</li></ul></li></ul></nav></header>";

        assertThat(menu(html)).containsExactly(new MenuGroup("Header", List.of("Y")));
    }

    @Test
    void readsNavigationOutsideTheContentWhenThereIsNoHeader() {
        String html = "<div class=top><nav><ul><li>Top<ul><li>X</li></ul></li></ul></nav></div>"
                + "<main><nav><ul><li>Related<ul><li>Y</li></ul></li></ul></nav></main>"
                + "<footer><nav><ul><li>Sitemap<ul><li>Z</li></ul></li></ul></nav></footer>";

        assertThat(menu(html)).containsExactly(new MenuGroup("Top", List.of("X")));
    }

    @Test
    void findsNoMenuInPageWithoutNavigation() {
        assertThat(menu("<h1>Title</h1><ul><li>One<ul><li>Two</li></ul></li></ul>"))
                .isEmpty();
    }

    @Test
    void takesABannerRoleForTheSiteHeader() {
        String html = "<div role=banner><nav><ul><li>Countries<ul><li>All</li></ul></li></ul></nav></div>"
                + "<div class=sidebar><nav><ul><li>Topics<ul><li>Youth</li></ul></li></ul></nav></div>"
                + "<main><p>Text</p></main>";

        assertThat(menu(html)).containsExactly(new MenuGroup("Countries", List.of("All")));
    }

    @Test
    void takesNoArticleHeaderForTheSiteHeader() {
        String html = "<div class=top><nav><ul><li>Countries<ul><li>All</li></ul></li></ul></nav></div>"
                + "<main><article><header><nav><ul><li>Topics<ul><li>Youth</li></ul></li></ul></nav></header>"
                + "<p>Text</p></article></main>";

        assertThat(menu(html)).containsExactly(new MenuGroup("Countries", List.of("All")));
    }

    @Test
    void readsDrupalMenuBlocksOutsideTheContent() {
        String html = "<a href='#main-content'>Skip to main content</a>"
                + "<div id=navigation><div class=block-menu><ul class=menu>"
                + "<li class='first expanded'><span class=nolink>Our work</span><ul class=menu>"
                + "<li class=expanded><a href=/f>Fields of work</a><ul class=menu>"
                + "<li class='first leaf'><a href=/p>Policing</a></li><li class='last leaf'><a href=/y>Youth</a></li>"
                + "</ul></li></ul></li></ul></div></div>"
                + "<ul class=language-switcher-locale-url><li><a>English</a></li></ul>"
                + "<div id=content><a id=main-content></a><h1>T</h1><ul><li>Body<ul><li>list</li></ul></li></ul></div>";

        assertThat(menu(html))
                .containsExactly(
                        new MenuGroup("Our work", List.of()),
                        new MenuGroup("Fields of work", List.of("Policing", "Youth")));
    }

    @Test
    void readsMegaMenuPanelsTiedToTheirButtons() {
        String html = "<header><nav><ul><li><button aria-controls=p1>Our work</button></li>"
                + "<li><button aria-controls=p2>Countries</button></li></ul></nav>"
                + "<div id=p1 hidden><div><span>Fields of work</span><ul><li><a>Policing</a></li></ul></div>"
                + "<div><h3>Meetings</h3><ul><li><a>Summits</a></li></ul></div></div>"
                + "<div id=p2><ul><li><a>All</a></li></ul></div></header>";

        assertThat(menu(html))
                .containsExactly(
                        new MenuGroup("Our work", List.of()),
                        new MenuGroup("Fields of work", List.of("Policing")),
                        new MenuGroup("Meetings", List.of("Summits")),
                        new MenuGroup("Countries", List.of("All")));
    }

    @Test
    void readsAPanelInsideItsItemWithTheLabelsAboveItsLists() {
        String html = "<header><nav><ul><li><button>Our work</button><div class=panel>"
                + "<span>Fields of work</span><ul><li><a>Policing</a></li></ul></div></li></ul></nav></header>";

        assertThat(menu(html))
                .as("a button that opens no panel by id still names its group when nothing else does")
                .containsExactly(
                        new MenuGroup("Our work", List.of()), new MenuGroup("Fields of work", List.of("Policing")));
    }

    @Test
    void readsDisclosureWidgetsWhoseSummaryNamesTheGroup() {
        String html = "<header><nav><ul><li><details><summary>Our work</summary><ul><li><a>Policing</a></li>"
                + "<li><a>Youth</a></li></ul></details></li></ul></nav></header>";

        assertThat(menu(html)).containsExactly(new MenuGroup("Our work", List.of("Policing", "Youth")));
    }

    private static List<MenuGroup> menuOf(DocumentIndex index) {
        return HtmlMenuReader.read(index, ContentRegion.of(index));
    }
}
