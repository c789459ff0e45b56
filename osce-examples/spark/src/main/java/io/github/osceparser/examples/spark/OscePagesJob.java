package io.github.osceparser.examples.spark;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * An Apache Spark application that parses pages of osce.org at scale: page files and web archives
 * in, one row per page out, as a Parquet dataset (or JSON Lines) whose columns are the library's
 * JSON format with real types ({@link PageSchema}).
 *
 * <pre>
 * spark-submit --master 'local[*]' --class io.github.osceparser.examples.spark.OscePagesJob \
 *     osce-examples/spark/target/osce-spark.jar 'crawls/*.warc.gz' pages.parquet
 * </pre>
 *
 * <p>Every file is read through Spark's Hadoop file system layer, so the input may be on a local
 * disk, HDFS or S3; a folder is read recursively. Each file is one unit of work: a web archive is
 * read as a stream by one task, and many small page files are packed into each task. A page that
 * cannot be read or parsed becomes a row with an {@code error} and never fails the job. Each
 * executor JVM builds one parser and shares it among its task threads.
 */
public final class OscePagesJob {
    private OscePagesJob() {}

    /**
     * Runs the job in the session {@code spark-submit} (or {@code -Dspark.master}) sets up, prints
     * the summary line on standard error, and stops the session.
     *
     * @param args {@code INPUT OUTPUT [--format parquet|json] [--any-host]}
     */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("osce-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        QuietLogging.unlessAsked();
        SparkSession spark = SparkSession.builder().appName("osce-pages").getOrCreate();
        try {
            JobSummary summary = run(spark, options);
            System.err.println("osce-spark: " + summary.line());
        } finally {
            spark.stop();
        }
    }

    /**
     * Parses the input and writes the dataset.
     *
     * @param spark the session
     * @param options what to read and write
     * @return what the run did
     */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        List<String> files = InputFiles.list(options.input(), hadoop);
        JobCounters counters = new JobCounters(spark);
        FileRows fileRows = new FileRows(
                SerializableConfiguration.broadcast(spark.sparkContext(), hadoop), options.scope(), counters);
        JavaRDD<Row> rows = context.parallelize(files, slices(files.size(), context.defaultParallelism()))
                .flatMap(fileRows);
        Dataset<Row> pages = spark.createDataFrame(rows, PageSchema.SCHEMA);
        DataFrameWriter<Row> writer = pages.write();
        switch (options.format()) {
            case PARQUET -> writer.parquet(options.output());
            case JSON -> writer.json(options.output());
        }
        return counters.summary(System.nanoTime() - start);
    }

    /**
     * How many tasks share the files: a web archive, a large unit of work, gets a task of its own
     * when there are few; page files, small ones, go a thousand or so to a task, and there are at
     * least four tasks per core so that the cores stay busy to the end.
     */
    static int slices(int files, int parallelism) {
        int slices = Math.max(4 * parallelism, (files + 999) / 1000);
        return Math.max(1, Math.min(files, slices));
    }
}
