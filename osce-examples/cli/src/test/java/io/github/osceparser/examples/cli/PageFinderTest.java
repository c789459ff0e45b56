package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk over the arguments: its order, and that it finds files as it goes rather than listing them first. */
class PageFinderTest {
    /**
     * Names whose order as paths differs from the order of their folders' names taken alone: {@code
     * -} and {@code .} sort before {@code /}, {@code 0} and letters after it, capitals before small
     * letters.
     */
    private static final List<String> TREE = List.of(
            "a.txt",
            "a-b.txt",
            "a0.txt",
            "a/x.txt",
            "a/b/c.txt",
            "a/b.txt",
            "a/b-c/d.txt",
            "a-/e.txt",
            "B.txt",
            "b/c/d/e/f.txt",
            "b/c.html",
            "b.txt",
            "b/notes.json",
            "page.warc",
            "z/only.txt");

    @TempDir
    Path temp;

    private Path tree() throws IOException {
        Path root = Files.createDirectory(temp.resolve("tree"));
        for (String name : TREE) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Page " + name + "\n\nA paragraph of " + name + ".\n");
        }
        Files.createDirectories(root.resolve("empty/folder"));
        return root;
    }

    private static List<String> files(Iterator<PageInput> pages) {
        List<String> files = new ArrayList<>();
        pages.forEachRemaining(page -> files.add(page.file()));
        return files;
    }

    /** Every page file under the folder, relative, with / between names, sorted as strings: the order the output had when the walk listed all files first. */
    private static List<String> sortedPaths(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file)
                            .toString()
                            .replace(root.getFileSystem().getSeparator(), "/"))
                    .filter(file -> !file.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void findsTheFilesOfNestedFoldersInTheSortedOrderOfTheirPaths() throws IOException {
        Path root = tree();
        PageFinder finder = new PageFinder(PageFormats.standard());

        List<String> found = files(finder.find(List.of(root.toString())));

        assertThat(found).isEqualTo(sortedPaths(root)).isSorted().hasSize(TREE.size() - 1);
        assertThat(found.subList(0, 8))
                .containsExactly(
                        "B.txt", "a-/e.txt", "a-b.txt", "a.txt", "a/b-c/d.txt", "a/b.txt", "a/b/c.txt", "a/x.txt");
        assertThat(finder.skipped().count()).isEqualTo(1);
    }

    @Test
    void keepsTheArgumentsInTheOrderGivenAndNamesAFileGivenAsGiven() throws IOException {
        Path root = tree();
        String file = root.resolve("a.txt").toString();
        PageFinder finder = new PageFinder(PageFormats.standard());

        List<String> found = files(finder.find(List.of(root.resolve("z").toString(), file, "-")));

        assertThat(found).containsExactly(root.resolve("z") + "/only.txt", file, "-");
    }

    @Test
    void namesThePagesOfSeveralFoldersByTheFolderGivenSoThatEqualNamesStayApart() throws IOException {
        Path root = tree();
        Path other = Files.createDirectory(temp.resolve("other"));
        Files.writeString(other.resolve("a.txt"), "Page\n\nText.\n");
        PageFinder finder = new PageFinder(PageFormats.standard());

        List<String> found = files(finder.find(List.of(root.resolve("z") + "/", other.toString())));
        List<String> alone = files(new PageFinder(PageFormats.standard()).find(List.of(other.toString())));

        assertThat(found).containsExactly(root.resolve("z") + "/only.txt", other + "/a.txt");
        assertThat(alone).as("one folder: paths relative to it").containsExactly("a.txt");
    }

    @Test
    void namesThePagesOfAFolderGivenWithSeveralSlashesAfterItWithOne() throws IOException {
        Path root = tree();
        Path other = Files.createDirectory(temp.resolve("other"));
        Files.writeString(other.resolve("a.txt"), "Page\n\nText.\n");

        List<String> found =
                files(new PageFinder(PageFormats.standard()).find(List.of(root.resolve("z") + "///", other + "/")));

        assertThat(found).containsExactly(root.resolve("z") + "/only.txt", other + "/a.txt");
    }

    @Test
    void findsAFileOfALaterFolderThatWasWrittenAfterTheFirstPageCameOut() throws IOException {
        Path root = tree();
        Iterator<PageInput> pages = new PageFinder(PageFormats.standard()).find(List.of(root.toString()));

        assertThat(pages.next().file()).isEqualTo("B.txt");
        // Had the walk listed every file before giving the first, it could not know of these.
        Files.writeString(root.resolve("z/later.txt"), "Later\n\nWritten after the walk began.\n");
        Files.writeString(root.resolve("b/c/d/e/later.txt"), "Later\n\nWritten after the walk began.\n");
        Files.writeString(root.resolve("new.txt"), "New\n\nIn the first folder, listed already.\n");
        List<String> rest = files(pages);

        assertThat(rest).contains("z/later.txt", "b/c/d/e/later.txt").doesNotContain("new.txt");
        assertThat(rest).isSorted();
    }

    @Test
    void followsLinksToFilesAndFolders() throws IOException {
        Path root = tree();
        List<String> withoutLinks = sortedPaths(root);
        Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("a.txt"));
        Files.createSymbolicLink(root.resolve("link-folder"), root.resolve("a"));

        List<String> found = files(new PageFinder(PageFormats.standard()).find(List.of(root.toString())));

        List<String> linked =
                files(new PageFinder(PageFormats.standard())
                                .find(List.of(root.resolve("a").toString())))
                        .stream()
                        .map(file -> "link-folder/" + file)
                        .toList();
        assertThat(found)
                .containsAll(withoutLinks)
                .contains("link.txt")
                .containsAll(linked)
                .isSorted();
        assertThat(found).hasSize(withoutLinks.size() + 1 + linked.size());
    }

    @Test
    void countsThePagesAndTellsWhetherArchivesAreAmongThemWithoutNotingSkippedFiles() throws IOException {
        Path root = tree();

        PageFinder.Census census = PageFinder.census(PageFormats.standard(), List.of(root.toString()));
        PageFinder.Census noArchives = PageFinder.census(
                PageFormats.standard(), List.of(root.resolve("a").toString(), "-"));

        assertThat(census).isEqualTo(new PageFinder.Census(TREE.size() - 1, true));
        assertThat(noArchives).isEqualTo(new PageFinder.Census(5, false));
    }
}
