package io.github.osceparser.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Image;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewsroomHeaderTest {
    @Test
    void readsThePlaceAndTheDateOfAHeaderLine() {
        assertThat(NewsroomHeader.header("SARAJEVO 12 May 2005"))
                .isEqualTo(new NewsroomHeader.Header("SARAJEVO", LocalDate.of(2005, 5, 12)));
        assertThat(NewsroomHeader.header("BANJA LUKA, 3 June 2004  "))
                .isEqualTo(new NewsroomHeader.Header("BANJA LUKA", LocalDate.of(2004, 6, 3)));
        assertThat(NewsroomHeader.header("ST. JOHN'S/SAINT-JEAN’S 1 July 2001"))
                .isEqualTo(new NewsroomHeader.Header("ST. JOHN'S/SAINT-JEAN’S", LocalDate.of(2001, 7, 1)));
    }

    @Test
    void refusesLinesThatAreNotHeaders() {
        assertThat(NewsroomHeader.header("12 May 2005")).as("no place").isNull();
        assertThat(NewsroomHeader.header(", 12 May 2005")).as("only a comma").isNull();
        assertThat(NewsroomHeader.header("SARAJEVO")).as("no date").isNull();
        assertThat(NewsroomHeader.header("SARAJEVO 12 May 2005 and after"))
                .as("text after the date")
                .isNull();
        assertThat(NewsroomHeader.header("Sarajevo 12 May 2005"))
                .as("not capitals")
                .isNull();
        assertThat(NewsroomHeader.header("SARAJEVO (BIH) 12 May 2005"))
                .as("brackets")
                .isNull();
        assertThat(NewsroomHeader.header("SARAJEVO_EAST 12 May 2005"))
                .as("underscore")
                .isNull();
    }

    @Test
    void takesAPlaceOfAtMostFortyCharacters() {
        assertThat(NewsroomHeader.header("A".repeat(40) + " 12 May 2005"))
                .isEqualTo(new NewsroomHeader.Header("A".repeat(40), LocalDate.of(2005, 5, 12)));
        assertThat(NewsroomHeader.header("A".repeat(41) + " 12 May 2005")).isNull();
    }

    @Test
    void readsTheUrlOfAMarkdownImageLine() {
        assertThat(NewsroomHeader.imageUrl("![](https://www.osce.org/photo.jpg)"))
                .isEqualTo("https://www.osce.org/photo.jpg");
        assertThat(NewsroomHeader.imageUrl("![A hall](  https://www.osce.org/hall.jpg \"The hall\")"))
                .isEqualTo("https://www.osce.org/hall.jpg");
    }

    @Test
    void refusesLinesThatAreNotImageLines() {
        assertThat(NewsroomHeader.imageUrl("![alt]()")).isNull();
        assertThat(NewsroomHeader.imageUrl("![alt](   )")).isNull();
        assertThat(NewsroomHeader.imageUrl("[alt](https://www.osce.org/a.jpg)")).isNull();
        assertThat(NewsroomHeader.imageUrl("![alt](https://www.osce.org/a.jpg")).isNull();
        assertThat(NewsroomHeader.imageUrl("![alt] (https://www.osce.org/a.jpg)"))
                .isNull();
        assertThat(NewsroomHeader.imageUrl("A line (with brackets)")).isNull();
    }

    @Test
    void readsTheCaptionBeforePhotoDetails() {
        assertThat(NewsroomHeader.caption("Participants at the seminar. | Photo details"))
                .isEqualTo("Participants at the seminar.");
        assertThat(NewsroomHeader.caption("The Head of Mission in Tirana – PHOTO DETAILS"))
                .isEqualTo("The Head of Mission in Tirana");
        assertThat(NewsroomHeader.caption("A visit -|— photo details")).isEqualTo("A visit");
        assertThat(NewsroomHeader.caption("A visit Photo details")).isEqualTo("A visit");
    }

    @Test
    void givesNoCaptionWithoutPhotoDetailsOrWithoutText() {
        assertThat(NewsroomHeader.caption("Photo details")).isNull();
        assertThat(NewsroomHeader.caption(" | Photo details")).isNull();
        assertThat(NewsroomHeader.caption("details")).isNull();
        assertThat(NewsroomHeader.caption("Photo details of the visit")).isNull();
        assertThat(NewsroomHeader.caption("")).isNull();
    }

    @Test
    void makesAnImageOfWhatIsKnown() {
        assertThat(NewsroomHeader.image(null, null)).isNull();
        assertThat(NewsroomHeader.image("https://www.osce.org/a.jpg", null))
                .isEqualTo(new Image("https://www.osce.org/a.jpg", null));
        assertThat(NewsroomHeader.image(null, "A caption")).isEqualTo(new Image(null, "A caption"));
        assertThat(NewsroomHeader.image("https://www.osce.org/a.jpg", "A caption"))
                .isEqualTo(new Image("https://www.osce.org/a.jpg", "A caption"));
    }
}
