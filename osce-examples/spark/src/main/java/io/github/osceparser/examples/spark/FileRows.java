package io.github.osceparser.examples.spark;

import io.github.osceparser.examples.common.PageOrigin;
import io.github.osceparser.examples.warc.ArchiveEntry;
import io.github.osceparser.examples.warc.ArchivedPage;
import io.github.osceparser.examples.warc.PageScope;
import io.github.osceparser.examples.warc.UnreadableRecord;
import io.github.osceparser.examples.warc.WarcPageReader;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The rows of one input file, on an executor: one row for a page file ({@code .txt} page text in
 * UTF-8, {@code .html} or {@code .htm}), one per page record for a web archive ({@code .warc},
 * {@code .warc.gz}), none for other files. An archive is read as a stream, record by record, as
 * Spark asks for rows, so a task holds one record at a time. Nothing a file holds fails the task: a
 * page that cannot be read or parsed becomes a row with its {@code error}.
 */
final class FileRows implements FlatMapFunction<String, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SerializableConfiguration> hadoop;
    private final PageScope scope;
    private final JobCounters counters;

    /**
     * @param hadoop the driver's Hadoop configuration, so that executors reach the file systems
     *     (and credentials) the driver was given
     */
    FileRows(Broadcast<SerializableConfiguration> hadoop, PageScope scope, JobCounters counters) {
        this.hadoop = hadoop;
        this.scope = scope;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return archiveRows(path);
        }
        if (name.endsWith(".txt")) {
            return single(path, false);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return single(path, true);
        }
        counters.skippedFile();
        return Collections.emptyIterator();
    }

    private InputStream open(String path) throws IOException {
        Path file = new Path(path);
        return file.getFileSystem(hadoop.value().value()).open(file);
    }

    private Iterator<Row> single(String path, boolean html) {
        OsceParser parser = SharedParser.get();
        PageOrigin origin = PageOrigin.file(path);
        try (InputStream in = open(path)) {
            OscePage page = html ? parser.parseHtml(in, null, null) : parser.parse(in);
            return Collections.singletonList(pageRow(origin, page)).iterator();
        } catch (IOException | OsceParseException e) {
            return Collections.singletonList(errorRow(origin, e.getMessage())).iterator();
        } catch (RuntimeException e) {
            // A defect of the parser on one page must not fail the task, nor the job.
            return Collections.singletonList(errorRow(origin, "the parser failed on this page: " + e))
                    .iterator();
        }
    }

    private Iterator<Row> archiveRows(String path) {
        WarcPageReader reader;
        try {
            reader = WarcPageReader.of(open(path), scope, SharedParser.get().maxInputLength());
        } catch (IOException e) {
            return Collections.singletonList(errorRow(PageOrigin.file(path), "cannot read: " + e.getMessage()))
                    .iterator();
        }
        TaskContext task = TaskContext.get();
        if (task != null) {
            // Spark may stop consuming the rows early (a failed write, a cancelled job).
            task.addTaskCompletionListener((TaskContext context) -> closeQuietly(reader));
        }
        return new ArchiveIterator(path, reader);
    }

    /** The rows of an archive, read as Spark asks for them. */
    private final class ArchiveIterator implements Iterator<Row> {
        private final String path;
        private final WarcPageReader reader;
        private Row next;
        private boolean done;

        ArchiveIterator(String path, WarcPageReader reader) {
            this.path = path;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                Optional<ArchiveEntry> entry = reader.next();
                if (entry.isPresent()) {
                    next = row(entry.get());
                } else {
                    done = true;
                    counters.skippedRecords(reader.skipped());
                    closeQuietly(reader);
                }
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        private Row row(ArchiveEntry entry) {
            PageOrigin origin = new PageOrigin(path, entry.offset(), entry.url(), entry.warcDate());
            if (entry instanceof UnreadableRecord unreadable) {
                return errorRow(origin, unreadable.message());
            }
            List<String> damage = new ArrayList<>();
            String error;
            try {
                OscePage page = ((ArchivedPage) entry).parse(SharedParser.get(), damage::add);
                if (damage.isEmpty()) {
                    return pageRow(origin, page);
                }
                // A page recovered from a damaged record: its columns, and the damage in error.
                counters.error();
                return PageRows.recovered(origin, page, String.join("; ", damage));
            } catch (IOException | OsceParseException e) {
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = "the parser failed on this page: " + e;
            }
            return errorRow(origin, damage.isEmpty() ? error : error + "; " + String.join("; ", damage));
        }
    }

    private Row pageRow(PageOrigin origin, OscePage page) {
        counters.page();
        return PageRows.page(origin, page);
    }

    private Row errorRow(PageOrigin origin, String message) {
        counters.error();
        return PageRows.error(origin, message == null ? "unknown error" : message);
    }

    private static void closeQuietly(WarcPageReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // Only read from, and read to its end or abandoned: nothing is lost by a failed close.
        }
    }
}
