package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.util.JsonPath;

/**
 * Typed access to the values of one JSON document. Every check that fails becomes a problem at
 * the value's JSON path and yields null, so the caller goes on with the next value.
 * A missing value ({@code node == null}) is not a problem here; the caller knows whether it is
 * required and says so with {@link #missing(String)}.
 */
final class JsonInput {
    /** Longer values are shortened in problems: a whole bad source is not worth a screen. */
    private static final int MAX_SHOWN = 80;

    private final String file;
    private final Problems problems;

    JsonInput(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    void problem(String path, JsonNode value, String message) {
        problems.add(file, path, show(value), message);
    }

    void missing(String path) {
        problems.add(file, path, null, "is required");
    }

    /**
     * The node as an object whose keys are all in {@code allowed}. A key in {@code reserved}
     * (a later version's feature) is rejected with its note; any other key as unknown, listing
     * the allowed ones. Null when the node is not an object.
     */
    ObjectNode object(JsonNode node, String path, List<String> allowed, Map<String, String> reserved) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problem(path, node, "must be an object");
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (allowed.contains(key)) {
                continue;
            }
            String note = reserved.get(key);
            problem(JsonPath.child(path, key), field.getValue(), note != null ? note
                    : "unknown key" + KeySuggestion.didYouMean(key, allowed) + "; allowed keys: "
                            + String.join(", ", allowed));
        }
        return (ObjectNode) node;
    }

    /** An object whose keys are data (region ids), not field names: any key is allowed. */
    ObjectNode map(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problem(path, node, "must be an object");
            return null;
        }
        return (ObjectNode) node;
    }

    /**
     * An object whose keys are data (region ids) and whose values are numbers. Entries that are
     * not numbers are reported and left out, so a record's own checks still run on the rest.
     */
    Map<String, Double> numberMap(JsonNode node, String path) {
        Map<String, Double> values = new LinkedHashMap<>();
        ObjectNode o = map(node, path);
        if (o != null) {
            o.fields().forEachRemaining(e -> {
                Double value = number(e.getValue(), JsonPath.child(path, e.getKey()));
                if (value != null) {
                    values.put(e.getKey(), value);
                }
            });
        }
        return values;
    }

    ArrayNode array(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problem(path, node, "must be an array");
            return null;
        }
        return (ArrayNode) node;
    }

    String string(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            problem(path, node, "must be a string");
            return null;
        }
        return node.textValue();
    }

    /** A finite number; literals too large for a double (1e999) are rejected, not made infinite. */
    Double number(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            problem(path, node, node.isTextual() ? numberInQuotes(node.textValue()) : "must be a number");
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            // Parsed JSON has no NaN or Infinity: only a literal like 1e999 or a flag's value gets here.
            problem(path, node, node.isBigDecimal() || node.isBigInteger()
                    ? "must be a finite number; this one is too large for a double" : "must be a finite number");
            return null;
        }
        return value;
    }

    /** A finite number within {@link ScenarioLimits#MAX_MAGNITUDE}: every quantity of a scenario. */
    Double quantity(JsonNode node, String path) {
        Double value = number(node, path);
        if (value != null && !ScenarioLimits.withinMagnitude(value)) {
            problem(path, node, ScenarioLimits.beyondMagnitude());
            return null;
        }
        return value;
    }

    /** {@link #numberMap} of quantities (transfer rows, limits, duties). */
    Map<String, Double> quantityMap(JsonNode node, String path) {
        Map<String, Double> values = new LinkedHashMap<>();
        ObjectNode o = map(node, path);
        if (o != null) {
            o.fields().forEachRemaining(e -> {
                JsonNode cell = e.getValue();
                // An accepted quantity as quantity() accepts it, without making its path: a transfer
                // matrix has tens of thousands (made at each, they were much of reading it, interpreted).
                if (cell.isNumber()) {
                    double plain = cell.doubleValue();
                    if (Double.isFinite(plain) && ScenarioLimits.withinMagnitude(plain)) {
                        values.put(e.getKey(), plain);
                        return;
                    }
                }
                Double value = quantity(cell, JsonPath.child(path, e.getKey()));
                if (value != null) {
                    values.put(e.getKey(), value);
                }
            });
        }
        return values;
    }

    /** A whole number that fits in a long (seeds). */
    Long integer(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problem(path, node, "must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            return null;
        }
        return node.longValue();
    }

    private static String numberInQuotes(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("nan") || t.matches("(?i)[+-]?inf(inity)?")) {
            return "must be a finite number; JSON has no NaN or Infinity";
        }
        return NumberText.isNumber(t) ? "must be a number, not a string: remove the quotes"
                : "must be a number";
    }

    /** The value as JSON text (strings quoted), shortened; null for a missing value. */
    static String show(JsonNode node) {
        if (node == null) {
            return null;
        }
        String text = node.toString();
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }

    /** Reads one element of an array at its path; null when it could not be read (its problems recorded). */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonNode node, String path);
    }

    /** Reads every element, so that one bad element does not hide the others; null when any failed. */
    <T> List<T> list(JsonNode node, String path, ElementReader<T> reader) {
        List<T> values = slots(node, path, reader);
        return values == null || values.stream().anyMatch(v -> v == null) ? null : values;
    }

    /** Every element read, null where one could not be; null when the node is not an array. */
    <T> List<T> slots(JsonNode node, String path, ElementReader<T> reader) {
        ArrayNode array = array(node, path);
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(reader.read(array.get(i), JsonPath.index(path, i)));
        }
        return values;
    }

    /** The object's field {@code key}, or null after reporting it missing. */
    JsonNode required(ObjectNode object, String key, String path) {
        JsonNode value = object.get(key);
        if (value == null) {
            missing(JsonPath.child(path, key));
        }
        return value;
    }

    static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
