package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airshed.core.util.JsonPath;

/**
 * A JSON path naming fields of a scenario (what a sweep parameter or a command-line override sets): {@code $.policy.cap},
 * {@code $.regions[2].transactionCost}, {@code $.regions[*].transactionCost},
 * {@code $.regions[id=SH].damagePerConcentration}, {@code $.transfer.*.*}. Segments are object
 * keys ({@code .name}, or {@code .*} for every key), array indices ({@code [3]}, or {@code [*]}
 * for every element), keys that are not plain names in quotes ({@code $.policy.caps['PM2.5']}, a quote
 * or backslash in the key escaped by a backslash: {@code ['x\'y']}; {@code ['']} the empty key,
 * {@code ['*']} the key {@code *}, not every key) and selections of array elements by a field
 * ({@code [id=SH]}). Concrete paths are written by {@link JsonPath#child}, which every message uses too. The last segment, when it is a plain key, may name a field the scenario leaves out (a default such as
 * {@code transactionCost}); every other segment must exist.
 */
public final class JsonPathPattern {
    private static final Pattern SEGMENT = Pattern.compile(
            "\\.([A-Za-z0-9_\\-]+|\\*)|\\[(\\d+|\\*)\\]|\\[([A-Za-z0-9_\\-]+)=([^\\]]+)\\]"
            + "|\\['((?:[^'\\\\]|\\\\.)*)'\\]", Pattern.DOTALL);
    /** A backslash and the character it escapes in a quoted key. */
    private static final Pattern ESCAPED = Pattern.compile("\\\\(.)", Pattern.DOTALL);

    private final String text;
    private final List<Segment> segments;

