package io.github.osceparser.examples.spark;

import io.github.osceparser.examples.warc.PageScope;
import java.util.Locale;
import java.util.Objects;

/**
 * The job's command line: {@code INPUT OUTPUT [--format parquet|json] [--any-host]}.
 *
 * @param input a file, folder (read recursively) or glob, in any file system Spark reads
 * @param output the folder to write, which must not exist
 * @param format the output format
 * @param scope which hosts' pages of web archives to parse
 */
public record JobOptions(String input, String output, Format format, PageScope scope) {
    /** The usage, for a wrong command line. */
    public static final String USAGE = "usage: OscePagesJob INPUT OUTPUT [--format parquet|json] [--any-host]\n"
            + "  INPUT   page files (.txt, .html, .htm) and web archives (.warc, .warc.gz): a file, a folder\n"
            + "          (read recursively) or a glob, on any file system Spark reads (file:, hdfs:, s3a:)\n"
            + "  OUTPUT  the dataset to write, a folder that must not exist\n"
            + "  --format parquet (default) or json (JSON Lines)\n"
            + "  --any-host  parse the pages of every host in web archives, not only osce.org's";

    /** The output formats. */
    public enum Format {
        /** A Parquet dataset. */
        PARQUET,
        /** JSON Lines files, one object per page, null columns left out. */
        JSON
    }

    /** Checks every value is given. */
    public JobOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(scope, "scope");
    }

    /**
     * Reads the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException with the problem and {@link #USAGE} if the command line is wrong
     */
    public static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        Format format = Format.PARQUET;
        PageScope scope = PageScope.OSCE_ORG;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--any-host")) {
                scope = PageScope.ANY_HOST;
            } else if (arg.equals("--format")) {
                if (i + 1 == args.length) {
                    throw wrong("--format needs a value");
                }
                format = format(args[++i]);
            } else if (arg.startsWith("--format=")) {
                format = format(arg.substring("--format=".length()));
            } else if (arg.startsWith("-")) {
                throw wrong("unknown option " + arg);
            } else if (input == null) {
                input = arg;
            } else if (output == null) {
                output = arg;
            } else {
                throw wrong("one INPUT and one OUTPUT, but also got " + arg);
            }
        }
        if (output == null) {
            throw wrong("INPUT and OUTPUT are needed");
        }
        return new JobOptions(input, output, format, scope);
    }

    private static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw wrong("--format is parquet or json, not " + name);
        }
    }

    private static IllegalArgumentException wrong(String problem) {
        return new IllegalArgumentException(problem + "\n" + USAGE);
    }
}
