package io.github.osceparser.examples.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fields a record's origin puts before the page's own, as the command's JSON records begin. */
class PageOriginTest {
    @Test
    void aPageFileHasOnlyItsFileName() {
        PageOrigin origin = PageOrigin.file("pages/a.txt");

        assertThat(origin.file()).isEqualTo("pages/a.txt");
        assertThat(origin.leadingFields()).containsExactly(Map.entry("file", "pages/a.txt"));
    }

    @Test
    void anArchivedPageHasItsOffsetAddressAndCaptureTimeInThatOrder() {
        PageOrigin origin = new PageOrigin(
                "crawl.warc.gz", 1234L, "https://www.osce.org/node/1", Instant.parse("2019-03-04T05:06:07Z"));

        assertThat(origin.leadingFields().keySet()).containsExactly("file", "offset", "url", "warcDate");
        assertThat(origin.leadingFields().values())
                .containsExactly("crawl.warc.gz", 1234L, "https://www.osce.org/node/1", "2019-03-04T05:06:07Z");
    }

    @Test
    void leavesOutEachArchiveFieldThatIsNotKnown() {
        assertThat(new PageOrigin("a.warc", 0L, null, null).leadingFields().keySet())
                .containsExactly("file", "offset");
        assertThat(new PageOrigin("a.warc", null, "https://www.osce.org/", null)
                        .leadingFields()
                        .keySet())
                .containsExactly("file", "url");
        assertThat(new PageOrigin("a.warc", null, null, Instant.EPOCH).leadingFields())
                .containsEntry("warcDate", "1970-01-01T00:00:00Z")
                .hasSize(2);
    }
}
