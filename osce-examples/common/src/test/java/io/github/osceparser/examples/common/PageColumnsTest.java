package io.github.osceparser.examples.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one flattening of a page, for every kind the sealed {@link OscePage} permits. */
class PageColumnsTest {
    private static final OsceParser PARSER = OsceParser.create();

    @Test
    void flattensEveryKindOfPage() {
        Fixtures.onePerKind().forEach((kind, name) -> {
            OscePage page = PARSER.parse(Fixtures.load(name));

            PageColumns columns = PageColumns.of(page);

            assertThat(columns.type()).as(name).isEqualTo(page.type().jsonName());
            assertThat(columns.title()).as(name).isEqualTo(page.title());
            assertThat(columns.language()).as(name).isEqualTo(page.language());
        });
    }

    @Test
    void takesAPressReleasesFieldsAndAFieldOfWorkPagesOwnField() {
        PressRelease release = (PressRelease) PARSER.parse(Fixtures.load("en/press-release-2016-un-chiefs-of-police"));
        FieldOfWorkPage field = (FieldOfWorkPage) PARSER.parse(Fixtures.load("en/field-of-work-policing"));

        assertThat(PageColumns.of(release).date()).isEqualTo(release.date());
        assertThat(PageColumns.of(release).sources()).isEqualTo(release.sources());
        assertThat(PageColumns.of(field).fieldsOfWork()).isEqualTo(List.of(field.fieldOfWork()));
        assertThat(PageColumns.of(field).missions()).isEqualTo(field.missions());
    }

    @Test
    void refusesNull() {
        assertThat(catchThrowable(() -> PageColumns.of(null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("page");
    }
}
