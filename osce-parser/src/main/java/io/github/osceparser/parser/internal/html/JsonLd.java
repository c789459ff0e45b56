package io.github.osceparser.parser.internal.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code datePublished} of a page's JSON-LD. Sites write it at the top, in an array of
 * objects or under {@code @graph}; the first one met breadth-first wins, so the page's own object
 * comes before the objects it mentions. Malformed JSON-LD is ignored, as browsers and search
 * engines ignore it.
 */
final class JsonLd {
    /** JSON-LD in a page is small; these limits keep a hostile script element cheap to skip. */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxDocumentLength(1024 * 1024)
                            .build())
                    .build())
            .build();

    private JsonLd() {}

    /** The first {@code datePublished} text value, or null. */
    static String datePublished(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                JsonNode value = node.get("datePublished");
                if (value != null && value.isString() && !value.asString().isBlank()) {
                    return value.asString();
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    queue.add(field.getValue());
                }
            } else if (node.isArray()) {
                node.values().forEach(queue::add);
            }
        }
        return null;
    }
}
