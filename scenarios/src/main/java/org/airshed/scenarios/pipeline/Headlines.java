package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The headline numbers of a run: the parts of summary.json a sweep keeps, under their docs/FORMAT.md
 * names, so that a column {@code compensation.rules.shapley.inCore} means exactly what the key
 * of that path means in a run's summary.json. Per-source and per-region detail is left out. Each
 * section says what it keeps ({@link Section#headlines()}); the patterns are joined in section order.
 */
public final class Headlines {
    /**
     * Keys to keep: 1 keeps a value; "*" keeps every value of an object; an object recurses; "*"
     * as a key matches any key of an object, or any element of an array (kept under its index, so
     * that {@code market.periods.0.price} is the first period's price).
     */
    private final ObjectNode pattern;

    private Headlines(ObjectNode pattern) {
        this.pattern = pattern;
    }

    /** The sections' patterns (JSON objects over their top-level keys) joined in order. */
    public static Headlines of(List<String> patterns) {
        ObjectNode joined = JsonNodeFactory.instance.objectNode();
        for (String text : patterns) {
            try {
                ((ObjectNode) new ObjectMapper().readTree(text)).fields()
                        .forEachRemaining(e -> joined.set(e.getKey(), e.getValue()));
            } catch (java.io.IOException | ClassCastException e) {
                throw new IllegalArgumentException("a headline pattern is not a JSON object: " + text, e);
            }
        }
        return new Headlines(joined);
    }

    /** The headline values of {@code summary}. */
    public ObjectNode keep(ObjectNode summary) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        keep(pattern, summary, kept);
        return kept;
    }

    private static void keep(JsonNode pattern, JsonNode data, ObjectNode out) {
        if (pattern.isTextual()) {
            copyValues(data, out);
            return;
        }
        JsonNode any = pattern.get("*");
        if (any != null && data.isArray()) {
            for (int i = 0; i < data.size(); i++) {
                keepField(Integer.toString(i), any, data.get(i), out);
            }
            return;
        }
        if (any != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                keepField(e.getKey(), any, e.getValue(), out);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = data.get(e.getKey());
            if (value != null) {
                keepField(e.getKey(), e.getValue(), value, out);
            }
        }
    }

    private static void keepField(String key, JsonNode pattern, JsonNode value, ObjectNode out) {
        if (pattern.isNumber()) {
            if (value.isValueNode()) {
                out.set(key, value);
            }
        } else if (value.isObject() || value.isArray()) {
            ObjectNode child = out.putObject(key);
            keep(pattern, value, child);
        }
    }

    private static void copyValues(JsonNode data, ObjectNode out) {
        data.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                out.set(e.getKey(), e.getValue());
            }
        });
    }
}
