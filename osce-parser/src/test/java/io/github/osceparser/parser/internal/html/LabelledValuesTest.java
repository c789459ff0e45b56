package io.github.osceparser.parser.internal.html;

import static io.github.osceparser.parser.internal.html.FrontEndBlocks.blocks;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Label/value metadata in the markups pages use, as the lines the text rendering prints. */
class LabelledValuesTest {
    @Test
    void readsDrupalFieldsAsLabelAndValueBullets() {
        String html = "<main><h1>T</h1>"
                + "<div class='field field-label-inline'><div class=field-label>Date:&nbsp;</div><div class=field-items>"
                + "<div class='field-item even'><span class=date-display-single content='2010-05-21'></span></div></div></div>"
                + "<div class='field field-label-inline'><div class=field-label>Source:&nbsp;</div><div class=field-items>"
                + "<div class='field-item even'><a href=/s>OSCE Secretariat</a></div>"
                + "<div class='field-item odd'><a href=/o>ODIHR</a></div></div></div>"
                + "<div class='field field--label-inline'><div class=field__label>Lieu</div>"
                + "<div class=field__item>Vienne</div></div></main>";

        assertThat(blocks(html))
                .containsExactly(
                        "HEADING T",
                        "ITEM Date:",
                        "ITEM Source:",
                        "ITEM OSCE Secretariat",
                        "ITEM ODIHR",
                        "ITEM Lieu:",
                        "ITEM Vienne");
    }

    @Test
    void readsALabelBesideItsValues() {
        assertThat(blocks("<main><div><span>Date:</span> <time datetime=2016-06-03></time></div>"
                        + "<div><span>Source:</span> <a href=/a>A</a>, <a href=/b>B</a></div>"
                        + "<p><strong>Place:</strong> New York</p>"
                        + "<p><strong>Fields:</strong> <a href=/p>Policing</a> <a href=/r>Rule of law</a></p></main>"))
                .containsExactly(
                        "ITEM Date:",
                        "ITEM Source:",
                        "ITEM A, B",
                        "ITEM Place:",
                        "ITEM New York",
                        "ITEM Fields:",
                        "ITEM Policing",
                        "ITEM Rule of law");
    }

    @Test
    void readsTableRowsOfALabelAndAValue() {
        assertThat(blocks("<main><table><tr><th>Date:</th><td>3 June 2016</td></tr>"
                        + "<tr><th>Place:</th><td>New York</td></tr></table></main>"))
                .containsExactly("ITEM Date:", "ITEM 3 June 2016", "ITEM Place:", "ITEM New York");
    }

    @Test
    void printsTheLabelsOfAListingsEntriesAsOneLine() {
        String html = "<main><h1>News</h1><ol>"
                + "<li class=result><h3><a href=/a>First</a></h3><dl><dt>Publishing date:</dt><dd>27 September 2004</dd>"
                + "<dt>What we do:</dt><dd><a>Policing</a>, <a>Youth</a></dd></dl><p>Teaser one</p></li>"
                + "<li class=result><h3><a href=/b>Second</a></h3><div class=views-field><span class=views-label>"
                + "Publishing date: </span><span class=field-content>24 September 2004</span></div></li></ol></main>";

        assertThat(blocks(html))
                .containsExactly(
                        "HEADING News",
                        "HEADING First",
                        "LINE Publishing date: 27 September 2004",
                        "LINE What we do: Policing, Youth",
                        "PARAGRAPH Teaser one",
                        "HEADING Second",
                        "LINE Publishing date: 24 September 2004");
    }

    @Test
    void takesNoParagraphThatOpensWithABoldWordForALabel() {
        assertThat(blocks("<main><p><strong>NEW YORK, 3 June 2016</strong> – The OSCE is a platform.</p>"
                        + "<div><strong>Note:</strong><p>A section of its own.</p></div></main>"))
                .containsExactly(
                        "PARAGRAPH NEW YORK, 3 June 2016 – The OSCE is a platform.",
                        "LINE Note:",
                        "PARAGRAPH A section of its own.");
    }

    @Test
    void readsAFieldWhoseLabelIsNamedSo() {
        assertThat(blocks("<main><div class=meta-item><div class=meta-item__label>Source</div>"
                        + "<div class=meta-item__value><a>OSCE Secretariat</a></div></div>"
                        + "<div class=card><a href=/s><img alt=''><span class=card__label>Mission to Serbia</span></a>"
                        + "<p>Text</p></div></main>"))
                .as("a field's label without its colon; a card's label is no field's")
                .containsExactly("ITEM Source:", "ITEM OSCE Secretariat", "LINE Mission to Serbia", "PARAGRAPH Text");
    }
}
