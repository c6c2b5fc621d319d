package org.airshed.core.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.IntFunction;
import org.airshed.core.util.Jdk17DoubleText;

/**
 * Prints a JSON tree in Airshed's canonical layout: 2-space indent, LF line endings, a trailing
 * newline, {@code "key": value}; a container is kept on one line when it fits in
 * {@value #WIDTH} columns, otherwise one member per line. The output depends only on the tree,
 * so equal trees give identical bytes. Public for the generators of the bundled version-2 files,
 * which build their JSON trees directly and print them in the same layout as the writers here.
 */
public final class CanonicalJson {
    static final int WIDTH = 100;
    private static final String INDENT = "  ";
    /** Integral doubles below this magnitude print without a fraction; all are exact longs. */
    private static final double PLAIN_INTEGER_LIMIT = 1e15;

    private CanonicalJson() {
    }

    /** The canonical text of {@code root}, ending in a newline. */
    public static String print(JsonNode root) {
        StringBuilder out = new StringBuilder();
        write(root, 0, 0, out);
        return out.append('\n').toString();
    }

    /**
     * Arrays longer than this never fit on one line (each element takes a character and a
     * separator two), so {@link #print(ObjectNode, String, int, IntFunction)} can lay them out unseen.
     */
    static final int LONG_ARRAY = 100;

    /**
     * The same bytes as {@link #print(JsonNode)} of {@code root} with its member {@code key} (an
     * empty array in {@code root}, holding its place) replaced by {@code size} elements, made
     * one at a time by {@code element} and printed as they come: a resolved scenario's million
     * sources never exist as one tree. {@code size} must exceed {@link #LONG_ARRAY}.
     */
    static String print(ObjectNode root, String key, int size, IntFunction<JsonNode> element) {
        if (size <= LONG_ARRAY || !root.path(key).isArray() || !root.path(key).isEmpty()) {
            throw new IllegalArgumentException("a long array needs more than " + LONG_ARRAY + " elements and an"
                    + " empty placeholder at " + key + ", got " + size + " elements and " + root.get(key));
        }
        // As write(): neither the root nor the array fits on a line, so both are one member per line.
        StringBuilder out = new StringBuilder().append("{\n");
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            int start = out.length();
            out.append(INDENT).append(quoted(field.getKey())).append(": ");
            if (field.getKey().equals(key)) {
                String inner = INDENT.repeat(2);
                out.append("[\n");
                for (int i = 0; i < size; i++) {
                    out.append(inner);
                    write(element.apply(i), 2, inner.length(), out);
                    out.append(i + 1 < size ? ",\n" : "\n");
                }
                out.append(INDENT).append(']');
            } else {
                write(field.getValue(), 1, out.length() - start, out);
            }
            out.append(fields.hasNext() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    /**
     * The text this writer uses for {@code value}; it parses back to the identical double.
     * Integral values print as integers; -0.0 prints as 0 (it compares equal to 0); others as JDK
     * 17's Double.toString, on any JDK ({@link Jdk17DoubleText}): nearly always the shortest.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        return Jdk17DoubleText.text(value);
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
                out.append(inner);
                out.append(quoted(field.getKey()));
                out.append(": ");
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
                out.append(quoted(field.getKey()));
                out.append(": ");
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
