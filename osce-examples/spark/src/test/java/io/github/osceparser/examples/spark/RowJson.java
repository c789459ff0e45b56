package io.github.osceparser.examples.spark;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rows and JSON records in one shape, so that a test can compare what the job wrote with what the
 * library's JSON format says of the same page: a row becomes a JSON object with its non-null
 * columns, dates as {@code yyyy-MM-dd}; times are compared as instants on both sides, as a
 * timestamp column keeps the instant and not the offset it was written with.
 */
final class RowJson {
    /** The columns that say where a page came from, which the page's own JSON does not have. */
    static final List<String> ORIGIN_COLUMNS = List.of("file", "offset", "url", "warcDate", "error");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RowJson() {}

    /** The page columns of a row as the library's JSON would give them. */
    static ObjectNode pageFields(Row row) {
        ObjectNode object = struct(row, row.schema());
        ORIGIN_COLUMNS.forEach(object::remove);
        return object;
    }

    /** The page fields of the library's JSON, in the row's shape: no {@code sections}, {@code publishedAt} as an instant. */
    static ObjectNode comparable(JsonNode pageJson) {
        ObjectNode object = (ObjectNode) pageJson.deepCopy();
        object.remove("sections");
        instant(object, "publishedAt");
        return object;
    }

    /** A JSON Lines record of the job's output with its page fields only, times as instants. */
    static ObjectNode pageFields(JsonNode jobRecord) {
        ObjectNode object = (ObjectNode) jobRecord.deepCopy();
        ORIGIN_COLUMNS.forEach(object::remove);
        instant(object, "publishedAt");
        return object;
    }

    private static void instant(ObjectNode object, String field) {
        if (object.has(field)) {
            object.put(
                    field,
                    OffsetDateTime.parse(object.get(field).asString())
                            .toInstant()
                            .toString());
        }
    }

    private static ObjectNode struct(Row row, StructType type) {
        ObjectNode object = NODES.objectNode();
        StructField[] fields = type.fields();
        for (int i = 0; i < fields.length; i++) {
            if (!row.isNullAt(i)) {
                object.set(fields[i].name(), value(row, i, fields[i].dataType()));
            }
        }
        return object;
    }

    private static JsonNode value(Row row, int i, DataType type) {
        if (type instanceof StructType struct) {
            return struct(row.getStruct(i), struct);
        }
        if (type instanceof ArrayType array) {
            ArrayNode list = NODES.arrayNode();
            for (Object element : row.getList(i)) {
                list.add(element(element, array.elementType()));
            }
            return list;
        }
        return element(row.get(i), type);
    }

    private static JsonNode element(Object value, DataType type) {
        if (type instanceof StructType struct) {
            return struct((Row) value, struct);
        }
        if (type.equals(DataTypes.StringType)) {
            return NODES.stringNode((String) value);
        }
        if (type.equals(DataTypes.BooleanType)) {
            return NODES.booleanNode((Boolean) value);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return NODES.numberNode((Integer) value);
        }
        if (type.equals(DataTypes.LongType)) {
            return NODES.numberNode((Long) value);
        }
        if (type.equals(DataTypes.DateType)) {
            return NODES.stringNode(value.toString());
        }
        if (type.equals(DataTypes.TimestampType)) {
            Instant instant = value instanceof Instant i ? i : ((java.sql.Timestamp) value).toInstant();
            return NODES.stringNode(instant.toString());
        }
        throw new IllegalArgumentException("no JSON for " + type);
    }
}
