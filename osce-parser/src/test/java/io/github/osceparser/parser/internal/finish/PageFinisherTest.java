package io.github.osceparser.parser.internal.finish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.content.FinishedPage;
import io.github.osceparser.parser.internal.content.Markup;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFinisherTest {
    private static final PageFinisher FINISHER = new PageFinisher(false);
    private static final Block TITLE = new Block(Block.Kind.LINE, "Title", 1);

    /** What the finishing step decided, caught from the draft's record function. */
    private static final class Caught {
        FinishedPage finished;
    }

    private static FinishedPage finish(PageContent content, PageDraft draft) {
        Caught caught = new Caught();
        draft.record(f -> {
            caught.finished = f;
            return new GenericPage(
                    f.language(), "Title", f.date(), List.of(), List.of(), List.of(), f.site(), f.diagnostics());
        });
        FINISHER.finish(content, draft);
        return caught.finished;
    }

    private static PageContent content(List<DateEvidence> markupDates, Block... blocks) {
        return new PageContent(List.of(blocks), null, "en", markupDates, null, List.of(), List.of(), List.of());
    }

    private static PageDraft placed(PageContent content) {
        PageDraft draft = new PageDraft();
        content.blocks().forEach(draft::place);
        return draft;
    }

    private static DateEvidence date(DateSource source, String date, int line) {
        return DateEvidence.stated(LocalDate.parse(date), source, line, date);
    }

    @Test
    void choosesTheMostTrustedSourceAndReportsEachOtherSourceThatDisagreesOnce() {
        PageContent content = content(
                List.of(date(DateSource.TIME_ELEMENT, "2010-05-22", 9), date(DateSource.META_TAG, "2010-05-21", 2)),
                TITLE);
        PageDraft draft = placed(content);
        draft.date(date(DateSource.DATELINE, "2010-05-20", 5));
        draft.date(date(DateSource.METADATA, "2010-05-21", 3));
        draft.date(date(DateSource.METADATA, "2010-01-01", 4));
        draft.datedByMarkup();

        FinishedPage finished = finish(content, draft);

        assertThat(finished.date()).isEqualTo(LocalDate.of(2010, 5, 21));
        assertThat(finished.dateSource()).isEqualTo(DateSource.METADATA);
        assertThat(finished.diagnostics())
                .containsExactly(
                        new Diagnostic(
                                5,
                                Diagnostic.Kind.CONFLICT,
                                "the dateline says 2010-05-20 but the metadata says 2010-05-21; kept 2010-05-21"),
                        new Diagnostic(
                                9,
                                Diagnostic.Kind.CONFLICT,
                                "the time-element says 2010-05-22 but the metadata says 2010-05-21; kept 2010-05-21"));
    }

    @Test
    void takesAMarkupDateBeforeOneTheBodyOnlyMentionsAndInfersNothing() {
        PageContent content = content(List.of(date(DateSource.JSON_LD, "2013-10-24", 7)), TITLE);
        PageDraft draft = placed(content);
        draft.date(date(DateSource.TEXT, "2013-10-25", 4));
        draft.datedByMarkup();

        FinishedPage finished = finish(content, draft);

        assertThat(finished.dateSource()).isEqualTo(DateSource.JSON_LD);
        assertThat(finished.date()).isEqualTo(LocalDate.of(2013, 10, 24));
        assertThat(finished.diagnostics()).isEmpty();
    }

    @Test
    void saysSoWhenItInfersTheDateFromTheBody() {
        PageContent content = content(List.of(), TITLE);
        PageDraft draft = placed(content);
        draft.date(DateEvidence.stated(LocalDate.of(2013, 10, 24), DateSource.TEXT, 4, "24 October 2013"));

        FinishedPage finished = finish(content, draft);

        assertThat(finished.dateSource()).isEqualTo(DateSource.TEXT);
        assertThat(finished.diagnostics())
                .containsExactly(new Diagnostic(
                        4,
                        Diagnostic.Kind.INFERRED,
                        "no date given; took 2013-10-24 from '24 October 2013' in the text"));
    }

    @Test
    void leavesMarkupDatesAsideForRecordsThatCannotSayWhereTheirDateCameFrom() {
        OffsetDateTime exact = OffsetDateTime.parse("2016-06-03T18:40:00+02:00");
        PageContent content =
                content(List.of(new DateEvidence(exact.toLocalDate(), exact, DateSource.TIME_ELEMENT, 3, "x")), TITLE);

        FinishedPage finished = finish(content, placed(content));

        assertThat(finished.date()).isNull();
        assertThat(finished.publishedAt()).isNull();
    }

    @Test
    void givesTheFirstExactTimeTheMarkupStates() {
        OffsetDateTime exact = OffsetDateTime.parse("2016-06-03T18:40:00+02:00");
        PageContent content = content(
                List.of(
                        date(DateSource.TIME_ELEMENT, "2016-06-03", 3),
                        new DateEvidence(exact.toLocalDate(), exact, DateSource.META_TAG, 1, "x")),
                TITLE);
        PageDraft draft = placed(content).datedByMarkup();

        FinishedPage finished = finish(content, draft);

        assertThat(finished.dateSource()).isEqualTo(DateSource.TIME_ELEMENT);
        assertThat(finished.publishedAt()).isEqualTo(exact);
    }

    @Test
    void reportsEveryBlockTheDraftDidNotPlaceAndPhotosAsLeftOut() {
        Block body = new Block(Block.Kind.LINE, "A line nobody took.", 2);
        Block photo = new Block(Block.Kind.FIGURE, "A caption", 3, Markup.of(new Image(null, "A caption")));
        Block bare = new Block(Block.Kind.FIGURE, "", 4, Markup.of(new Image("https://www.osce.org/a.jpg", null)));
        PageContent content = new PageContent(
                List.of(TITLE, body, photo, bare),
                null,
                "en",
                List.of(),
                null,
                List.of(new Diagnostic(1, Diagnostic.Kind.SKIPPED, "'Skip Links' is site furniture")),
                List.of(),
                List.of());
        PageDraft draft = new PageDraft();
        draft.place(TITLE);

        FinishedPage finished = finish(content, draft);

        assertThat(finished.diagnostics())
                .containsExactly(
                        new Diagnostic(1, Diagnostic.Kind.SKIPPED, "'Skip Links' is site furniture"),
                        new Diagnostic(
                                2, Diagnostic.Kind.UNPLACED, "could not place 'A line nobody took.' in the record"),
                        new Diagnostic(
                                3, Diagnostic.Kind.SKIPPED, "the photo 'A caption' is not kept on this kind of page"),
                        new Diagnostic(
                                4,
                                Diagnostic.Kind.SKIPPED,
                                "the photo 'https://www.osce.org/a.jpg' is not kept on this kind of page"));
    }

    @Test
    void strictModeRefusesContentNobodyPlacedButNotWhatWasLeftOutAsFurniture() {
        Block body = new Block(Block.Kind.LINE, "A line nobody took.", 2);
        Block photo = new Block(Block.Kind.FIGURE, "A caption", 3, Markup.of(new Image(null, "A caption")));
        PageFinisher strict = new PageFinisher(true);
        PageDraft unplaced = new PageDraft();
        unplaced.place(TITLE);
        unplaced.record(f ->
                new GenericPage(f.language(), "Title", null, List.of(), List.of(), List.of(), null, f.diagnostics()));
        PageDraft photoOnly = new PageDraft();
        photoOnly.place(TITLE);
        photoOnly.record(f ->
                new GenericPage(f.language(), "Title", null, List.of(), List.of(), List.of(), null, f.diagnostics()));

        assertThatThrownBy(() -> strict.finish(content(List.of(), TITLE, body), unplaced))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("strict parsing: could not place 'A line nobody took.'");
        OscePage page = strict.finish(content(List.of(), TITLE, photo), photoOnly);
        assertThat(page.diagnostics()).extracting(Diagnostic::kind).containsExactly(Diagnostic.Kind.SKIPPED);
    }

    @Test
    void buildsTheRecordExactlyOnce() {
        PageContent content = content(List.of(), TITLE);
        List<FinishedPage> calls = new ArrayList<>();
        PageDraft draft = placed(content).record(f -> {
            calls.add(f);
            return new GenericPage(f.language(), "Title", null, List.of(), List.of(), List.of(), null, f.diagnostics());
        });

        FINISHER.finish(content, draft);

        assertThat(calls).hasSize(1);
    }
}
