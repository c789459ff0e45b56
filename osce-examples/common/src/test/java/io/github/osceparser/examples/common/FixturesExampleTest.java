package io.github.osceparser.examples.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a project that uses the parser tests its own code against the library's fixture pages: the
 * {@code osce-parser} test-jar on its test class path, and {@link Fixtures} to load them. Nothing
 * here reaches into the parser's files; this module sees the pages only through the test-jar.
 */
class FixturesExampleTest {
    private final OsceParser parser = OsceParser.create();

    /** The kind of code a user writes: a headline for a newsletter, from a parsed press release. */
    static String headline(PressRelease release) {
        String where = release.place() == null ? "" : release.place() + ", ";
        return where + release.date() + ": " + release.title();
    }

    @Test
    void writesTheHeadlineOfAFixturePressRelease() {
        OscePage page = parser.parse(Fixtures.load("en/press-release-2016-un-chiefs-of-police"));

        assertThat(page).isInstanceOf(PressRelease.class);
        PressRelease release = (PressRelease) page;
        assertThat(release.date()).isEqualTo(LocalDate.of(2016, 6, 3));
        assertThat(release.fieldsOfWork()).contains(FieldOfWork.POLICING);
        assertThat(headline(release)).startsWith("New York, 2016-06-03: Head of OSCE Strategic Police Matters Unit");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.osceparser.parser.fixtures.Fixtures#names")
    void parsesEveryFixturePageIntoItsGoldenRecord(String name) {
        OscePage golden = OsceJson.create().fromJson(Fixtures.golden(name));

        assertThat(parser.parse(Fixtures.load(name))).isEqualTo(golden);
    }
}
