package io.github.osceparser.examples.spark;

import io.github.osceparser.examples.warc.SkippedRecords;
import java.io.Serializable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * What the job's tasks count, for the summary it prints: Spark accumulators, added up on the driver.
 * A task that Spark runs again (after a lost executor) counts again, so the numbers are exact only
 * for a run without failures; the output itself never has duplicates.
 */
final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator pages;
    private final LongAccumulator errors;
    private final LongAccumulator skippedFiles;
    private final LongAccumulator notPages;
    private final LongAccumulator otherHosts;

    JobCounters(SparkSession spark) {
        pages = spark.sparkContext().longAccumulator("osce pages");
        errors = spark.sparkContext().longAccumulator("osce errors");
        skippedFiles = spark.sparkContext().longAccumulator("osce files skipped");
        notPages = spark.sparkContext().longAccumulator("osce archive records that are not pages");
        otherHosts = spark.sparkContext().longAccumulator("osce archive records of other hosts");
    }

    void page() {
        pages.add(1);
    }

    void error() {
        errors.add(1);
    }

    void skippedFile() {
        skippedFiles.add(1);
    }

    void skippedRecords(SkippedRecords skipped) {
        notPages.add(skipped.count(SkippedRecords.Reason.NOT_A_PAGE));
        otherHosts.add(skipped.count(SkippedRecords.Reason.OTHER_HOST));
    }

    /** The totals, read on the driver once the job has run. */
    JobSummary summary(long nanos) {
        SkippedRecords records = new SkippedRecords();
        records.add(SkippedRecords.Reason.NOT_A_PAGE, notPages.value());
        records.add(SkippedRecords.Reason.OTHER_HOST, otherHosts.value());
        return new JobSummary(pages.value(), errors.value(), skippedFiles.value(), records, nanos);
    }
}
