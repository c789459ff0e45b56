package io.github.osceparser.parser;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.internal.json.PageJsonReader;
import io.github.osceparser.parser.internal.json.PageJsonWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes pages in the library's JSON format and reads them back into equal records.
 *
 * <p>The format is documented in README.md and stable: {@code type}, {@code language}, {@code
 * title}, the fields of the page's kind, {@code site} and {@code diagnostics}. Absent values are
 * left out, never written as {@code null}; lists are always written, empty or not.
 *
 * <pre>{@code
 * OsceJson json = OsceJson.create();
 * String text = json.toJson(page);
 * OscePage same = json.fromJson(text); // same.equals(page)
 * }</pre>
 *
 * <p>An {@code OsceJson} is immutable and thread-safe.
 */
public final class OsceJson {
    /** The longest JSON document {@link #fromJson(String)} reads: 67108864 characters (64 MB). */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** The deepest nesting of objects and arrays {@link #fromJson(String)} reads. */
    public static final int MAX_NESTING_DEPTH = 100;

    private final JsonMapper mapper;

    private OsceJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(OsceParser.DEFAULT_MAX_INPUT_LENGTH)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory).build();
    }

    /** The JSON reader and writer. */
    public static OsceJson create() {
        return new OsceJson();
    }

    /**
     * The page as one line of JSON.
     *
     * @param page the page; not null
     * @return the JSON object
     */
    public String toJson(OscePage page) {
        return toJson(page, Map.of());
    }

    /**
     * The page as one line of JSON, after leading fields of the caller's, such as the file the page
     * came from: {@code toJson(page, Map.of("file", "a.txt"))} gives {@code {"file":"a.txt","type":...}}.
     *
     * @param page the page; not null
     * @param leadingFields fields to write first, in the map's iteration order (use a {@link
     *     java.util.LinkedHashMap} for several); values are written as JSON numbers when they are
     *     {@link Number}s, otherwise as strings; null values are left out
     * @return the JSON object
     */
    public String toJson(OscePage page, Map<String, ?> leadingFields) {
        StringWriter out = new StringWriter(4096);
        write(page, leadingFields, out);
        return out.toString();
    }

    /**
     * Writes the page as one line of JSON, after leading fields, to a writer (which is flushed, not closed).
     *
     * @param page the page; not null
     * @param leadingFields as for {@link #toJson(OscePage, Map)}
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void write(OscePage page, Map<String, ?> leadingFields, Writer out) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(leadingFields, "leadingFields");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = mapper.createGenerator(out)) {
            PageJsonWriter.write(generator, page, leadingFields);
        } catch (JacksonException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            throw e;
        }
    }

    /**
     * The page as indented JSON, for people to read (golden files, debugging).
     *
     * @param page the page; not null
     * @return the JSON object, indented by two spaces
     */
    public String toPrettyJson(OscePage page) {
        JsonNode tree = mapper.readTree(toJson(page));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /**
     * Reads a page from JSON written by this class (or by hand, in the same format).
     *
     * @param json one JSON object; not null
     * @return the page, equal to the one that was written
     * @throws OsceParseException if the text is not well-formed JSON (the message gives the line
     *     and column), is over the limits ({@value #MAX_NESTING_DEPTH} levels, {@link
     *     #MAX_DOCUMENT_LENGTH} = 67108864 characters (64 MB)), or does not describe a valid page (the message gives
     *     the JSON path, such as {@code $.quotes[2].text})
     */
    public OscePage fromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            throw new OsceParseException(
                    "malformed JSON" + where + ": " + e.getOriginalMessage(),
                    at == null ? 0 : Math.max(0, at.getLineNr()),
                    e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new OsceParseException("empty JSON: expected one object");
        }
        return PageJsonReader.read(tree);
    }
}
