package io.github.osceparser.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files of the job's input, listed on the driver through Hadoop's file system layer: a file, a
 * folder (walked recursively) or a glob of either. Names starting with {@code _} or {@code .} are
 * left out, as Hadoop's input formats leave them (a job's {@code _SUCCESS}, a crawler's partial
 * {@code .open} file).
 *
 * <p>Spark's own {@code binaryFiles} packs many small files into each task, but every file it opens
 * reads the list of all files of the task again: 20,000 pages in two tasks took minutes before the
 * first page was parsed. So the job lists the files itself and hands the tasks their paths.
 */
final class InputFiles {
    private InputFiles() {}

    /**
     * The files, fully qualified ({@code file:/...}, {@code hdfs://...}), in the order listed.
     *
     * @throws UncheckedIOException if the input cannot be listed
     * @throws IllegalArgumentException if nothing matches the input
     */
    static List<String> list(String input, Configuration configuration) {
        try {
            Path pattern = new Path(input);
            FileSystem fileSystem = pattern.getFileSystem(configuration);
            FileStatus[] matches = fileSystem.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            List<String> files = new ArrayList<>();
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    walk(fileSystem, match.getPath(), files);
                } else if (match.isFile()) {
                    files.add(match.getPath().toString());
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds the visible files under a folder, in name order. {@code listStatus}, not {@code
     * listFiles}: on the local file system without Hadoop's native library, {@code listFiles} runs
     * one {@code ls} process per file to learn its permissions, minutes for a folder of 20,000 pages.
     */
    private static void walk(FileSystem fileSystem, Path folder, List<String> files) throws IOException {
        FileStatus[] entries = fileSystem.listStatus(folder);
        Arrays.sort(entries);
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                continue;
            }
            if (entry.isDirectory()) {
                walk(fileSystem, entry.getPath(), files);
            } else if (entry.isFile()) {
                files.add(entry.getPath().toString());
            }
        }
    }
}
