package org.airshed.scenarios.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.airshed.scenarios.pipeline.Jdk17JsonText;
import org.airshed.scenarios.pipeline.SummaryText;

/**
 * JSON for chart specifications: numbers written as the result files write them (integers
 * without ".0", others as JDK 17 prints them on any JDK, undefined as null), templates filled with
 * JSON-quoted values, and the canonical text of a spec file.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double PLAIN_INTEGER_LIMIT = 1e15;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A number as the result files write it: integral values as integers, NaN as null. */
    static JsonNode number(double value) {
        if (!Double.isFinite(value)) {
            return NODES.nullNode();
        }
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
    }

    /**
     * A template of JSON text with {@code {{key}}} placeholders, each replaced by its value as JSON
     * (a string is quoted, a number written as a number, a node as itself).
     */
    static ObjectNode template(String template, Map<String, ?> values) {
        String text = template;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", json(e.getValue()));
        }
        if (text.contains("{{")) {
            throw new IllegalArgumentException("a template placeholder has no value: " + text);
        }
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a chart template is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object value) {
        JsonNode node;
        if (value instanceof JsonNode n) {
            node = n;
        } else if (value instanceof Number n) {
            node = number(n.doubleValue());
        } else if (value instanceof Boolean b) {
            node = NODES.booleanNode(b);
        } else {
            node = TextNode.valueOf(String.valueOf(value));
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Template values from alternating keys and values (more than {@link Map#of} takes). */
    static Map<String, Object> values(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("template values come in key-value pairs");
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    /** A chart file's text: 2-space indent, keys in tree order, a final newline. */
    static String pretty(ObjectNode node) {
        return SummaryText.of(node);
    }

    /** Compact JSON for inlining into a page; "<" escaped so that no text can close the script element. */
    static String compact(JsonNode node) {
        return Jdk17JsonText.of(MAPPER.writer(), node).replace("<", "\\u003c");
    }
}
