package io.github.osceparser.examples.cli;

import io.github.osceparser.examples.common.PageOrigin;
import io.github.osceparser.examples.warc.ArchiveEntry;
import io.github.osceparser.examples.warc.ArchivedPage;
import io.github.osceparser.examples.warc.UnreadableRecord;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one page input, or one page record of a web archive, into its output record. Nothing a
 * single file or record does stops the batch: a file that cannot be read, page text that is not
 * UTF-8, a record whose payload cannot be decoded, or a page the parser rejects gives an error
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

    /** The record of the page file, or its error record; safe to call from several threads. */
    Outcome apply(PageInput input, PageFormat format) {
        PageOrigin origin = PageOrigin.file(input.file());
        if (format instanceof RefusedInput refused) {
            return failed(origin, refused.reason());
        }
        return parse(origin, () -> format.parse(parser, reader.read(input)));
    }

    /**
     * The record of a web archive's page, or the error record of a record that gave none; safe to
     * call from several threads.
     *
     * @param file the archive, named as {@link PageInput#file()} says
     * @param entry the page, or the record that could not be read
     */
    Outcome apply(String file, ArchiveEntry entry) {
        PageOrigin origin = new PageOrigin(file, entry.offset(), entry.url(), entry.warcDate());
        if (entry instanceof UnreadableRecord unreadable) {
            return failed(origin, forCommandLine(unreadable.message()));
        }
        ArchivedPage page = (ArchivedPage) entry;
        List<String> damage = new ArrayList<>();
        Outcome outcome = parse(origin, () -> page.parse(parser, damage::add), damage);
        if (damage.isEmpty() || outcome.failed()) {
            return outcome;
        }
        // The page recovered from a damaged record, then the damage, at the same offset.
        String error = records.error(origin, String.join("; ", damage));
        return new Outcome(outcome.record() + records.separator() + error, outcome.type(), true);
    }

    /** The error record of a file that could not be opened. */
    Outcome unreadable(PageInput input, IOException e) {
        return failed(PageOrigin.file(input.file()), describe(e));
    }

    /** Something that reads and parses one page. */
    private interface PageSource {
        OscePage parse() throws IOException;
    }

    private Outcome parse(PageOrigin origin, PageSource source) {
        return parse(origin, source, List.of());
    }

    /** @param damage what the source was recovered from, said after the error when it gives no page */
    private Outcome parse(PageOrigin origin, PageSource source, List<String> damage) {
        String error;
        try {
            OscePage page = source.parse();
            return new Outcome(records.page(origin, page), page.type(), false);
        } catch (IOException e) {
            error = describe(e);
        } catch (OsceParseException e) {
            error = forCommandLine(e.getMessage());
        } catch (RuntimeException e) {
            // A defect of the parser on one page must not cost the user the other 99,999.
            error = "the parser failed on this page: " + e;
        }
        return failed(origin, damage.isEmpty() ? error : error + "; " + String.join("; ", damage));
    }

    /**
     * The parser's message with its advice in the command's terms: the library tells a program to
     * raise {@code OsceParser.builder().maxInputLength(...)}, the command's user has {@code
     * --max-input-length}.
     */
    static String forCommandLine(String message) {
        return message.replace("OsceParser.builder().maxInputLength(...)", "--max-input-length");
    }

    private Outcome failed(PageOrigin origin, String message) {
        return new Outcome(records.error(origin, message), null, false);
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
