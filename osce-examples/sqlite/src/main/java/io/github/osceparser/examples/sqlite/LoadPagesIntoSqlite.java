package io.github.osceparser.examples.sqlite;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a folder of page files ({@code .txt}, walked recursively) into an SQLite database file and
 * prints how many press releases each year brought in each field of work, and how many each issuing
 * structure put out each year (by the registry's id, whatever name the page prints).
 *
 * <pre>
 * java -cp osce-examples/target/osce.jar io.github.osceparser.examples.sqlite.LoadPagesIntoSqlite pages/ pages.db
 * sqlite3 pages.db "SELECT title FROM pages WHERE date LIKE '2016-%'"
 * </pre>
 *
 * <p>Run it again on the same folder and nothing is duplicated: a page is keyed on its path in the
 * folder, and a file whose content has not changed (same SHA-256) is neither parsed nor written
 * again; a file that changed replaces its earlier rows. The whole
 * load is one transaction: it is stored completely or not at all.
 */
public final class LoadPagesIntoSqlite {
    private LoadPagesIntoSqlite() {}

    /**
     * Loads {@code args[0]}, a folder, into the database file {@code args[1]} and exits: 0 when every
     * page loaded, 1 when some could not be parsed, 2 for wrong arguments.
     *
     * @param args the folder and the database file
     */
    public static void main(String[] args) {
        if (args.length != 2 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: LoadPagesIntoSqlite FOLDER DATABASE-FILE  (FOLDER must exist)");
            System.exit(2);
        }
        try {
            System.exit(load(Path.of(args[0]), Path.of(args[1]), System.out, System.err));
        } catch (IOException | SQLException e) {
            System.err.println("cannot load " + args[0] + " into " + args[1] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Loads the folder's pages into the database and prints what was done and the summary.
     *
     * @param folder the folder of page files
     * @param database the SQLite database file; created when it does not exist
     * @param out where the counts and the summary go
     * @param err where pages the parser rejects are reported
     * @return 0 when every page loaded, 1 when some could not be parsed
     * @throws IOException if the folder cannot be walked or a file read
     * @throws SQLException if the database cannot be opened or written
     */
    public static int load(Path folder, Path database, PrintStream out, PrintStream err)
            throws IOException, SQLException {
        OsceParser parser = OsceParser.create();
        Map<PageStore.Stored, Integer> counts = new EnumMap<>(PageStore.Stored.class);
        int failed = 0;
        try (PageStore store = PageStore.open(database)) {
            for (Path file : pageFiles(folder)) {
                String name = nameIn(folder, file);
                String sha256 = ContentHash.sha256(Files.readAllBytes(file));
                if (store.holds(name, sha256)) {
                    counts.merge(PageStore.Stored.UNCHANGED, 1, Integer::sum);
                    continue;
                }
                OscePage page;
                try {
                    page = parser.parse(file);
                } catch (OsceParseException e) {
                    err.println(name + ": " + e.getMessage());
                    failed++;
                    continue;
                }
                counts.merge(store.store(name, sha256, page), 1, Integer::sum);
            }
            store.commit();
            out.printf(
                    "%s: %d new, %d changed, %d unchanged, %d failed%n",
                    database,
                    counts.getOrDefault(PageStore.Stored.NEW, 0),
                    counts.getOrDefault(PageStore.Stored.CHANGED, 0),
                    counts.getOrDefault(PageStore.Stored.UNCHANGED, 0),
                    failed);
            PressReleasesPerYear.print(PressReleasesPerYear.query(store.connection()), out);
            PressReleasesPerStructure.print(PressReleasesPerStructure.query(store.connection()), out);
        }
        return failed == 0 ? 0 : 1;
    }

    private static List<Path> pageFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }

    /** The key of a page: its path in the folder, with {@code /} between names on every system. */
    private static String nameIn(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
