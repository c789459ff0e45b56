package io.github.osceparser.examples.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the job's output with the command line's on the same page files, for load runs, not
 * tests: the number of rows against the number of records, and a sample of rows, column by column,
 * against the records of the same files. Files are matched by their path below a folder both runs
 * name, so the two may have read copies in different places.
 *
 * <pre>
 * java [Spark's --add-opens, as in the README] -cp "osce-examples/spark/target/test-classes:$(cat
 *     osce-examples/spark/target/test.classpath)" io.github.osceparser.examples.spark.CliComparison \
 *     pages.parquet pages.jsonl /tmp/pages/ 1000
 * </pre>
 *
 * <p>Arguments: the job's Parquet output, the command's JSON Lines, the folder the files' paths are
 * taken below (the part of each path up to it is dropped on both sides; a path without it, as the
 * command writes the files of a folder given alone, relative to it, is taken as it is), and how many records to
 * compare (every n-th of the command's records whose file the job read, n chosen to give that many).
 * The command's output may hold more files than the job read: only the records of files the job has a
 * row for are counted. Prints the counts and every difference;
 * exits 1 if any.
 */
public final class CliComparison {
    private CliComparison() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: CliComparison JOB.parquet CLI.jsonl FOLDER SAMPLE");
            System.exit(2);
        }
        String folder = args[2];
        int sample = Integer.parseInt(args[3]);
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("CliComparison")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        Dataset<Row> rows = spark.read().parquet(args[0]);
        Set<String> jobFiles = new HashSet<>();
        for (Row row : rows.select("file").collectAsList()) {
            jobFiles.add(relative(URI.create(row.getString(0)).getPath(), folder));
        }
        long rowCount = rows.count();
        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> matching = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode record = mapper.readTree(line);
                if (jobFiles.contains(relative(record.get("file").asString(), folder))) {
                    matching.add(record);
                }
            }
        }
        long step = Math.max(1, matching.size() / sample);
        Map<String, JsonNode> records = new HashMap<>();
        for (int i = 0; i < matching.size(); i += step) {
            JsonNode record = matching.get(i);
            records.put(relative(record.get("file").asString(), folder), record);
        }
        long recordCount = matching.size();
        matching.clear();
        Map<String, Row> sampled = new HashMap<>();
        for (Row row : rows.filter(rows.col("file").isin(fileNames(rows, records, folder)))
                .collectAsList()) {
            sampled.put(relative(URI.create(row.getAs("file")).getPath(), folder), row);
        }
        int differences = 0;
        int compared = 0;
        for (Map.Entry<String, Row> entry : sampled.entrySet()) {
            JsonNode record = records.get(entry.getKey());
            Row row = entry.getValue();
            compared++;
            boolean same = Objects.equals(row.<String>getAs("error") == null, record.get("error") == null)
                    && RowJson.pageFields(row).equals(RowJson.comparable(RowJson.pageFields(record)));
            if (!same) {
                differences++;
                System.out.println("differs: " + entry.getKey() + "\n  job: " + RowJson.pageFields(row) + "\n  cli: "
                        + RowJson.comparable(RowJson.pageFields(record)));
            }
        }
        System.out.println("job rows " + rowCount + ", command line records " + recordCount + ", sampled " + compared
                + " of " + records.size() + ", " + differences + " differ");
        spark.stop();
        System.exit(differences == 0 ? 0 : 1);
    }

    /** The job's names of the sampled files: "file:" and the absolute path. */
    private static Object[] fileNames(Dataset<Row> rows, Map<String, JsonNode> records, String folder) {
        String prefix = rows.select("file").first().<String>getAs(0);
        String base = prefix.substring(0, prefix.indexOf(folder) + folder.length());
        return records.keySet().stream().map(path -> base + path).toArray();
    }

    private static String relative(String path, String folder) {
        int at = path.indexOf(folder);
        return at < 0 ? path : path.substring(at + folder.length());
    }
}
