package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void leavesPlainFieldsAsTheyAre() {
        assertThat(Csv.field("Vienna")).isEqualTo("Vienna");
        assertThat(Csv.field("")).isEmpty();
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("semi; colon")).isEqualTo("semi; colon");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\r")).isEqualTo("\"cr\r\"");
    }

    @Test
    void endsARowWithCrLf() {
        assertThat(Csv.row(Arrays.asList("a", null, "b,c"))).isEqualTo("a,,\"b,c\"\r\n");
    }
}
