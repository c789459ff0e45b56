package io.github.osceparser.examples.cli;

import io.github.osceparser.examples.warc.ArchiveEntry;
import io.github.osceparser.examples.warc.PageScope;
import io.github.osceparser.examples.warc.SkippedRecords;
import io.github.osceparser.examples.warc.WarcPageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The work of a run in output order: one job per page file, and one per page record of each web
 * archive, in file order. The files are found, and archives read, by the thread that iterates, as
 * the jobs are asked for; archives are read, by the thread that iterates, one record at a time,
 * so that only the records whose jobs are pending are in memory however large the archive; the jobs
 * themselves (decoding and parsing) run on the parsing threads. Iterating never throws: an archive
 * that cannot be opened or read gives an error job.
 */
final class PageJobs implements Iterable<Supplier<Outcome>>, AutoCloseable {
    private final Iterator<PageInput> inputs;
    private final PageTask task;
    private final PageScope scope;
    private final long maxRecordBytes;
    private final SkippedRecords skipped = new SkippedRecords();
    private WarcPageReader archive;
    private String archiveFile;
    private boolean metArchives;

    /**
     * @param inputs the files, in output order, found as the jobs are iterated
     * @param task what each job runs
     * @param scope which hosts' pages of an archive to parse
     * @param maxRecordBytes the largest archive record to read into memory
     */
    PageJobs(Iterator<PageInput> inputs, PageTask task, PageScope scope, long maxRecordBytes) {
        this.inputs = inputs;
        this.task = task;
        this.scope = scope;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Whether a web archive has been met among the inputs so far. */
    boolean metArchives() {
        return metArchives;
    }

    /** The archive records skipped so far, and why; complete once the jobs have all been iterated. */
    SkippedRecords skippedRecords() {
        return skipped;
    }

    /** The jobs; iterate once. */
    @Override
    public Iterator<Supplier<Outcome>> iterator() {
        return new Iterator<>() {
            private Supplier<Outcome> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Supplier<Outcome> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Supplier<Outcome> job = next;
                next = null;
                return job;
            }

            /** The next job, or null after the last. */
            private Supplier<Outcome> advance() {
                while (true) {
                    if (archive != null) {
                        Optional<ArchiveEntry> entry = archive.next();
                        if (entry.isPresent()) {
                            String file = archiveFile;
                            ArchiveEntry record = entry.get();
                            return () -> task.apply(file, record);
                        }
                        closeArchive();
                        continue;
                    }
                    if (!inputs.hasNext()) {
                        return null;
                    }
                    PageInput input = inputs.next();
                    if (input.format() instanceof PageFormat format) {
                        return () -> task.apply(input, format);
                    }
                    metArchives = true;
                    try {
                        archive = WarcPageReader.of(Files.newInputStream(input.path()), scope, maxRecordBytes);
                        archiveFile = input.file();
                    } catch (IOException e) {
                        return () -> task.unreadable(input, e);
                    }
                }
            }
        };
    }

    /** Closes the archive being read, if the run stopped inside one. */
    @Override
    public void close() {
        if (archive != null) {
            closeArchive();
        }
    }

    private void closeArchive() {
        skipped.addAll(archive.skipped());
        try {
            archive.close();
        } catch (IOException e) {
            // The file was only read, and its records are all out: failing to close it loses nothing.
        } finally {
            archive = null;
        }
    }
}
