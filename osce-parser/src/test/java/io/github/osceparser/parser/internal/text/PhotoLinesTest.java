package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhotoLinesTest {
    @Test
    void readsTheUrlOfAMarkdownImageLine() {
        assertThat(PhotoLines.imageUrl("![](https://www.osce.org/photo.jpg)"))
                .isEqualTo("https://www.osce.org/photo.jpg");
        assertThat(PhotoLines.imageUrl("![A hall](  https://www.osce.org/hall.jpg \"The hall\")"))
                .isEqualTo("https://www.osce.org/hall.jpg");
    }

    @Test
    void refusesLinesThatAreNotImageLines() {
        assertThat(PhotoLines.imageUrl("![alt]()")).isNull();
        assertThat(PhotoLines.imageUrl("![alt](   )")).isNull();
        assertThat(PhotoLines.imageUrl("[alt](https://www.osce.org/a.jpg)")).isNull();
        assertThat(PhotoLines.imageUrl("![alt](https://www.osce.org/a.jpg")).isNull();
        assertThat(PhotoLines.imageUrl("![alt] (https://www.osce.org/a.jpg)")).isNull();
        assertThat(PhotoLines.imageUrl("A line (with brackets)")).isNull();
    }

    @Test
    void readsTheCaptionBeforePhotoDetails() {
        assertThat(PhotoLines.caption("Participants at the seminar. | Photo details"))
                .isEqualTo("Participants at the seminar.");
        assertThat(PhotoLines.caption("The Head of Mission in Tirana – PHOTO DETAILS"))
                .isEqualTo("The Head of Mission in Tirana");
        assertThat(PhotoLines.caption("A visit -|— photo details")).isEqualTo("A visit");
        assertThat(PhotoLines.caption("A visit Photo details")).isEqualTo("A visit");
    }

    @Test
    void givesNoCaptionWithoutPhotoDetailsOrWithoutText() {
        assertThat(PhotoLines.caption("Photo details")).isNull();
        assertThat(PhotoLines.caption(" | Photo details")).isNull();
        assertThat(PhotoLines.caption("details")).isNull();
        assertThat(PhotoLines.caption("Photo details of the visit")).isNull();
        assertThat(PhotoLines.caption("")).isNull();
    }
}
