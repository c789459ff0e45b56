package io.github.osceparser.parser.internal.html;

import static io.github.osceparser.parser.internal.html.FrontEndBlocks.blocks;
import static io.github.osceparser.parser.internal.html.FrontEndBlocks.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cards as the front end gives them: found by their repeated shape, printed as the text prints them. */
class CardsTest {
    @Test
    void printsAFieldOperationsNameTwiceHoweverOftenTheMarkupPrintsIt() {
        String once = "<main><h1>Policing</h1><div class=grid>"
                + "<article class=card><img alt='Mission to Serbia' src=s.jpg><h3><a href=/serbia>Mission to Serbia</a></h3>"
                + "<p>Set up on 11 January 2001.</p></article>"
                + "<article class=card><img alt='Mission to Skopje' src=k.jpg><h3><a href=/skopje>Mission to Skopje</a></h3>"
                + "<p>Established on 18 September 1992.</p></article></div></main>";

        assertThat(blocks(once))
                .containsExactly(
                        "HEADING Policing",
                        "LINE Mission to Serbia",
                        "HEADING Mission to Serbia",
                        "PARAGRAPH Set up on 11 January 2001.",
                        "LINE Mission to Skopje",
                        "HEADING Mission to Skopje",
                        "PARAGRAPH Established on 18 September 1992.");
        assertThat(parse(once).get(1).markup().link()).isEqualTo("https://www.osce.org/serbia");
    }

    @Test
    void takesTheTitleFromALinkOrAnImageWhenTheCardHasNoHeading() {
        assertThat(blocks(
                        "<div id=content><div class=row><div><a href=/p>Projects</a></div><div>Initiatives</div></div>"
                                + "<div class=row><div><a href=/e>Events</a></div><div>Meetings</div></div></div>"))
                .containsExactly("LINE Projects", "PARAGRAPH Initiatives", "LINE Events", "PARAGRAPH Meetings");
        assertThat(blocks("<main><div><img alt='Centre in Ashgabat'><p>Set up on 23 July 1998.</p></div>"
                        + "<div><img alt='Mission in Kosovo'><p>Set up on 1 July 1999.</p></div></main>"))
                .containsExactly(
                        "LINE Centre in Ashgabat",
                        "LINE Centre in Ashgabat",
                        "PARAGRAPH Set up on 23 July 1998.",
                        "LINE Mission in Kosovo",
                        "LINE Mission in Kosovo",
                        "PARAGRAPH Set up on 1 July 1999.");
    }

    @Test
    void takesNoSectionEntryOrLoneBlockForACard() {
        assertThat(blocks("<main><section><h2>One</h2><p>a</p><p>b</p></section>"
                        + "<section><h2>Two</h2><p>c</p><p>d</p></section></main>"))
                .as("sections of several paragraphs")
                .containsExactly(
                        "HEADING One", "PARAGRAPH a", "PARAGRAPH b", "HEADING Two", "PARAGRAPH c", "PARAGRAPH d");
        assertThat(blocks("<main><ul class=meta><li>Issued by:<ul><li><a href=/s>OSCE Secretariat</a></li></ul></li>"
                        + "<li>Fields of work:<ul><li><a href=/p>Policing</a></li></ul></li></ul></main>"))
                .as("list items with lists under them")
                .containsExactly("ITEM Issued by:", "ITEM OSCE Secretariat", "ITEM Fields of work:", "ITEM Policing");
        assertThat(
                        blocks(
                                "<main><div class=card><h3>Mission to Serbia</h3><p>Set up in 2001.</p></div><p>Body</p></main>"))
                .as("a card alone is no run of cards")
                .containsExactly("HEADING Mission to Serbia", "PARAGRAPH Set up in 2001.", "PARAGRAPH Body");
    }
}
