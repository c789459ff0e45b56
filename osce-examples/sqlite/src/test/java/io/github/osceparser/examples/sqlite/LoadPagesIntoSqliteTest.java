package io.github.osceparser.examples.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.OsceRegistry;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite example on the fixture pages, checked with SQL against what the parser gives for each
 * page: the rows hold the records, and loading twice changes nothing.
 */
class LoadPagesIntoSqliteTest {
    private static final OsceParser PARSER = OsceParser.create();

    @TempDir
    Path temp;

    private Path folder;
    private Path database;

    @BeforeEach
    void writeFixturePages() throws IOException {
        folder = Files.createDirectory(temp.resolve("pages"));
        for (String name : Fixtures.names()) {
            Path page = folder.resolve(name + ".txt");
            Files.createDirectories(page.getParent());
            Files.writeString(page, Fixtures.load(name));
        }
        database = temp.resolve("pages.db");
    }

    private String load() throws IOException, SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = LoadPagesIntoSqlite.load(
                folder,
                database,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<List<String>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static OscePage parsed(String name) {
        return PARSER.parse(Fixtures.load(name));
    }

    /** Every kind of the sealed OscePage gets its row: a new kind without columns fails here. */
    @Test
    void storesEveryKindOfPageWithItsWholeRecord() throws Exception {
        load();

        Fixtures.onePerKind().forEach((kind, name) -> {
            OscePage page = parsed(name);
            try {
                assertThat(query("SELECT type, title, json FROM pages WHERE file = ?", name + ".txt"))
                        .as(kind.getSimpleName())
                        .containsExactly(List.of(
                                page.type().jsonName(),
                                page.title(),
                                OsceJson.create().toJson(page)));
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void storesOneRowPerPageWithItsTypeTitleAndDate() throws Exception {
        load();

        List<List<String>> expected = new ArrayList<>();
        for (String name : Fixtures.names()) {
            OscePage page = parsed(name);
            expected.add(List.of(name + ".txt", page.type().jsonName(), page.language(), page.title()));
        }
        expected.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        assertThat(query("SELECT file, type, language, title FROM pages ORDER BY file"))
                .isEqualTo(expected);

        assertThat(query(
                        "SELECT date, place FROM pages WHERE file = ?",
                        "en/press-release-2016-un-chiefs-of-police.txt"))
                .containsExactly(List.of("2016-06-03", "New York"));
    }

    @Test
    void storesTheSourcesFieldsAndQuotesOfAPressReleaseInPageOrder() throws Exception {
        load();
        String name = "en/press-release-2010-police-experts-meeting";
        PressRelease release = (PressRelease) parsed(name);

        assertThat(query(
                        "SELECT s.source, s.structure_id FROM sources s JOIN pages p ON p.id = s.page_id"
                                + " WHERE p.file = ? ORDER BY s.position",
                        name + ".txt"))
                .isEqualTo(release.sources().stream()
                        .map(s -> java.util.Arrays.asList(s.name(), s.id()))
                        .toList())
                .containsExactly(
                        List.of("OSCE Secretariat", "secretariat"),
                        List.of("OSCE Office for Democratic Institutions and Human Rights", "odihr"));
        assertThat(query(
                        "SELECT s.structure_id FROM page_structures s JOIN pages p ON p.id = s.page_id"
                                + " WHERE p.file = ? ORDER BY s.position",
                        name + ".txt"))
                .extracting(row -> row.get(0))
                .isEqualTo(release.structures().stream().map(s -> s.id()).toList())
                .contains("secretariat", "odihr");
        assertThat(query(
                        "SELECT c.code FROM page_countries c JOIN pages p ON p.id = c.page_id"
                                + " WHERE p.file = ? ORDER BY c.position",
                        name + ".txt"))
                .extracting(row -> row.get(0))
                .isEqualTo(release.countries())
                .isNotEmpty();
        assertThat(query(
                        "SELECT f.field FROM fields_of_work f JOIN pages p ON p.id = f.page_id"
                                + " WHERE p.file = ? ORDER BY f.position",
                        name + ".txt"))
                .extracting(row -> row.get(0))
                .isEqualTo(
                        release.fieldsOfWork().stream().map(FieldOfWork::slug).toList());
        List<List<String>> quotes = new ArrayList<>();
        for (Quote quote : release.quotes()) {
            quotes.add(java.util.Arrays.asList(quote.text(), quote.speaker(), quote.role()));
        }
        assertThat(query(
                        "SELECT q.text, q.speaker, q.role FROM quotes q JOIN pages p ON p.id = q.page_id"
                                + " WHERE p.file = ? ORDER BY q.position",
                        name + ".txt"))
                .isEqualTo(quotes)
                .isNotEmpty();
    }

    @Test
    void storesTheMissionCardsOfAFieldOfWorkPage() throws Exception {
        load();
        String name = "en/field-of-work-policing";
        var page = (io.github.osceparser.model.FieldOfWorkPage) parsed(name);

        assertThat(query(
                        "SELECT m.name, m.kind, m.location, m.structure_id FROM missions m"
                                + " JOIN pages p ON p.id = m.page_id WHERE p.file = ? ORDER BY m.position",
                        name + ".txt"))
                .isEqualTo(page.missions().stream()
                        .map(m -> List.of(m.name(), m.kind().jsonName(), m.location(), m.id()))
                        .toList())
                .isNotEmpty();
        assertThat(query(
                        "SELECT f.field FROM fields_of_work f JOIN pages p ON p.id = f.page_id WHERE p.file = ?",
                        name + ".txt"))
                .containsExactly(List.of("policing"));
    }

    @Test
    void summarisesPressReleasesPerYearAndFieldOfWork() throws Exception {
        String output = load();

        Map<String, Integer> expected = new TreeMap<>();
        for (String name : Fixtures.names()) {
            if (parsed(name) instanceof PressRelease release
                    && release.type() == io.github.osceparser.model.PageType.PRESS_RELEASE) {
                String year = release.date() == null
                        ? "undated"
                        : String.valueOf(release.date().getYear());
                List<String> fields =
                        release.fieldsOfWork().stream().map(FieldOfWork::slug).toList();
                for (String field : fields.isEmpty() ? List.of("(none)") : fields) {
                    expected.merge(year + " " + field, 1, Integer::sum);
                }
            }
        }
        List<String> rows = query(PressReleasesPerYear.SQL).stream()
                .map(row -> row.get(0) + " " + row.get(1) + " " + row.get(2))
                .toList();

        assertThat(rows)
                .isEqualTo(expected.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList())
                .contains("2016 policing " + expected.get("2016 policing"));
        assertThat(expected)
                .as("the fixtures hold press releases of 2016 on policing")
                .containsKey("2016 policing");
        assertThat(output)
                .contains("Press releases per year and field of work:")
                .containsPattern("2016 +policing +" + expected.get("2016 policing"));
    }

    @Test
    void holdsTheRegistrysStructuresAndCountriesThatThePagesRowsPointTo() throws Exception {
        load();

        assertThat(query("SELECT count(*) FROM structures"))
                .containsExactly(List.of(
                        String.valueOf(OsceRegistry.standard().structures().size())));
        assertThat(query("SELECT kind, name FROM structures WHERE id = 'programme-office-in-astana'"))
                .containsExactly(List.of("field-operation", "Programme Office in Astana"));
        assertThat(query("SELECT name, status FROM countries WHERE code = 'MD'"))
                .containsExactly(List.of("Moldova", "participating-state"));
        assertThat(query("SELECT count(*) FROM sources s LEFT JOIN structures st ON st.id = s.structure_id"
                        + " WHERE s.structure_id IS NOT NULL AND st.id IS NULL"))
                .as("every id a source row holds is a structure's")
                .containsExactly(List.of("0"));
    }

    @Test
    void countsAStructuresPressReleasesUnderOneIdWhateverNameThePagePrints() throws Exception {
        Files.writeString(folder.resolve("astana-2010.txt"), """
                Press release
                Centre supports a seminar on water law

                Source:
                OSCE Centre in Astana

                ASTANA, 3 March 2010 - The OSCE Centre in Astana held a seminar on water law today.
                """);
        Files.writeString(folder.resolve("astana-2016.txt"), """
                Press release
                Programme Office trains customs officers

                Source:
                OSCE Programme Office in Astana

                ASTANA, 9 June 2016 - The OSCE Programme Office in Astana trained customs officers today.
                """);

        String output = load();

        assertThat(query(PressReleasesPerStructure.SQL).stream()
                        .filter(row -> row.get(1).equals("programme-office-in-astana"))
                        .toList())
                .containsExactly(
                        List.of("2010", "programme-office-in-astana", "Programme Office in Astana", "1"),
                        List.of("2016", "programme-office-in-astana", "Programme Office in Astana", "1"));
        assertThat(output)
                .contains("Press releases per year and issuing structure:")
                .containsPattern("2010 +programme-office-in-astana +Programme Office in Astana +1");
    }

    @Test
    void rebuildsADatabaseOfAnOlderSchemaAndLoadsEveryPageAgain() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, file TEXT, sha256 TEXT)");
            statement.execute("CREATE TABLE sources (page_id INTEGER, position INTEGER, source TEXT)");
        }

        String output = load();

        assertThat(output).contains(Fixtures.names().size() + " new, 0 changed, 0 unchanged, 0 failed");
        assertThat(query("PRAGMA user_version")).containsExactly(List.of(String.valueOf(Schema.VERSION)));
        assertThat(query("SELECT count(*) FROM sources WHERE structure_id IS NOT NULL"))
                .isNotEqualTo(List.of(List.of("0")));
    }

    @Test
    void loadingTheSameFolderTwiceDuplicatesNothing() throws Exception {
        String first = load();
        List<List<String>> before = tableSizes();

        String second = load();

        assertThat(tableSizes()).isEqualTo(before);
        int pages = Fixtures.names().size();
        assertThat(first).contains(pages + " new, 0 changed, 0 unchanged, 0 failed");
        assertThat(second).contains("0 new, 0 changed, " + pages + " unchanged, 0 failed");
        assertThat(before.get(0)).containsExactly(String.valueOf(pages));
    }

    @Test
    void replacesThePageOfAFileThatChanged() throws Exception {
        load();
        Path file = folder.resolve("en/press-release-2016-un-chiefs-of-police.txt");
        Files.writeString(file, Fixtures.load("en/press-release-2010-police-experts-meeting"));
        List<List<String>> sourcesBefore = query("SELECT count(*) FROM sources");

        String output = load();

        assertThat(output).contains("0 new, 1 changed, ");
        assertThat(query("SELECT date FROM pages WHERE file = ?", "en/press-release-2016-un-chiefs-of-police.txt"))
                .containsExactly(List.of("2010-05-21"));
        assertThat(query("SELECT count(*) FROM pages"))
                .containsExactly(List.of(String.valueOf(Fixtures.names().size())));
        PressRelease old = (PressRelease) parsed("en/press-release-2016-un-chiefs-of-police");
        PressRelease now = (PressRelease) parsed("en/press-release-2010-police-experts-meeting");
        int expectedSources = Integer.parseInt(sourcesBefore.get(0).get(0))
                - old.sources().size()
                + now.sources().size();
        assertThat(query("SELECT count(*) FROM sources")).containsExactly(List.of(String.valueOf(expectedSources)));
    }

    @Test
    void storesEachMissionCardsFoundingDateAndHeadquarters() throws Exception {
        load();
        String name = "en/field-of-work-policing";
        var page = (io.github.osceparser.model.FieldOfWorkPage) parsed(name);

        assertThat(query(
                        "SELECT m.established, m.headquarters FROM missions m"
                                + " JOIN pages p ON p.id = m.page_id WHERE p.file = ? ORDER BY m.position",
                        name + ".txt"))
                .isEqualTo(page.missions().stream()
                        .map(m -> java.util.Arrays.asList(
                                m.established() == null ? null : m.established().toString(), m.headquarters()))
                        .toList());
        assertThat(page.missions())
                .as("the fixture's cards give founding dates and headquarters")
                .anyMatch(m -> m.established() != null)
                .anyMatch(m -> m.headquarters() != null);
    }

    @Test
    void holdsEachStructuresParentAndClosingDateAsTheRegistryGivesThem() throws Exception {
        load();

        List<List<String>> expected = OsceRegistry.standard().structures().stream()
                .sorted(java.util.Comparator.comparing(io.github.osceparser.model.Structure::id))
                .map(s -> java.util.Arrays.asList(
                        s.id(),
                        s.parent(),
                        s.closed() == null ? null : s.closed().toString()))
                .toList();
        assertThat(query("SELECT id, parent, closed FROM structures ORDER BY id"))
                .isEqualTo(expected);
        assertThat(expected)
                .as("the registry has structures with a parent and closed ones")
                .anyMatch(row -> row.get(1) != null)
                .anyMatch(row -> row.get(2) != null);
    }

    @Test
    void reportsAPageThatCannotBeParsedAndLoadsTheOthers() throws Exception {
        Files.writeString(folder.resolve("empty.txt"), "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = LoadPagesIntoSqlite.load(
                folder,
                database,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("empty.txt: ");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(Fixtures.names().size() + " new, 0 changed, 0 unchanged, 1 failed");
        assertThat(query("SELECT count(*) FROM pages"))
                .containsExactly(List.of(String.valueOf(Fixtures.names().size())));
    }

    @Test
    void readsOnlyTextFilesAndSkipsFoldersNamedLikeThem() throws Exception {
        Files.writeString(folder.resolve("notes.json"), "{}");
        Files.createDirectories(folder.resolve("drafts.txt"));

        String output = load();

        assertThat(output).contains(Fixtures.names().size() + " new, 0 changed, 0 unchanged, 0 failed");
        assertThat(query("SELECT count(*) FROM pages WHERE file IN ('notes.json', 'drafts.txt')"))
                .containsExactly(List.of("0"));
    }

    private List<List<String>> tableSizes() throws SQLException {
        List<List<String>> sizes = new ArrayList<>();
        for (String table : List.of(
                "pages",
                "sources",
                "fields_of_work",
                "quotes",
                "missions",
                "page_structures",
                "page_countries",
                "structures")) {
            sizes.add(query("SELECT count(*) FROM " + table).get(0));
        }
        return sizes;
    }
}
