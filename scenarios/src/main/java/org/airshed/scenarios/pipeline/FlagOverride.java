package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.util.JsonPath;

/**
 * A command-line flag as an edit of the scenario's tree before it is read ({@code --seed 9} sets
 * {@code $.seed} to 9), so that the scenario reader checks the value like any other and the
 * resolved scenario written beside the results shows it.
 *
 * @param flag  the flag as typed, for messages ({@code --mode})
 * @param path  the field it sets
 * @param value the value it sets there
 * @param merge whether {@code value}, an object, is merged key by key into the object the file has
 *              there (a null removes the key) instead of replacing it
 */
public record FlagOverride(String flag, JsonPathPattern path, JsonNode value, boolean merge) {
    public FlagOverride {
        if (flag == null || path == null || value == null) {
            throw new IllegalArgumentException("an override needs a flag, a path and a value");
        }
        if (merge && !value.isObject()) {
            throw new IllegalArgumentException(flag + ": only an object is merged");
        }
    }

    public static FlagOverride of(String flag, String path, JsonNode value) {
        return new FlagOverride(flag, JsonPathPattern.parse(path), value, false);
    }

    /** Sets the keys of {@code fields} in the object at {@code path}, keeping the file's others; a null removes a key. */
    public static FlagOverride merge(String flag, String path, ObjectNode fields) {
        return new FlagOverride(flag, JsonPathPattern.parse(path), fields, true);
    }

    /** The paths this override sets: its own, or each merged key's. */
    List<String> paths() {
        if (!merge) {
            return List.of(path.toString());
        }
        List<String> paths = new ArrayList<>();
        value.fieldNames().forEachRemaining(key -> paths.add(JsonPath.child(path.toString(), key)));
        return paths;
    }
}
