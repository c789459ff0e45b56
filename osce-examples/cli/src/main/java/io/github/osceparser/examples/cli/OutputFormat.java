package io.github.osceparser.examples.cli;

import java.util.Locale;
import java.util.function.Function;

/** The values of {@code --format}. */
enum OutputFormat {
    /** One JSON object per line. */
    JSONL(archives -> JsonRecordFormat.lines()),
    /** One JSON array of the same objects. */
    JSON(archives -> JsonRecordFormat.array()),
    /** One CSV row per page, after a header row. */
    CSV(CsvRecordFormat::new);

    private final Function<Boolean, RecordFormat> records;

    OutputFormat(Function<Boolean, RecordFormat> records) {
        this.records = records;
    }

    /**
     * How the records of this format look.
     *
     * @param archives whether web archives are among the inputs, so that records carry their
     *     offset, address and capture time (JSON names them in each record; CSV needs its columns)
     */
    RecordFormat records(boolean archives) {
        return records.apply(archives);
    }

    /** The name as typed on the command line and shown in the help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
