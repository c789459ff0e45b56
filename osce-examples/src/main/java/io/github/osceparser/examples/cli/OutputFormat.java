package io.github.osceparser.examples.cli;

import java.util.Locale;
import java.util.function.Supplier;

/** The values of {@code --format}. */
enum OutputFormat {
    /** One JSON object per line. */
    JSONL(JsonRecordFormat::lines),
    /** One JSON array of the same objects. */
    JSON(JsonRecordFormat::array),
    /** One CSV row per page, after a header row. */
    CSV(CsvRecordFormat::new);

    private final Supplier<RecordFormat> records;

    OutputFormat(Supplier<RecordFormat> records) {
        this.records = records;
    }

    /** How the records of this format look. */
    RecordFormat records() {
        return records.get();
    }

    /** The name as typed on the command line and shown in the help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
