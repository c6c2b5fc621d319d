package org.airshed.scenarios.library.pm25;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prints a JSON tree in Airshed's canonical layout, the one {@code core}'s scenario writer uses
 * (that printer is package-private there, and the version 2 files must not go through the
 * version 1 model): 2-space indent, LF line ends, a trailing newline, {@code "key": value}; a
 * container stays on one line when it fits in {@value #WIDTH} columns, otherwise one member per
 * line; integral doubles below 10¹⁵ print as integers, others in Java's shortest exact form.
 * {@code CanonicalJsonTextTest} checks that reprinting the bundled version 1 files gives their
 * bytes, so the two printers cannot drift apart unnoticed.
 */
final class CanonicalJsonText {
    static final int WIDTH = 100;
    private static final String INDENT = "  ";
    private static final double PLAIN_INTEGER_LIMIT = 1e15;

    private CanonicalJsonText() {
    }

    static String print(JsonNode root) {
        StringBuilder out = new StringBuilder();
        write(root, 0, 0, out);
        return out.append('\n').toString();
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** @param column columns already used on the current line (indent and key) */
    private static void write(JsonNode node, int depth, int column, StringBuilder out) {
        if (!node.isContainerNode() || inlineLength(node, WIDTH - column) <= WIDTH - column) {
            writeInline(node, out);
            return;
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[').append('\n');
        String inner = INDENT.repeat(depth + 1);
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                int start = out.length();
                out.append(inner).append(quoted(field.getKey())).append(": ");
                write(field.getValue(), depth + 1, out.length() - start, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                write(node.get(i), depth + 1, inner.length(), out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
        }
        out.append(INDENT.repeat(depth)).append(object ? '}' : ']');
    }

    private static void writeInline(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(quoted(field.getKey())).append(": ");
                writeInline(field.getValue(), out);
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                writeInline(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(scalar(node));
        }
    }

    /** Length of the one-line form, or any value above {@code budget} once it is exceeded. */
    private static int inlineLength(JsonNode node, int budget) {
        if (!node.isContainerNode()) {
            return scalar(node).length();
        }
        int length = 2;
        boolean first = true;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext() && length <= budget) {
                Map.Entry<String, JsonNode> field = fields.next();
                length += (first ? 0 : 2) + quoted(field.getKey()).length() + 2
                        + inlineLength(field.getValue(), budget - length);
                first = false;
            }
        } else {
            for (int i = 0; i < node.size() && length <= budget; i++) {
                length += (first ? 0 : 2) + inlineLength(node.get(i), budget - length);
                first = false;
            }
        }
        return length;
    }

    private static String scalar(JsonNode node) {
        if (node.isTextual()) {
            return quoted(node.textValue());
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return number(node.doubleValue());
        }
        if (node.isBoolean() || node.isNull()) {
            return node.asText();
        }
        throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }

    private static String quoted(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
