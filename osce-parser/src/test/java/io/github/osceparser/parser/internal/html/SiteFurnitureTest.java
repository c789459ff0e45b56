package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiteFurnitureTest {
    private static Document load(String html) {
        return HtmlLoader.load(html, "", Integer.MAX_VALUE);
    }

    private static boolean furniture(String html) {
        return SiteFurniture.isFurniture(load(html).selectFirst("#x"));
    }

    @Test
    void takesTheseTagsForFurniture() {
        assertThat(furniture("<nav id=x></nav>")).isTrue();
        assertThat(furniture("<aside id=x></aside>")).isTrue();
        assertThat(furniture("<form id=x></form>")).isTrue();
        assertThat(furniture("<button id=x></button>")).isTrue();
        assertThat(furniture("<div id=x></div>")).isFalse();
        assertThat(furniture("<p id=x class='lead intro' style='color: red' role=note></p>"))
                .isFalse();
    }

    @Test
    void takesTheOldSitesRegionsAndACmsToolbarsForFurniture() {
        assertThat(furniture("<div id=x class='breadcrumb'></div>")).isTrue();
        assertThat(furniture("<ul id=x class='language-switcher-locale-url'></ul>"))
                .isTrue();
        assertThat(furniture("<li id=x class='pager-item'></li>"))
                .as("a name and a hyphen")
                .isTrue();
        assertThat(furniture("<div id=x class='column sidebar'></div>")).isTrue();
        assertThat(furniture("<div id=x class='share'></div>")).isTrue();
        assertThat(furniture("<div id=x class='reader-estimated-time'></div>")).isTrue();
        assertThat(furniture("<div id=x role=toolbar></div>")).isTrue();
        assertThat(furniture("<div id=x class='addthis_toolbox'></div>")).isTrue();
        assertThat(furniture("<span id=x style='position: absolute; clip: rect(0 0 0 0)'></span>"))
                .as("hidden by clipping")
                .isTrue();
        assertThat(furniture("<div id=header><p id=x></p></div>")).isFalse();
        assertThat(SiteFurniture.isFurniture(load("<div id=header></div>").selectFirst("#header")))
                .as("Drupal's #header")
                .isTrue();
        assertThat(furniture("<div id=x class='shareholders'></div>"))
                .as("a longer word is not the name")
                .isFalse();
        assertThat(furniture("<header id=x class='node__header'></header>")).isTrue();
        assertThat(furniture("<div id=x class='node__header'></div>")).isFalse();
    }

    @Test
    void takesHiddenElementsForFurniture() {
        assertThat(furniture("<div id=x hidden></div>")).isTrue();
        assertThat(furniture("<div id=x aria-hidden=TRUE></div>")).isTrue();
        assertThat(furniture("<div id=x aria-hidden=false></div>")).isFalse();
        assertThat(furniture("<div id=x style='display: none'></div>")).isTrue();
        assertThat(furniture("<div id=x style='VISIBILITY : hidden'></div>")).isTrue();
        assertThat(furniture("<div id=x style='visibility: visible; display: block'></div>"))
                .isFalse();
        assertThat(furniture("<div id=x style='visibility:HIDDEN'></div>")).isTrue();
        assertThat(furniture("<div id=x class='a  SR-ONLY'></div>")).isTrue();
        assertThat(furniture("<div id=x class='hidden-xs'></div>")).isFalse();
    }

    @Test
    void takesLandmarkRolesAndConsentBannersForFurniture() {
        assertThat(furniture("<div id=x role=Navigation></div>")).isTrue();
        assertThat(furniture("<div id=x role=contentinfo></div>")).isTrue();
        assertThat(furniture("<div id=x role=main></div>")).isFalse();
        assertThat(furniture("<div id=x class='eu-cookie-compliance'></div>")).isTrue();
        assertThat(furniture("<div id=x class='gdpr-banner'></div>")).isTrue();
        assertThat(furniture("<div class=box><div id=x class='box consent-box'></div></div>"))
                .isTrue();
        assertThat(SiteFurniture.isFurniture(load("<div id=CookieBar>c</div>").selectFirst("div")))
                .isTrue();
        assertThat(SiteFurniture.isFurniture(load("<div id=consent>c</div>").selectFirst("div")))
                .isTrue();
        assertThat(SiteFurniture.isFurniture(load("<div id=gdpr>c</div>").selectFirst("div")))
                .isTrue();
        assertThat(SiteFurniture.isFurniture(load("<div id=content>c</div>").selectFirst("div")))
                .isFalse();
    }

    @Test
    void takesOnlyTheSitesHeaderAndFooterForFurniture() {
        Document document =
                load("<header id=site>s</header><main><article><header>a</header><footer>f</footer></article>"
                        + "<section><footer>g</footer></section></main><footer id=bottom>b</footer>");

        assertThat(SiteFurniture.isFurniture(document.selectFirst("#site"))).isTrue();
        assertThat(SiteFurniture.isFurniture(document.selectFirst("#bottom"))).isTrue();
        assertThat(SiteFurniture.isFurniture(document.selectFirst("article > header")))
                .isFalse();
        assertThat(SiteFurniture.isFurniture(document.selectFirst("article > footer")))
                .isFalse();
        assertThat(SiteFurniture.isFurniture(document.selectFirst("section > footer")))
                .isFalse();
        assertThat(SiteFurniture.isSiteWide(document.selectFirst("#site"))).isTrue();
    }

    @Test
    void findsFurnitureAboveAnElementUpToTheRootOnly() {
        Document document = load("<nav><main><div><p id=inner>x</p></div></main></nav><div id=plain><p>y</p></div>");
        Element main = document.selectFirst("main");

        assertThat(SiteFurniture.isInFurniture(document.selectFirst("#inner"), main))
                .isFalse();
        assertThat(SiteFurniture.isInFurniture(document.selectFirst("#inner"), document.body()))
                .isTrue();
        assertThat(SiteFurniture.isInFurniture(document.selectFirst("#plain p"), document.body()))
                .isFalse();
        assertThat(SiteFurniture.isInFurniture(document.selectFirst("nav"), main))
                .isTrue();
        assertThat(SiteFurniture.isInFurniture(document.selectFirst("#plain p"), main))
                .as("an element outside the root, in no furniture")
                .isFalse();
    }
}
