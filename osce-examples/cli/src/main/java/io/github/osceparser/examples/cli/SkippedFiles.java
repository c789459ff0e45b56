package io.github.osceparser.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files the command found but does not read, summed up in one note: a folder of 100,000 pages
 * often holds as many other files (the fixture folders keep a golden {@code .json} beside each page),
 * and one line per file would bury the summary.
 */
final class SkippedFiles {
    private static final int NAMES_SHOWN = 3;

    private final Map<String, Integer> countByExtension = new TreeMap<>();
    private final List<String> firstNames = new ArrayList<>();
    private int count;

    /** Counts one skipped file, named as the output would name it. */
    void add(String file) {
        count++;
        String extension = PageFormats.extensionOf(file);
        countByExtension.merge(extension.isEmpty() ? "no extension" : "." + extension, 1, Integer::sum);
        if (firstNames.size() < NAMES_SHOWN) {
            firstNames.add(file);
        }
    }

    /** How many files were skipped. */
    int count() {
        return count;
    }

    /**
     * The note for standard error, such as {@code skipped 2 files with an extension osce does not read
     * (it reads .txt): 2 .json (a.json, b.json)}; empty when nothing was skipped.
     *
     * @param readExtensions the extensions the command reads, without their dots
     */
    Optional<String> note(Iterable<String> readExtensions) {
        if (count == 0) {
            return Optional.empty();
        }
        List<String> read = new ArrayList<>();
        readExtensions.forEach(extension -> read.add("." + extension));
        List<String> kinds = new ArrayList<>();
        countByExtension.forEach((extension, n) -> kinds.add(n + " " + extension));
        String names = String.join(", ", firstNames) + (count > firstNames.size() ? ", ..." : "");
        return Optional.of("skipped " + count + (count == 1 ? " file" : " files")
                + " with an extension osce does not read (it reads " + String.join(", ", read) + "): "
                + String.join(", ", kinds) + " (" + names + ")");
    }
}
