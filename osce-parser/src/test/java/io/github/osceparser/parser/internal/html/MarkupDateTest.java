package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.parser.internal.content.DateEvidence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MarkupDateTest {
    private static DateEvidence parse(String value) {
        return MarkupDate.parse(value, DateSource.TIME_ELEMENT, 7);
    }

    @Test
    void readsDayAlone() {
        assertThat(parse("2016-06-03"))
                .isEqualTo(new DateEvidence(LocalDate.of(2016, 6, 3), null, DateSource.TIME_ELEMENT, 7, "2016-06-03"));
    }

    @Test
    void readsExactTimeWithEachFormOfOffset() {
        OffsetDateTime expected = OffsetDateTime.parse("2016-06-03T18:40:00+02:00");
        for (String value : new String[] {
            "2016-06-03T18:40:00+02:00",
            "2016-06-03T18:40+02:00",
            "2016-06-03T18:40:00+0200",
            "2016-06-03 18:40:00+02",
            " 2016-06-03T18:40:00.000+02:00 "
        }) {
            assertThat(parse(value).exact()).as(value).isEqualTo(expected);
            assertThat(parse(value).date()).as(value).isEqualTo(LocalDate.of(2016, 6, 3));
        }
        assertThat(parse("2016-06-03T16:40:00Z").exact()).isEqualTo(OffsetDateTime.parse("2016-06-03T16:40:00Z"));
        assertThat(parse("2016-06-03T16:40:00-05:00").exact())
                .isEqualTo(OffsetDateTime.parse("2016-06-03T16:40:00-05:00"));
    }

    @Test
    void readsTimeWithoutOffsetAsDayOnly() {
        DateEvidence date = parse("2016-06-03T18:40:00");

        assertThat(date.date()).isEqualTo(LocalDate.of(2016, 6, 3));
        assertThat(date.exact()).isNull();
    }

    @Test
    void declinesWhatIsNoIsoDate() {
        for (String value :
                new String[] {"3 June 2016", "2016-13-45", "2016-06", "", "yesterday", "2016-06-03T25:00Z"}) {
            assertThat(parse(value)).as(value).isNull();
        }
    }
}
