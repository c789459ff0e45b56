package io.github.osceparser.examples.cli;

import io.github.osceparser.examples.warc.SkippedRecords;
import io.github.osceparser.model.PageType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The counts behind the one-line summary of a run: pages by type, errors, skipped files and records, time. */
final class BatchSummary {
    private final Map<PageType, Integer> pagesByType = new EnumMap<>(PageType.class);
    private int errors;

    /** Counts one outcome. */
    void count(Outcome outcome) {
        if (outcome.failed()) {
            errors++;
        } else {
            pagesByType.merge(outcome.type(), 1, Integer::sum);
            if (outcome.damaged()) {
                errors++;
            }
        }
    }

    /** How many files (or archive records) gave an error record. */
    int errors() {
        return errors;
    }

    /**
     * The summary, such as {@code 5 pages (2 press-release, 1 news-item, 2 field-of-work), 0 errors,
     * 5 skipped in 0.4 s}; when web archives were read, the records they held that were no pages
     * follow the skipped files: {@code 5 skipped, 7 archive records skipped (5 not pages, 2 other
     * hosts) in 0.4 s}.
     *
     * @param skipped how many files were skipped
     * @param skippedRecords the archive records skipped; null when no archive was read
     */
    String line(int skipped, SkippedRecords skippedRecords, Duration elapsed) {
        int pages = pagesByType.values().stream().mapToInt(Integer::intValue).sum();
        StringJoiner byType = new StringJoiner(", ", " (", ")").setEmptyValue("");
        pagesByType.forEach((type, n) -> byType.add(n + " " + type.jsonName()));
        String records = skippedRecords == null ? "" : ", " + skippedRecords.summary();
        return plural(pages, "page") + byType + ", " + plural(errors, "error") + ", " + skipped + " skipped" + records
                + " in " + String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
