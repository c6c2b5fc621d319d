package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.airshed.core.util.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Every key, however odd, is written by {@link JsonPath#child} so that {@link JsonPathPattern} reads back exactly
 * that key: the paths Airshed prints in messages and writes in runs.jsonl are paths a sweep file can use.
 * Keys are drawn (seeded) from the characters that need care: dots, brackets, quotes, backslashes,
 * spaces, the wildcard {@code *}, {@code =}, non-ASCII (accents, CJK, a surrogate pair), control
 * characters, and the empty key.
 */
class JsonPathRoundTripTest {
    private static final List<String> PIECES = List.of("a", "Z", "0", "9", "_", "-", ".", "[", "]", "'", "\"", "\\",
            " ", "*", "=", "$", "é", "中", "😀", "\n", "\t", "\u0000", "PM2.5", "['x']", "\\'", "..");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static String key(SplittableRandom random) {
        StringBuilder key = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            key.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return key.toString();
    }

    /** Keys written after a dot by JsonPathPattern.child before JsonPath took it over. */
    private static final Pattern PLAIN_BEFORE = Pattern.compile("[A-Za-z0-9_\\-]+");

    /**
     * {@link JsonPath#child}, checked to write what JsonPathPattern.child wrote before it delegated (the
     * rule kept here as the reference), so that paths already written in runs.jsonl read back the same.
     */
    private static String child(String path, String key) {
        String written = JsonPath.child(path, key);
        String before = PLAIN_BEFORE.matcher(key).matches() ? path + "." + key
                : path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
        assertEquals(before, written);
        assertEquals(written, JsonPathPattern.child(path, key));
        return written;
    }

    @Test
    void everyKeyIsReadBackExactly() {
        SplittableRandom random = new SplittableRandom(20261208);
        for (int i = 0; i < 5000; i++) {
            String key = i == 0 ? "" : i == 1 ? "*" : key(random);
            String path = child("$", key);
            JsonPathPattern pattern = JsonPathPattern.parse(path);
            assertEquals(key, pattern.firstKey(), path);
            assertFalse(pattern.isWildcard(), path);
            ObjectNode doc = NODES.objectNode();
            doc.put("*", 0).put("other", 1).put(key, 2);
            List<JsonPathPattern.Slot> slots = pattern.select(doc);
            assertEquals(1, slots.size(), path);
            assertEquals(key, slots.get(0).key(), path);
            assertEquals(path, slots.get(0).path(), path);
            assertEquals(2, slots.get(0).get().intValue(), path);
        }
    }

    @Test
    void nestedKeysAreReadBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            String outer = key(random);
            String inner = key(random);
            String path = child(child("$", outer), inner);
            ObjectNode doc = NODES.objectNode();
            doc.putObject(outer).put(inner, 3).put(inner + ".", 4);
            List<JsonPathPattern.Slot> slots = JsonPathPattern.parse(path).select(doc);
            assertEquals(1, slots.size(), path);
            assertEquals(path, slots.get(0).path(), path);
            assertEquals(3, slots.get(0).get().intValue(), path);
        }
    }

    @Test
    void plainKeysFollowADot() {
        assertEquals("$.policy.caps.SO2", child(child(child("$", "policy"), "caps"), "SO2"));
        assertEquals("$.a-b_9", child("$", "a-b_9"));
        assertEquals("$.policy.caps['PM2.5']", child("$.policy.caps", "PM2.5"));
        assertEquals("$['x\\'y']['b\\\\c']['']", child(child(child("$", "x'y"), "b\\c"), ""));
    }
}
