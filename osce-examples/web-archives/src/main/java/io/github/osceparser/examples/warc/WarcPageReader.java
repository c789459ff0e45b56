package io.github.osceparser.examples.warc;

import io.github.osceparser.examples.warc.SkippedRecords.Reason;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the pages of one WARC file ({@code .warc} or {@code .warc.gz}) or ARC file ({@code .arc},
 * {@code .arc.gz}, which jwarc reads as a dialect of WARC), one record at a time, in
 * file order. Every {@code response} record of a successful HTTP response whose payload is HTML, and
 * every {@code resource} record of {@code text/html} or {@code text/plain}, gives an {@link
 * ArchivedPage}; the other records are skipped and counted in {@link #skipped()}.
 *
 * <p>Only the current record is in memory, so an archive of any size goes through a small heap. A
 * damaged archive never throws: the records before the damage come out as usual, then one {@link
 * UnreadableRecord} that {@linkplain UnreadableRecord#endsArchive() ends the archive}; a single bad
 * record gives an {@code UnreadableRecord} and reading goes on.
 *
 * <p>Not thread-safe: one thread reads; the pages it gives may be parsed on any thread.
 */
public final class WarcPageReader implements Closeable {
    private static final Pattern JWARC_OFFSET = Pattern.compile(" \\(offset \\d+\\)$");
    private static final Pattern SIGN_EXTENDED_BYTE = Pattern.compile("\\\\xffffff([0-9a-fA-F]{2})");

    private final WarcRecords records;
    private final PageScope scope;
    private final long maxRecordBytes;
    private final SkippedRecords skipped = new SkippedRecords();
    private boolean ended;

    private WarcPageReader(WarcRecords records, PageScope scope, long maxRecordBytes) {
        this.records = records;
        this.scope = scope;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * A reader of a WARC file.
     *
     * @param in the file from its first byte, compressed or not; closed by {@link #close()}
     * @param scope which hosts' pages to give
     * @param maxRecordBytes the largest page record to read into memory, such as the parser's {@link
     *     io.github.osceparser.parser.OsceParser#maxInputLength() limit}; a larger one gives an
     *     {@link UnreadableRecord}
     * @return the reader
     * @throws IOException if the file's first bytes cannot be read
     */
    public static WarcPageReader of(InputStream in, PageScope scope, long maxRecordBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(scope, "scope");
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive, was " + maxRecordBytes);
        }
        return new WarcPageReader(WarcRecords.open(in), scope, maxRecordBytes);
    }

    /**
     * The next page or unreadable record; records that are not pages are skipped on the way.
     *
     * @return the entry, or empty at the end of the archive (and after an entry that ended it)
     */
    public Optional<ArchiveEntry> next() {
        while (!ended) {
            WarcRecord record;
            try {
                Optional<WarcRecord> next = records.next();
                if (next.isEmpty()) {
                    ended = true;
                    return records.warning() == null
                            ? Optional.empty()
                            : Optional.of(damage(records.offset(), null, null, records.warning()));
                }
                record = next.get();
            } catch (IOException | RuntimeException e) {
                ended = true;
                return Optional.of(damage(records.offset(), null, null, describe(e)));
            }
            Optional<ArchiveEntry> entry = read(record, records.offset());
            if (entry.isPresent()) {
                return entry;
            }
        }
        return Optional.empty();
    }

    /** The records skipped so far, and why. */
    public SkippedRecords skipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    /** The record's page, its problem, or empty when it is no page; every byte of its block is read either way. */
    private Optional<ArchiveEntry> read(WarcRecord record, long offset) {
        String url = targetOf(record);
        Instant date = dateOf(record);
        try {
            ArchivedPage.Kind kind;
            try {
                kind = kindOf(record, url);
            } catch (ParsingException e) {
                drain(record.body());
                return Optional.of(new UnreadableRecord(
                        offset, url, date, "the archived HTTP response cannot be read: " + e.getMessage(), false));
            }
            if (kind == null) {
                drain(record.body());
                return Optional.empty();
            }
            MessageBody body = record.body();
            long size = body.size();
            if (size > maxRecordBytes) {
                drain(body);
                return Optional.of(new UnreadableRecord(
                        offset,
                        url,
                        date,
                        "the record has " + size + " bytes, more than the limit of " + maxRecordBytes,
                        false));
            }
            ByteArrayOutputStream read = new ByteArrayOutputStream((int) size);
            String cut = null;
            try (InputStream in = body.stream()) {
                byte[] buffer = new byte[8192];
                for (int n; read.size() < size && (n = in.read(buffer)) >= 0; ) {
                    read.write(buffer, 0, n);
                }
            } catch (EOFException e) {
                // jwarc's way of saying the file ends inside the record: below.
            }
            byte[] block = read.toByteArray();
            if (block.length < size) {
                // The file ends inside the record: keep what there is, as warcio does, and say so.
                ended = true;
                cut = "the archive ends inside this record, " + (size - block.length) + " of its " + size
                        + " bytes missing (a truncated file?): the page is read from the bytes there are";
            }
            return Optional.of(
                    new ArchivedPage(offset, url, date, kind, block, Charsets.of(record.contentType()), cut));
        } catch (IOException | RuntimeException e) {
            ended = true;
            return Optional.of(damage(offset, url, date, describe(e)));
        }
    }

    /** The kind of page the record holds, or null (counted as skipped) when it holds none. */
    private ArchivedPage.Kind kindOf(WarcRecord record, String url) throws IOException {
        if (record instanceof WarcResponse response && isHttp(response.contentType())) {
            if (!scope.includes(url)) {
                return skip(Reason.OTHER_HOST);
            }
            HttpResponse http = response.http();
            boolean success = http.status() >= 200 && http.status() < 300;
            MediaType payloadType = http.headers().first("Content-Type").isPresent()
                    ? http.contentType()
                    : response.identifiedPayloadType().orElse(null);
            return success && isHtml(payloadType) ? ArchivedPage.Kind.HTTP_RESPONSE : skip(Reason.NOT_A_PAGE);
        }
        if (record instanceof WarcResource resource) {
            MediaType type = resource.contentType();
            boolean html = isHtml(type);
            if (!html && !is(type, "text", "plain")) {
                return skip(Reason.NOT_A_PAGE);
            }
            if (!scope.includes(url)) {
                return skip(Reason.OTHER_HOST);
            }
            return html ? ArchivedPage.Kind.HTML : ArchivedPage.Kind.TEXT;
        }
        return skip(Reason.NOT_A_PAGE);
    }

    private ArchivedPage.Kind skip(Reason reason) {
        skipped.add(reason);
        return null;
    }

    private static boolean isHttp(MediaType type) {
        return is(type, "application", "http");
    }

    private static boolean isHtml(MediaType type) {
        return is(type, "text", "html") || is(type, "application", "xhtml+xml");
    }

    private static boolean is(MediaType type, String mainType, String subtype) {
        return type != null
                && type.type().equalsIgnoreCase(mainType)
                && type.subtype().equalsIgnoreCase(subtype);
    }

    /**
     * Reads the rest of a record's block. jwarc would skip it too, but silently at the end of a cut
     * file; reading it here turns a cut into an {@link EOFException}.
     */
    private static void drain(MessageBody body) throws IOException {
        body.stream().transferTo(OutputStream.nullOutputStream());
    }

    private static String targetOf(WarcRecord record) {
        try {
            return record instanceof WarcTargetRecord target ? target.target() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Instant dateOf(WarcRecord record) {
        try {
            return record.date();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static UnreadableRecord damage(long offset, String url, Instant date, String cause) {
        return new UnreadableRecord(
                offset,
                url,
                date,
                "the archive cannot be read past byte offset " + offset + " (a truncated or damaged file?): " + cause,
                true);
    }

    private static String describe(Exception e) {
        if (e instanceof EOFException) {
            return "it ends in the middle of a record" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return e.getMessage() != null ? unsignedBytes(withoutOffset(e.getMessage())) : e.toString();
    }

    /**
     * jwarc ends a parse error with the offset it counted, "(offset 8501)", which a damaged file's
     * Content-Length can carry past the file's end; the message already says where reading stopped.
     */
    private static String withoutOffset(String message) {
        return JWARC_OFFSET.matcher(message).replaceFirst("");
    }

    /**
     * jwarc quotes the bytes around a parse error as Java bytes, sign-extended ({@code \xffffffa8});
     * a person, and every hex dump, reads them as {@code \xa8}.
     */
    static String unsignedBytes(String message) {
        return SIGN_EXTENDED_BYTE.matcher(message).replaceAll("\\\\x$1");
    }
}
