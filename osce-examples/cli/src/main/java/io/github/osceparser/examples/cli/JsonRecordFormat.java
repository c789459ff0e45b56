package io.github.osceparser.examples.cli;

import io.github.osceparser.examples.common.PageOrigin;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records in the library's JSON format with {@code "file"} first (then, for a page of a web archive,
 * {@code "offset"}, {@code "url"} and {@code "warcDate"}): one object per line (JSON Lines), or the
 * same objects as one JSON array.
 */
final class JsonRecordFormat implements RecordFormat {
    private static final OsceJson PAGE_JSON = OsceJson.create();
    private static final JsonMapper ERROR_JSON = JsonMapper.builder().build();

    private final boolean array;

    private JsonRecordFormat(boolean array) {
        this.array = array;
    }

    /** One JSON object per line. */
    static JsonRecordFormat lines() {
        return new JsonRecordFormat(false);
    }

    /** One JSON array, one object per line inside it. */
    static JsonRecordFormat array() {
        return new JsonRecordFormat(true);
    }

    @Override
    public String header() {
        return array ? "[" : "";
    }

    @Override
    public String separator() {
        return array ? "," : "";
    }

    @Override
    public String footer(boolean empty) {
        return array ? (empty ? "]\n" : "\n]\n") : "";
    }

    @Override
    public String page(PageOrigin origin, OscePage page) {
        return framed(PAGE_JSON.toJson(page, origin.leadingFields()));
    }

    @Override
    public String error(PageOrigin origin, String message) {
        Map<String, Object> record = origin.leadingFields();
        record.put("error", message);
        return framed(ERROR_JSON.writeValueAsString(record));
    }

    /** In an array each object starts a line; in JSON Lines each one ends its line. */
    private String framed(String object) {
        return array ? "\n" + object : object + "\n";
    }
}
