package io.github.osceparser.examples.cli;

import io.github.osceparser.examples.warc.PageScope;
import io.github.osceparser.examples.warc.SkippedRecords;
import io.github.osceparser.parser.OsceParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code osce parse}: page files and folders in, one record per page out, in a fixed order. */
@Command(
        name = "parse",
        header = "Parses saved pages into JSON Lines, one JSON array or CSV.",
        mixinStandardHelpOptions = true,
        versionProvider = OsceVersion.class,
        description = {
            "Parses page files and folders of them, walked recursively: .txt files are page text (UTF-8),"
                    + " .html and .htm files HTML, .warc, .warc.gz, .arc and .arc.gz files web archives, whose HTML pages of"
                    + " osce.org are parsed; other files in folders are skipped with a note, and a file named"
                    + " on the command line that is none of these gives an error record. Folders reached"
                    + " through symbolic links are followed, once each. Writes one record per"
                    + " page: the file (and, for an archive's page, the record's offset, url and warcDate),"
                    + " then the page's fields in the library's JSON format.",
            "A file or archive record that cannot be read or parsed gives a record with its error, and the"
                    + " batch goes on."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every page parsed",
            "1:some files or archive records gave an error record, or the output could not be written",
            "2:usage error: an unknown option, a path that does not exist"
        })
final class ParseCommand implements Callable<Integer> {
    private final StandardStreams streams;

    @Spec
    private CommandSpec spec;

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description = "A page file, a web archive, a folder of them, or - for page text on standard input.")
    private List<String> paths;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the records to FILE instead of standard output.")
    private Path output;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "jsonl (one JSON object per line), json (one array) or csv"
                    + " (file,type,language,title,date,place,sources,sourceIds,fieldsOfWork,structures,countries,error; with web archives,"
                    + " offset,url,warcDate after file). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format = OutputFormat.JSONL;

    @Option(
            names = {"-t", "--threads"},
            paramLabel = "N",
            description = "Parse N files at a time. Default: the number of processors (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--any-host",
            description = "Parse the pages of every host in web archives, not only those of osce.org and its"
                    + " subdomains.")
    private boolean anyHost;

    @Option(
            names = "--max-input-length",
            paramLabel = "N",
            description = "Refuse pages longer than N characters (HTML read from a file: N bytes), and web"
                    + " archive records of more than N bytes. Default: ${DEFAULT-VALUE}.")
    private int maxInputLength = OsceParser.DEFAULT_MAX_INPUT_LENGTH;

    @Option(
            names = "--strict",
            description = "Treat content the parser cannot place as an error rather than a diagnostic.")
    private boolean strict;

    ParseCommand(StandardStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        checkOptions();
        try {
            PageFinder.requireExisting(paths);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "No such file or folder: " + e.getMessage());
        }
        PageFormats formats = PageFormats.standard();
        // Only the progress bar's end and the CSV header need to know the pages before they are read.
        PageFinder.Census census =
                streams.errIsTerminal() || format == OutputFormat.CSV ? PageFinder.census(formats, paths) : null;
        boolean archives = census != null && census.archives();
        int total = census == null || archives ? -1 : census.pages();
        PrintWriter err = spec.commandLine().getErr();
        PageFinder finder = new PageFinder(formats);

        OsceParser parser = OsceParser.builder()
                .strict(strict)
                .maxInputLength(maxInputLength)
                .build();
        RecordFormat records = format.records(archives);
        PageTask task = new PageTask(parser, new PageReader(streams.in(), parser.maxInputLength()), records);
        BatchSummary summary = new BatchSummary();
        SkippedRecords skippedRecords;
        try (Writer out = openOutput();
                PageJobs jobs = new PageJobs(
                        finder.find(paths),
                        task,
                        anyHost ? PageScope.ANY_HOST : PageScope.OSCE_ORG,
                        parser.maxInputLength());
                Progress progress = Progress.of(streams, total)) {
            RecordSink sink = new RecordSink(out, records);
            new InOrderExecutor(threads, threads * 4).run(jobs, Supplier::get, outcome -> {
                sink.write(outcome.record());
                summary.count(outcome);
                progress.step();
            });
            sink.finish();
            skippedRecords = jobs.metArchives() ? jobs.skippedRecords() : null;
        } catch (UncheckedIOException e) {
            throw new IOException(
                    "cannot write " + outputName() + ": " + e.getCause().getMessage(), e);
        }
        finder.skipped().note(formats.extensions()).ifPresent(note -> err.println("osce: " + note));
        err.println("osce: "
                + summary.line(finder.skipped().count(), skippedRecords, Duration.ofNanos(System.nanoTime() - start)));
        return summary.errors() == 0 ? 0 : 1;
    }

    private void checkOptions() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, was " + threads);
        }
        if (maxInputLength < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--max-input-length must be 1 or more, was " + maxInputLength);
        }
        Path folder = output == null ? null : output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "No such folder for --output: " + folder);
        }
    }

    /** The output file, or standard output, which stays open for the caller. */
    private Writer openOutput() throws IOException {
        if (output != null) {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        }
        return new BufferedWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8)) {
            @Override
            public void flush() throws IOException {
                super.flush();
                // A PrintStream (an embedding program's System.out) keeps its errors to itself.
                if (streams.out() instanceof PrintStream print && print.checkError()) {
                    throw new IOException("the stream reported an error");
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private String outputName() {
        return output == null ? "standard output" : output.toString();
    }
}
