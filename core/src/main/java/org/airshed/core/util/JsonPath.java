package org.airshed.core.util;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How every JSON path Airshed prints or writes is spelled (docs/FORMAT.md and README "Paths"): a key of
 * letters, digits, {@code _} and {@code -} follows a dot ({@code $.policy.cap}); any other key, the empty
 * one included, goes in quotes with a quote or backslash in it escaped by a backslash
 * ({@code $.policy.caps['PM2.5']}, {@code $['x\'y']}); an element is {@code [3]}. Printed after a dot,
 * {@code $.transfer.A.B} could be the key {@code A.B} or {@code B} under {@code A}; quoted, it is the path
 * a sweep file reads back. In core's util, not io, because model records name their fields with it too
 * ({@code transfer['A.B'].C}, relative to where the record is read).
 */
public final class JsonPath {
    private JsonPath() {
    }

    /** The path of {@code key} in the object at {@code parentPath}: {@code $.a.b} or {@code $.a['PM2.5']}. */
    public static String child(String parentPath, String key) {
        return isPlain(key) ? parentPath + "." + key
                : parentPath + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of element {@code i} of the array at {@code parentPath}: {@code $.a[3]}. */
    public static String index(String parentPath, int i) {
        return parentPath + "[" + i + "]";
    }

    /**
     * A path relative to a record that starts with a key ({@code key(receptor)} then {@code child(…, source)}
     * in a transfer matrix): the key alone when plain, {@code ['A.B']} otherwise; placed under its
     * parent by {@code Violation.under}.
     */
    public static String key(String key) {
        return isPlain(key) ? key : child("", key);
    }

    /** Whether {@code key} is written after a dot: one or more ASCII letters, digits, {@code _} and {@code -}. */
    public static boolean isPlain(String key) {
        // A loop, not a regular expression: readers name a path for each of a transfer matrix's many cells.
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return !key.isEmpty();
    }

    /**
     * Whether {@code path} is {@code ancestor} or lies beneath it ({@code $.a.b}, {@code $.a['b.c']} and
     * {@code $.a[0]} lie beneath {@code $.a}; {@code $.ab} does not).
     */
    public static boolean isAtOrUnder(String path, String ancestor) {
        return path.startsWith(ancestor) && (path.length() == ancestor.length()
                || path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }

    /** Where a streaming parser is, {@code $.movements[0].amount}: the value it stopped at, odd keys quoted. */
    public static String of(JsonStreamContext context) {
        List<JsonStreamContext> steps = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            steps.add(step);
        }
        Collections.reverse(steps);
        StringBuilder path = new StringBuilder("$");
        for (JsonStreamContext step : steps) {
            if (step.inArray()) {
                // Before its first element an array's index is -1; the parser stopped at that element.
                path.append(index("", Math.max(0, step.getCurrentIndex())));
            } else if (step.getCurrentName() != null) {
                path.append(child("", step.getCurrentName()));
            }
        }
        return path.toString();
    }
}
