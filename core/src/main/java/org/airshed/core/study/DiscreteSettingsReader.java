package org.airshed.core.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.io.SectionInput;
import org.airshed.core.io.SectionReader;
import org.airshed.core.util.JsonPath;

/**
 * Reads {@code $.discrete}: discrete mode's limits. The seed is the scenario's.
 * {@code nodes} (branch and bound), {@code unimprovedSteps} and {@code steps} (local search) keep
 * runs reproducible; {@code timeLimitSeconds} does not (the work done in the time depends on the
 * machine).
 */
public final class DiscreteSettingsReader implements SectionReader<DiscreteLimits> {
    public static final DiscreteSettingsReader INSTANCE = new DiscreteSettingsReader();
    private static final String ROOT = "$.discrete";
    private static final List<String> KEYS = List.of("unimprovedSteps", "steps", "timeLimitSeconds", "nodes");

    private DiscreteSettingsReader() {
    }

    @Override
    public String key() {
        return "discrete";
    }

    @Override
    public DiscreteLimits read(JsonNode node, SectionInput in, Set<String> regionIds) {
        int mark = in.mark();
        ObjectNode o = in.object(node, ROOT, KEYS);
        if (o == null) {
            return null;
        }
        Long unimproved = count(o, "unimprovedSteps", in);
        Long steps = count(o, "steps", in);
        Long nodes = in.integer(o.get("nodes"), ROOT + ".nodes", 1, Long.MAX_VALUE,
                "must be a whole number of at least 1");
        Double seconds = in.number(o.get("timeLimitSeconds"), ROOT + ".timeLimitSeconds");
        if (seconds != null && !(seconds > 0 && seconds <= 86_400)) {
            in.problem(ROOT + ".timeLimitSeconds", o.get("timeLimitSeconds"), "must be in (0, 86400]");
        }
        if (in.addedSince(mark)) {
            return null;
        }
        DiscreteLimits limits = new DiscreteLimits(
                unimproved == null ? (steps == null && seconds == null ? DiscreteSettings.DEFAULT_UNIMPROVED_STEP_LIMIT : 0)
                        : unimproved.intValue(),
                steps == null ? 0 : steps.intValue(),
                seconds == null ? null : Duration.ofMillis(Math.round(seconds * 1000)),
                nodes == null ? DiscreteSettings.DEFAULT_NODE_LIMIT : nodes);
        if (limits.unimprovedSteps() == 0 && limits.steps() == 0 && limits.timeLimit() == null) {
            in.problem(ROOT, node, "give unimprovedSteps, steps or timeLimitSeconds greater than 0: the search needs"
                    + " an end");
            return null;
        }
        return limits;
    }

    private static Long count(ObjectNode o, String field, SectionInput in) {
        return in.integer(o.get(field), JsonPath.child(ROOT, field), 0, Integer.MAX_VALUE,
                "must be a whole number from 0 to " + Integer.MAX_VALUE);
    }
}
