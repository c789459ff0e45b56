package io.github.osceparser.parser.internal.extract;

import static io.github.osceparser.parser.internal.extract.TestContent.content;
import static io.github.osceparser.parser.internal.extract.TestContent.page;
import static io.github.osceparser.parser.internal.extract.TestContent.takes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.StructureRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingExtractorTest {
    private final ListingExtractor extractor = new ListingExtractor();

    private Listing extract(String... texts) {
        return (Listing) page(extractor, content(texts));
    }

    @Test
    void recognizesTwoLabelLinesWhenOneIsADateOrAContentType() {
        assertThat(takes(extractor, content("News", "A", "Publishing date: 1 May 2010", "Location: Vienna")))
                .isTrue();
        assertThat(takes(extractor, content("News", "A", "Content type: News", "Publisher: OSCE")))
                .isTrue();
        assertThat(takes(extractor, content("News", "A", "Publishing date: 1 May 2010", "Content type: News")))
                .isTrue();
    }

    @Test
    void doesNotRecognizeOneLabelOrLabelsWithoutDateAndContentType() {
        assertThat(takes(extractor, content("News", "A", "Publishing date: 1 May 2010")))
                .isFalse();
        assertThat(takes(extractor, content("News", "A", "Location: Vienna", "Publisher: OSCE", "What we do: Youth")))
                .isFalse();
        assertThat(takes(extractor, content("News", "A", "Collections: Handbooks", "Series: Papers")))
                .isFalse();
    }

    @Test
    void doesNotCountBulletsAsLabels() {
        assertThat(takes(extractor, content("News", "A", "- Publishing date: 1 May 2010", "- Content type: News")))
                .isFalse();
        assertThat(takes(extractor, content("News", "A", "- Publishing date: 1 May 2010", "Content type: News")))
                .isFalse();
    }

    @Test
    void readsALabelWhoseColonIsAtMostTwentyCharactersIn() {
        String padded = "Publishing date     : 1 May 2010"; // the colon at index 20
        String tooFar = "Publishing date      : 1 May 2010"; // at index 21

        assertThat(padded.indexOf(':')).isEqualTo(20);
        assertThat(takes(extractor, content("News", "A", padded, "Location: Vienna")))
                .isTrue();
        assertThat(takes(extractor, content("News", "A", tooFar, "Location: Vienna")))
                .isFalse();
        assertThat(takes(extractor, content("News", "A", "publishing DATE:1 May 2010", "LOCATION :Vienna")))
                .isTrue();
    }

    @Test
    void readsEveryFieldOfAnEntry() {
        Listing listing = extract(
                "News and press releases",
                "Mission opens a police school",
                "Publishing date: 27 September 2004",
                "Content type: Press release",
                "Where we are: OSCE Mission to Skopje",
                "What we do: Policing, Youth",
                "Location: Skopje",
                "Publisher: OSCE Secretariat",
                "The school will train three hundred cadets a year...");

        assertThat(listing.language()).isEqualTo("en");
        assertThat(listing.title()).isEqualTo("News and press releases");
        assertThat(listing.entries())
                .containsExactly(new ListingEntry(
                        "Mission opens a police school",
                        LocalDate.of(2004, 9, 27),
                        "Press release",
                        List.of(new StructureRef("OSCE Mission to Skopje", "mission-to-skopje", false)),
                        List.of(FieldOfWork.POLICING, FieldOfWork.YOUTH),
                        List.of(),
                        "Skopje",
                        "OSCE Secretariat",
                        null,
                        "The school will train three hundred cadets a year...",
                        null));
        assertThat(listing.diagnostics()).isEmpty();
    }

    @Test
    void tellsEntriesApartByTheirLabels() {
        Listing listing = extract(
                "Press statements",
                "First title",
                "Publishing date: 1 May 2010",
                "Content type: News",
                "First teaser...",
                "A line on its own",
                "Second title",
                "Content type: Press release",
                "Location: Vienna",
                "Second teaser",
                "Third title",
                "Publishing date: 3 May 2010",
                "Content type: News");

        assertThat(listing.entries())
                .extracting(
                        ListingEntry::title,
                        ListingEntry::date,
                        ListingEntry::contentType,
                        ListingEntry::location,
                        ListingEntry::teaser)
                .containsExactly(
                        tuple("First title", LocalDate.of(2010, 5, 1), "News", null, "First teaser..."),
                        tuple("A line on its own", null, null, null, null),
                        tuple("Second title", null, "Press release", "Vienna", "Second teaser"),
                        tuple("Third title", LocalDate.of(2010, 5, 3), "News", null, null));
        assertThat(listing.diagnostics()).isEmpty();
    }

    @Test
    void aSecondLineAfterTheTeaserIsAnEntryOfItsOwn() {
        Listing listing = extract(
                "Publications",
                "Handbook",
                "Publishing date: 1 May 2010",
                "Content type: Publication",
                "A teaser.",
                "Another line");

        assertThat(listing.entries())
                .extracting(ListingEntry::title, ListingEntry::teaser)
                .containsExactly(tuple("Handbook", "A teaser."), tuple("Another line", null));
    }

    @Test
    void reportsTheIntroductionAndTheNewsroomLine() {
        Listing listing = extract(
                "Newsroom",
                "Press releases",
                "Our latest news from the field.",
                "Read on below.",
                "Entry",
                "Publishing date: 2 June 2011",
                "Content type: News");

        assertThat(listing.title()).isEqualTo("Press releases");
        assertThat(listing.entries()).extracting(ListingEntry::title).containsExactly("Entry");
        assertThat(listing.diagnostics())
                .containsExactly(
                        new Diagnostic(1, Diagnostic.Kind.SKIPPED, "'Newsroom' is site furniture"),
                        new Diagnostic(
                                3,
                                Diagnostic.Kind.SKIPPED,
                                "'Our latest news from the field.' introduces the listing; not an entry"),
                        new Diagnostic(
                                4, Diagnostic.Kind.SKIPPED, "'Read on below.' introduces the listing; not an entry"));
    }

    @Test
    void reportsLabelsBeforeTheFirstEntry() {
        Listing listing = extract(
                "Press releases", "Publishing date: 1 May 2010", "Content type: News", "Entry", "Location: Vienna");

        assertThat(listing.entries())
                .extracting(ListingEntry::title, ListingEntry::location)
                .containsExactly(tuple("Entry", "Vienna"));
        assertThat(listing.diagnostics())
                .containsExactly(
                        new Diagnostic(
                                2,
                                Diagnostic.Kind.UNPLACED,
                                "'Publishing date: 1 May 2010' comes before the first entry"),
                        new Diagnostic(
                                3, Diagnostic.Kind.UNPLACED, "'Content type: News' comes before the first entry"));
    }

    @Test
    void reportsUnknownLabelsEmptyValuesAndUnreadableDates() {
        Listing listing = extract(
                "Publications",
                "Handbook",
                "Publishing date: sometime soon",
                "Content type:",
                "Collections: Election handbooks",
                "What we do: Youth, Underwater cartography, , Elections",
                "Location: Vienna");

        ListingEntry entry = listing.entries().get(0);
        assertThat(listing.entries()).hasSize(1);
        assertThat(entry.date()).isNull();
        assertThat(entry.contentType()).isNull();
        assertThat(entry.fieldsOfWork()).containsExactly(FieldOfWork.YOUTH, FieldOfWork.ELECTIONS);
        assertThat(entry.otherFieldsOfWork()).containsExactly("Underwater cartography");
        assertThat(entry.location()).isEqualTo("Vienna");
        assertThat(listing.diagnostics())
                .containsExactly(
                        new Diagnostic(3, Diagnostic.Kind.UNPLACED, "could not read a date in 'sometime soon'"),
                        new Diagnostic(4, Diagnostic.Kind.EMPTY_FIELD, "'Content type:' has no value"),
                        new Diagnostic(
                                5,
                                Diagnostic.Kind.UNKNOWN_LABEL,
                                "listing label 'Collections: Election handbooks' is not one the library reads"),
                        new Diagnostic(
                                6,
                                Diagnostic.Kind.UNKNOWN_LABEL,
                                "unknown field of work 'Underwater cartography' kept as written"));
    }

    @Test
    void takesOnlyShortCapitalisedLabelsWithAValueAsUnknownLabels() {
        Listing listing = extract(
                "Publications",
                "Handbook",
                "Content type: Publication",
                "Publishing date: 1 May 2010",
                "Series of handbooks: Three",
                "Four words are here: x",
                "lower case: value",
                "Nothing after:",
                "A rather long label that goes on and on: x");

        assertThat(listing.entries())
                .extracting(ListingEntry::title, ListingEntry::teaser)
                .containsExactly(
                        tuple("Handbook", "Four words are here: x"),
                        tuple("lower case: value", "Nothing after:"),
                        tuple("A rather long label that goes on and on: x", null));
        assertThat(listing.diagnostics())
                .extracting(Diagnostic::line, Diagnostic::kind)
                .containsExactly(tuple(5, Diagnostic.Kind.UNKNOWN_LABEL));
    }

    @Test
    void theLabelsOfAnEntryMayFollowItsTitleAtOnce() {
        Listing listing = extract("Press releases", "Entry", "Content type: News", "Location: Vienna");

        assertThat(listing.entries())
                .extracting(ListingEntry::title, ListingEntry::contentType, ListingEntry::location)
                .containsExactly(tuple("Entry", "News", "Vienna"));
        assertThat(listing.diagnostics()).isEmpty();
    }

    @Test
    void takesAnUnknownLabelWhoseColonIsAtMostThirtyCharactersIn() {
        String atThirty = "Aaaaaaaaaa bbbbbbbbbb cccccccc: x";
        String atThirtyOne = "Aaaaaaaaaa bbbbbbbbbb ccccccccc: x";
        assertThat(atThirty.indexOf(':')).isEqualTo(30);

        Listing listing = extract(
                "Publications",
                "Handbook",
                "Content type: Publication",
                "Publishing date: 1 May 2010",
                atThirty,
                atThirtyOne);

        assertThat(listing.entries())
                .extracting(ListingEntry::title, ListingEntry::teaser)
                .containsExactly(tuple("Handbook", atThirtyOne));
        assertThat(listing.diagnostics())
                .extracting(Diagnostic::line, Diagnostic::kind)
                .containsExactly(tuple(5, Diagnostic.Kind.UNKNOWN_LABEL));
    }

    @Test
    void declinesAPageWithoutTwoLabelLinesAndLeavesNothingBehind() {
        assertThat(takes(extractor, content("newsroom"))).isFalse();
        assertThat(takes(extractor, content("Press releases"))).isFalse();
        assertThat(takes(extractor, content("Press releases", "Intro one", "Intro two", "Only entry")))
                .isFalse();
    }
}
