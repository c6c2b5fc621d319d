package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A command-line flag as an edit of the scenario's tree before it is read ({@code --seed 9} sets
 * {@code $.seed} to 9), so that the scenario reader checks the value like any other and the
 * resolved scenario written beside the results shows it.
 *
 * @param flag  the flag as typed, for messages ({@code --mode})
 * @param path  the field it sets
 * @param value the value it sets there
 */
public record FlagOverride(String flag, JsonPathPattern path, JsonNode value) {
    public FlagOverride {
        if (flag == null || path == null || value == null) {
            throw new IllegalArgumentException("an override needs a flag, a path and a value");
        }
    }

    public static FlagOverride of(String flag, String path, JsonNode value) {
        return new FlagOverride(flag, JsonPathPattern.parse(path), value);
    }
}
