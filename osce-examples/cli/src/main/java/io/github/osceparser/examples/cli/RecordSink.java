package io.github.osceparser.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes records in order, with the header, separators and footer of their format. */
final class RecordSink {
    private final Writer out;
    private final RecordFormat format;
    private boolean empty = true;

    /** Writes the format's header at once, so that even a run without pages gives valid output. */
    RecordSink(Writer out, RecordFormat format) {
        this.out = out;
        this.format = format;
        append(format.header());
    }

    /** Writes one record. */
    void write(String record) {
        if (!empty) {
            append(format.separator());
        }
        append(record);
        empty = false;
    }

    /** Writes the footer and flushes. */
    void finish() {
        append(format.footer(empty));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
