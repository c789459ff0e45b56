package io.github.osceparser.examples.spark;

import io.github.osceparser.examples.warc.SkippedRecords;
import java.util.Locale;

/**
 * What a run of the job did.
 *
 * @param pages rows of pages
 * @param errors rows of pages that could not be read or parsed
 * @param skippedFiles input files that are no pages nor archives, by their extension
 * @param skippedRecords archive records that are no pages, or pages of other hosts
 * @param nanos how long the run took, from listing the input to the last row written
 */
public record JobSummary(long pages, long errors, long skippedFiles, SkippedRecords skippedRecords, long nanos) {
    /** Pages and errors written per second. */
    public double rowsPerSecond() {
        return (pages + errors) / (nanos / 1e9);
    }

    /**
     * The summary line, such as {@code 20000 pages, 0 errors, 0 files skipped, 0 archive records
     * skipped in 14.2 s (1408 pages/s)}.
     */
    public String line() {
        return String.format(
                Locale.ROOT,
                "%d pages, %d errors, %d files skipped, %s in %.1f s (%.0f pages/s)",
                pages,
                errors,
                skippedFiles,
                skippedRecords.summary(),
                nanos / 1e9,
                rowsPerSecond());
    }
}
