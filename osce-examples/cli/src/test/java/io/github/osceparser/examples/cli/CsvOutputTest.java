package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code osce parse --format csv}: one RFC 4180 row per page, for a spreadsheet. */
class CsvOutputTest {
    private static final String HEADER =
            "file,type,language,title,date,place,sources,sourceIds,fieldsOfWork,structures,countries,error\r\n";

    @TempDir
    Path temp;

    @Test
    void quotesATitleWithACommaAndAQuote() throws IOException {
        Files.writeString(
                temp.resolve("quoted.txt"),
                "Dialogue, not \"silence\": a page of our own\n\nThe first paragraph of a page written for this test.\n");

        CommandRun run = CommandRun.of("parse", "--format", "csv", temp.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .isEqualTo(
                        HEADER + "quoted.txt,page,en,\"Dialogue, not \"\"silence\"\": a page of our own\",,,,,,,,\r\n");
    }

    @Test
    void joinsListsWithSemicolonsAndGivesTheDateOfAPressRelease() throws IOException {
        String name = "en/press-release-2010-police-experts-meeting";
        Path file = temp.resolve("release.txt");
        Files.writeString(file, Fixtures.load(name));
        PressRelease release = (PressRelease) OsceParser.create().parse(Fixtures.load(name));

        CommandRun run = CommandRun.of("parse", "-f", "csv", file.toString());

        List<String> rows = run.out().lines().toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1))
                .isEqualTo(String.join(
                        ",",
                        Csv.field(file.toString()),
                        "press-release",
                        "en",
                        Csv.field(release.title()),
                        "2010-05-21",
                        "Vienna",
                        Csv.field("OSCE Secretariat; OSCE Office for Democratic Institutions and Human Rights"),
                        "secretariat; odihr",
                        release.fieldsOfWork().stream().map(FieldOfWork::slug).collect(Collectors.joining("; ")),
                        "secretariat; odihr; strategic-police-matters-unit; secretary-general",
                        "GB; HU",
                        ""));
        assertThat(release.countries()).containsExactly("GB", "HU");
        assertThat(release.sources()).hasSizeGreaterThan(1);
        assertThat(rows.get(1)).contains("OSCE Secretariat; OSCE Office");
    }

    @Test
    void leavesTheDateEmptyForAPageWithoutOneAndPutsErrorsInTheLastColumn() throws IOException {
        Files.writeString(temp.resolve("a.txt"), Fixtures.load("en/field-of-work-policing"));
        Files.writeString(temp.resolve("b.txt"), "   \n");

        CommandRun run = CommandRun.of("parse", "-f", "CSV", temp.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> rows = run.out().lines().toList();
        assertThat(rows.get(1))
                .startsWith(
                        "a.txt,field-of-work,en,Policing,,,,,policing,secretariat; transnational-threats-department;")
                .contains(",AL; ME; RS; UZ,")
                .endsWith(",");
        assertThat(rows.get(2)).startsWith("b.txt,,,,,,,,,,,").contains("empty");
    }
}
