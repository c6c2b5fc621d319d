package org.airshed.core.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.airshed.core.io.SectionInput;
import org.airshed.core.io.SectionReader;
import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/**
 * How a scenario is solved ({@code $.mode}): {@code continuous} (default) treats technology
 * options as their convex hull; {@code discrete} picks one option per source.
 */
public enum SolveMode implements Keyed {
    CONTINUOUS("continuous"),
    DISCRETE("discrete");

    /** Reads {@code $.mode}. */
    public static final SectionReader<SolveMode> READER = new SectionReader<>() {
        @Override
    public String key() {
            return "mode";
        }

        @Override
        public SolveMode read(JsonNode node, SectionInput in, Set<String> regionIds) {
            String key = in.string(node, "$.mode");
            SolveMode mode = key == null ? null : fromKey(key);
            if (key != null && mode == null) {
                in.problem("$.mode", node, "must be one of: " + String.join(", ", keys()));
            }
            return mode;
        }
    };

    private final String key;

    SolveMode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static SolveMode fromKey(String key) {
        return Keys.lookup(values(), key);
    }

    public static List<String> keys() {
        return Keys.of(values());
    }
}
