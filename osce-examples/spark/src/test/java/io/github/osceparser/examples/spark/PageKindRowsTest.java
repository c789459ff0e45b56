package io.github.osceparser.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.examples.common.PageOrigin;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of the sealed {@link OscePage} becomes a row that holds its whole JSON record (but
 * {@code sections}): a new kind without columns fails here, without a Spark session.
 */
class PageKindRowsTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void givesEveryKindOfPageARowEqualToItsRecord() {
        Fixtures.onePerKind().forEach((kind, name) -> {
            OscePage page = PARSER.parse(Fixtures.load(name));
            Row row = PageRows.page(PageOrigin.file(name), page);
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }

            Row typed = new GenericRowWithSchema(values, PageSchema.SCHEMA);

            assertThat(RowJson.pageFields(typed))
                    .as(kind.getSimpleName())
                    .isEqualTo(
                            RowJson.comparable(MAPPER.readTree(OsceJson.create().toJson(page))));
        });
    }
}
