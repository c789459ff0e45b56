package io.github.osceparser.parser.internal.html;

import static io.github.osceparser.parser.internal.html.FrontEndBlocks.blocks;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The title of a page whose content does not hold it, put where the text prints it. */
class PageTitleTest {
    @Test
    void putsAReaderViewsTitleAfterTheKindLine() {
        String reader = "<div class='header reader-header'><a class=reader-domain href=x>www.osce.org</a>"
                + "<h1 class=reader-title>Title</h1><div class=reader-estimated-time>4 minutes</div></div>"
                + "<div class=moz-reader-content><p>Press release</p><p><strong>Date:</strong></p><p>Body.</p></div>";

        assertThat(blocks(reader))
                .containsExactly("PARAGRAPH Press release", "HEADING Title", "ITEM Date:", "PARAGRAPH Body.");
    }

    @Test
    void putsTheTitleFirstBeforeAnythingElse() {
        String reader = "<div class=reader-header><h1 class=reader-title>Policing</h1></div>"
                + "<div class=moz-reader-content><p>Modern, democratic police services.</p><h2>Our challenge</h2></div>";

        assertThat(blocks(reader))
                .containsExactly(
                        "HEADING Policing", "PARAGRAPH Modern, democratic police services.", "HEADING Our challenge");
        assertThat(blocks("<div class=reader-header><h1>Newsroom page</h1></div>"
                        + "<div class=moz-reader-content><p>SARAJEVO 12 May 2005</p><p>Body.</p></div>"))
                .as("a line with digits is no kind line")
                .containsExactly("HEADING Newsroom page", "PARAGRAPH SARAJEVO 12 May 2005", "PARAGRAPH Body.");
    }

    @Test
    void leavesTheTitleOfTheSiteHeaderOut() {
        assertThat(blocks("<header><h1>Organization for Security and Co-operation in Europe</h1></header>"
                        + "<main><p>Press release</p><h2>Title</h2><p>Body.</p></main>"))
                .containsExactly("PARAGRAPH Press release", "HEADING Title", "PARAGRAPH Body.");
    }

    @Test
    void putsAKindLineSetAfterTheTitleBeforeIt() {
        assertThat(blocks("<main><div class=content--header><h1>Title</h1><span class=node-type>Press release</span>"
                        + "</div><p>Body.</p></main>"))
                .containsExactly("LINE Press release", "HEADING Title", "PARAGRAPH Body.");
        assertThat(blocks("<div class=page><h1>Title</h1><p>Press release</p><p><b>Date:</b></p><p>Body.</p></div>"))
                .as("a few words between the title and the metadata")
                .containsExactly("PARAGRAPH Press release", "HEADING Title", "ITEM Date:", "PARAGRAPH Body.");
        assertThat(blocks("<main><h1>Annual Security Review Conference</h1><p>Vienna</p><p>Body.</p></main>"))
                .as("a paragraph after the title is content, not a kind line")
                .containsExactly("HEADING Annual Security Review Conference", "PARAGRAPH Vienna", "PARAGRAPH Body.");
    }
}
