package io.github.osceparser.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.text.LanguageDetector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewsroomHeaderTest {
    /** Read with the lexicon of the text's own language, as a page's text is. */
    private static NewsroomHeader.Header header(String text) {
        return NewsroomHeader.header(text, Lexicon.of(LanguageDetector.detect(text)));
    }

    @Test
    void readsThePlaceAndTheDateOfAHeaderLine() {
        assertThat(header("SARAJEVO 12 May 2005"))
                .isEqualTo(new NewsroomHeader.Header("SARAJEVO", LocalDate.of(2005, 5, 12)));
        assertThat(header("BANJA LUKA, 3 June 2004  "))
                .isEqualTo(new NewsroomHeader.Header("BANJA LUKA", LocalDate.of(2004, 6, 3)));
        assertThat(header("ST. JOHN'S/SAINT-JEAN’S 1 July 2001"))
                .isEqualTo(new NewsroomHeader.Header("ST. JOHN'S/SAINT-JEAN’S", LocalDate.of(2001, 7, 1)));
        // a place with a comma inside it (hold-out 5, h18)
        assertThat(header("WASHINGTON, D.C. 28 June 2006"))
                .isEqualTo(new NewsroomHeader.Header("WASHINGTON, D.C.", LocalDate.of(2006, 6, 28)));
    }

    @Test
    void refusesLinesThatAreNotHeaders() {
        assertThat(header("12 May 2005")).as("no place").isNull();
        assertThat(header(", 12 May 2005")).as("only a comma").isNull();
        assertThat(header("SARAJEVO")).as("no date").isNull();
        assertThat(header("SARAJEVO 12 May 2005 and after"))
                .as("text after the date")
                .isNull();
        assertThat(header("Sarajevo 12 May 2005")).as("not capitals").isNull();
        assertThat(header("SARAJEVO (BIH) 12 May 2005")).as("brackets").isNull();
        assertThat(header("SARAJEVO_EAST 12 May 2005")).as("underscore").isNull();
    }

    @Test
    void takesAPlaceOfAtMostFortyCharacters() {
        assertThat(header("A".repeat(40) + " 12 May 2005"))
                .isEqualTo(new NewsroomHeader.Header("A".repeat(40), LocalDate.of(2005, 5, 12)));
        assertThat(header("A".repeat(41) + " 12 May 2005")).isNull();
    }
}
