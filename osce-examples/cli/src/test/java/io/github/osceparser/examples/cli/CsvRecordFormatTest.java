package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.examples.common.PageOrigin;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** Every kind of the sealed {@link OscePage} gets its CSV row: a new kind without columns fails here. */
class CsvRecordFormatTest {
    @Test
    void writesARowForEveryKindOfPage() {
        CsvRecordFormat csv = new CsvRecordFormat(false);
        Fixtures.onePerKind().forEach((kind, name) -> {
            OscePage page = OsceParser.create().parse(Fixtures.load(name));

            String row = csv.page(PageOrigin.file("p.txt"), page);

            assertThat(row)
                    .as(kind.getSimpleName())
                    .startsWith("p.txt," + page.type().jsonName() + "," + page.language() + ",")
                    .endsWith(",\r\n");
        });
    }
}
