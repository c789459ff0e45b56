package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.parser.internal.content.DateEvidence;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkupDatesTest {
    private static List<DateEvidence> find(String html) {
        Document document = HtmlLoader.load(html, "", Integer.MAX_VALUE);
        return datesOf(DocumentIndex.of(document));
    }

    @Test
    void findsTimeElementThenMetaTagThenJsonLd() {
        String html = "<head>\n<meta property='article:published_time' content='2020-01-02T10:00:00+01:00'>\n"
                + "<script type='application/ld+json'>{\"datePublished\": \"2020-01-03\"}</script>\n</head>\n"
                + "<body><main><dl><dt>Date:</dt><dd><time datetime='2020-01-01'>1 January</time></dd></dl></main>";

        assertThat(find(html))
                .extracting(DateEvidence::source, DateEvidence::date, DateEvidence::line)
                .containsExactly(
                        tuple(DateSource.TIME_ELEMENT, LocalDate.of(2020, 1, 1), 5),
                        tuple(DateSource.META_TAG, LocalDate.of(2020, 1, 2), 2),
                        tuple(DateSource.JSON_LD, LocalDate.of(2020, 1, 3), 3));
    }

    @Test
    void passesOverTimeElementsInFurniture() {
        String html = "<main><aside><time datetime='2024-11-20'>x</time></aside>"
                + "<p>Published <time datetime='2013-10-24T08:00:00+02:00'>today</time></p></main>";

        assertThat(find(html)).extracting(DateEvidence::date).containsExactly(LocalDate.of(2013, 10, 24));
    }

    @Test
    void findsDatePublishedInGraphsAndArrays() {
        assertThat(find("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"},"
                        + " {\"@type\": \"NewsArticle\", \"datePublished\": \"2016-06-03T18:40:00+02:00\"}]}</script>"))
                .extracting(DateEvidence::source, DateEvidence::date)
                .containsExactly(tuple(DateSource.JSON_LD, LocalDate.of(2016, 6, 3)));
        assertThat(find("<script type='application/ld+json'>[{\"datePublished\": \"2016-06-04\"}]</script>"))
                .extracting(DateEvidence::date)
                .containsExactly(LocalDate.of(2016, 6, 4));
        assertThat(find("<script type='application/ld+json'>{\"about\": {\"datePublished\": \"2001-01-01\"},"
                        + " \"datePublished\": \"2016-06-05\"}</script>"))
                .as("the page's own date before the date of what it mentions")
                .extracting(DateEvidence::date)
                .containsExactly(LocalDate.of(2016, 6, 5));
    }

    @Test
    void ignoresMalformedJsonLdAndValuesThatAreNoDates() {
        assertThat(find("<script type='application/ld+json'>{\"datePublished\": </script>"
                        + "<meta property='article:published_time' content='last Tuesday'>"
                        + "<main><time datetime='soon'>soon</time></main>"))
                .isEmpty();
        assertThat(find("<script type='application/ld+json'>{\"datePublished\": </script>"
                        + "<script type='application/ld+json'>{\"datePublished\": \"2016-06-06\"}</script>"))
                .extracting(DateEvidence::date)
                .containsExactly(LocalDate.of(2016, 6, 6));
    }

    @Test
    void readsJsonLdNestedDeeperThanItsLimitAsMalformed() {
        String deep = "[".repeat(200) + "]".repeat(200);

        assertThat(JsonLd.datePublished(deep)).isNull();
        assertThat(JsonLd.datePublished("{\"datePublished\": 20160603}")).isNull();
    }

    @Test
    void readsTheDateSpansOfCmsFieldsAndDublinCoreMetaTags() {
        assertThat(
                        find(
                                "<div id=content><div class=field-items><span class=date-display-single property='dc:date'"
                                        + " datatype='xsd:dateTime' content='2010-05-21T00:00:00+02:00'>21 May 2010</span></div></div>"))
                .extracting(DateEvidence::source, DateEvidence::date)
                .containsExactly(tuple(DateSource.TIME_ELEMENT, LocalDate.of(2010, 5, 21)));
        assertThat(find("<main><span itemprop=datePublished content='2011-03-17'>17 mars</span></main>"))
                .extracting(DateEvidence::date)
                .containsExactly(LocalDate.of(2011, 3, 17));
        assertThat(find("<head><meta name='dcterms.date' content='2018-03-12'></head><main><p>x</p></main>"))
                .extracting(DateEvidence::source, DateEvidence::date)
                .containsExactly(tuple(DateSource.META_TAG, LocalDate.of(2018, 3, 12)));
    }

    private static List<DateEvidence> datesOf(DocumentIndex index) {
        return MarkupDates.find(index, ContentRegion.of(index));
    }
}
