package io.github.osceparser.examples.cli;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns one page input into its output record. Nothing a single file does stops the batch: a file
 * that cannot be read, page text that is not UTF-8, or a page the parser rejects gives an error
 * record.
 */
final class PageTask {
    private final OsceParser parser;
    private final PageReader reader;
    private final RecordFormat records;

    PageTask(OsceParser parser, PageReader reader, RecordFormat records) {
        this.parser = parser;
        this.reader = reader;
        this.records = records;
    }

    /** The record of the page, or the error record of the file; safe to call from several threads. */
    Outcome apply(PageInput input) {
        try {
            OscePage page = input.format().parse(parser, reader.read(input));
            return new Outcome(records.page(input.file(), page), page.type());
        } catch (IOException e) {
            return failed(input, describe(e));
        } catch (OsceParseException e) {
            return failed(input, e.getMessage());
        } catch (RuntimeException e) {
            // A defect of the parser on one page must not cost the user the other 99,999.
            return failed(input, "the parser failed on this page: " + e);
        }
    }

    private Outcome failed(PageInput input, String message) {
        return new Outcome(records.error(input.file(), message), null);
    }

    /** The file system's exceptions carry only the path as their message; say what happened. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read: no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return "cannot read: "
                    + (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