    private JsonPathPattern(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /** Parses a path; throws IllegalArgumentException saying where it stops making sense. */
    public static JsonPathPattern parse(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("must start with $ (for example $.policy.cap)");
        }
        List<Segment> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(text);
        int at = 1;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("cannot read the path from character " + (at + 1) + " ("
                        + text.substring(at) + "); segments are .key, .*, ['key'], [index], [*] or [field=value]");
            }
            if (m.group(1) != null) {
                segments.add(m.group(1).equals("*") ? new Segment(Kind.EVERY_KEY, null, -1, null, m.group())
                        : new Segment(Kind.KEY, m.group(1), -1, null, m.group()));
            } else if (m.group(5) != null) {
                String key = ESCAPED.matcher(m.group(5)).replaceAll("$1");
                segments.add(new Segment(Kind.KEY, key, -1, null, m.group()));
            } else if (m.group(2) != null) {
                segments.add(m.group(2).equals("*") ? new Segment(Kind.EVERY_ELEMENT, null, -1, null, m.group())
                        : new Segment(Kind.INDEX, null, Integer.parseInt(m.group(2)), null, m.group()));
            } else {
                segments.add(new Segment(Kind.MATCH, m.group(3), -1, m.group(4), m.group()));
            }
            at = m.end();
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("names the whole scenario; name a field, such as $.policy.cap");
        }
        return new JsonPathPattern(text, segments);
    }

    /** The key the path starts with ({@code policy} in {@code $.policy.cap}); null when it starts with a wildcard or an index. */
    public String firstKey() {
        Segment first = segments.get(0);
        return first.kind == Kind.KEY ? first.name : null;
    }

    /**
     * The fields this path names in {@code root}, in document order. Throws
     * IllegalArgumentException naming the first segment that finds nothing.
     */
    public List<Slot> select(JsonNode root) {
        List<Slot> found = new ArrayList<>();
        walk(root, "$", 0, found);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("names no field of the scenario" + dottedKeyHint(root));
        }
        return found;
    }

    /**
     * When plain segments split a key that has dots ({@code $.policy.caps.PM2.5}), "; the key PM2.5 has
     * a dot: write $.policy.caps['PM2.5']"; otherwise empty. Follows the path's fixed keys and indices.
     */
    private String dottedKeyHint(JsonNode root) {
        JsonNode node = root;
        for (int i = 0; i < segments.size() && node != null; i++) {
            Segment s = segments.get(i);
            if (s.kind == Kind.INDEX && node instanceof ArrayNode array) {
                node = array.get(s.index);
            } else if (s.kind == Kind.KEY && node instanceof ObjectNode object) {
                if (!object.has(s.name)) {
                    StringBuilder key = new StringBuilder(s.name);
                    for (int j = i + 1; j < segments.size() && segments.get(j).kind == Kind.KEY
                            && JsonPath.isPlain(segments.get(j).name); j++) {
                        key.append('.').append(segments.get(j).name);
                        if (object.has(key.toString())) {
                            StringBuilder quoted = new StringBuilder("$");
                            segments.subList(0, i).forEach(k -> quoted.append(k.text));
                            quoted.append(child("", key.toString()));
                            segments.subList(j + 1, segments.size()).forEach(k -> quoted.append(k.text));
                            return "; the key " + key + " has a dot: write " + quoted;
                        }
                    }
                    return "";
                }
                node = object.get(s.name);
            } else {
                return "";
            }
        }
        return "";
    }

    /**
     * {@code text} with the key after {@code $.<keys>.} quoted, when that key has dots that the plain
     * path splits ({@code $.policy.caps.PM2.5} → {@code $.policy.caps['PM2.5']}); null otherwise.
     */
    public static String quotingHint(String text, String... keys) {
        String prefix = "$." + String.join(".", keys) + ".";
        if (text == null || !text.startsWith(prefix)) {
            return null;
        }
        String rest = text.substring(prefix.length());
        return rest.contains(".") && Pattern.matches("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)+", rest)
                ? child(prefix.substring(0, prefix.length() - 1), rest) : null;
    }

    private void walk(JsonNode node, String path, int depth, List<Slot> found) {
        Segment s = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        switch (s.kind) {
            case KEY -> {
                if (node instanceof ObjectNode object && (last || object.has(s.name))) {
                    step(object, s.name, child(path, s.name), depth, last, found);
                }
            }
            case EVERY_KEY -> {
                if (node instanceof ObjectNode object) {
                    List<String> keys = new ArrayList<>();
                    object.fieldNames().forEachRemaining(keys::add);
                    for (String key : keys) {
                        step(object, key, child(path, key), depth, last, found);
                    }
                }
            }
            case INDEX -> {
                if (node instanceof ArrayNode array && s.index < array.size()) {
                    stepElement(array, s.index, path, depth, last, found);
                }
            }
            case EVERY_ELEMENT -> {
                if (node instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        stepElement(array, i, path, depth, last, found);
                    }
                }
            }
            case MATCH -> {
                if (node instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        JsonNode field = array.get(i).get(s.name);
                        if (field != null && field.isValueNode() && field.asText().equals(s.value)) {
                            stepElement(array, i, path, depth, last, found);
                        }
                    }
                }
            }
        }
    }

    /** The concrete path of a key, written so that {@link #parse} reads it back ({@code $.a['PM2.5']}). */
    public static String child(String path, String key) {
        return JsonPath.child(path, key);
    }

    /**
     * Whether the path names one key (or every key, {@code *}) directly under the object at these
     * keys: {@code $.policy.caps.SO2} and {@code $.policy.caps.*} are under {@code policy, caps}.
     */
    public boolean isKeyUnder(String... keys) {
        if (segments.size() != keys.length + 1 || (segments.get(keys.length).kind != Kind.KEY
                && segments.get(keys.length).kind != Kind.EVERY_KEY)) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            Segment s = segments.get(i);
            if (s.kind != Kind.KEY || !s.name.equals(keys[i])) {
                return false;
            }
        }
        return true;
    }

    private void step(ObjectNode parent, String key, String path, int depth, boolean last, List<Slot> found) {
        if (last) {
            found.add(new Slot(parent, key, -1, path));
        } else {
            walk(parent.get(key), path, depth + 1, found);
        }
    }

    private void stepElement(ArrayNode parent, int index, String path, int depth, boolean last, List<Slot> found) {
        String here = path + "[" + index + "]";
        if (last) {
            found.add(new Slot(parent, null, index, here));
        } else {
            walk(parent.get(index), here, depth + 1, found);
        }
    }

    /** True when the path can name more than one field. */
    public boolean isWildcard() {
        return segments.stream().anyMatch(s -> s.kind == Kind.EVERY_KEY || s.kind == Kind.EVERY_ELEMENT
                || s.kind == Kind.MATCH);
    }

    @Override
    public String toString() {
        return text;
    }

    private enum Kind { KEY, EVERY_KEY, INDEX, EVERY_ELEMENT, MATCH }

    /** One step of the path; {@code text} as written, to rebuild a suggested path. */
    private record Segment(Kind kind, String name, int index, String value, String text) {
    }

    /**
     * One field: a key of an object or an element of an array, with its concrete path.
     *
     * @param path the path with real keys and indices, e.g. {@code $.regions[0].transactionCost}
     */
    public record Slot(JsonNode parent, String key, int index, String path) {
        /** The current value; null when the field is absent. */
        public JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        public void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }
}
