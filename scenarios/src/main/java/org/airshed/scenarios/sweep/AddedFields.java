package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.util.JsonPath;
import org.airshed.scenarios.pipeline.JsonPathPattern;
import org.airshed.scenarios.run.Sections;

/**
 * The up-front check of the fields a sweep adds to its base scenario (absent there). One that no run
 * could accept is refused before anything runs, at the sweep file's path: a key the scenario reader
 * does not know (a typo, {@code $.policy.kap}), or one it refuses whatever value it is given (the other
 * version's shape: version 1's {@code $.transfer.SH.JS} or {@code $.market.pollutant} on a version-2
 * base, version 2's {@code $.transfer.SH.SO2} on a version-1 one). A field refused only for some values
 * ({@code $.discrete.timeLimitSeconds} = -1) is left to the runs, which record why.
 */
final class AddedFields {
    /** Numbers tried besides a parameter's own: a field some number suits is not refused for its path. */
    private static final double[] NUMBERS = {0, 1, 0.5, 2, 100, 1e6};
    /** Where a draw is tried: its values over nearly all of its range. */
    private static final double[] QUANTILES = {0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999};
    /** A name tried besides a parameter's own names (a sweep gives a field numbers or names, never both). */
    private static final JsonNode NAME = TextNode.valueOf("x");

    private AddedFields() {
    }

    /** Throws ScenarioInputException naming the sweep file's path of every added field no run could accept. */
    static void refuseUnacceptable(SweepPlan plan, SweepBase base, String sweepFile) {
        Map<String, Target> added = plan.addedFields();
        if (added.isEmpty()) {
            return;
        }
        ObjectNode variant = plan.variant(0).scenario();
        List<Problem> found = problems(base, variant);
        List<Problem> refused = new ArrayList<>();
        Set<Target> judged = new HashSet<>();
        for (Problem p : found == null ? List.<Problem>of() : found) {
            String field = fieldOf(p.location(), added.keySet());
            if (field == null) {
                continue;
            }
            Target t = added.get(field);
            boolean typo = p.message().startsWith("unknown key") && p.location().equals(field);
            // A field refused whatever its value is said once per target, not once per field a wildcard adds.
            if (typo || judged.add(t) && refusedWhateverValue(base, variant, field, p, parameterOf(plan, t))) {
                refused.add(new Problem(sweepFile, t.location(), "\"" + t.path() + "\"", p.location() + ": "
                        + p.message() + " (in " + base.fileName() + ")"));
            }
        }
        if (!refused.isEmpty()) {
            throw new ScenarioInputException(refused);
        }
    }

    /** The problems of reading {@code scenario}, none when it reads; null when it cannot be judged here. */
    private static List<Problem> problems(SweepBase base, ObjectNode scenario) {
        try {
            ScenarioReader.read(base.fileName(), scenario, SweepSetup.RESOLVED, Sections.readers());
            return List.of();
        } catch (ScenarioInputException e) {
            return e.problems();
        } catch (SectionInputException e) {
            return List.of(e.problem(base.fileName()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The added field that {@code location} is, or lies beneath; null when none. */
    private static String fieldOf(String location, Set<String> fields) {
        for (String field : fields) {
            if (JsonPath.isAtOrUnder(location, field)) {
                return field;
            }
        }
        return null;
    }

    private static SweepParameter parameterOf(SweepPlan plan, Target target) {
        for (SweepParameter p : plan.spec().parameters()) {
            if (p.targets().contains(target)) {
                return p;
            }
        }
        throw new IllegalStateException("no parameter has the target " + target);
    }

    /**
     * Whether the reader refuses {@code field} with {@code problem}'s very words whatever value of the
     * parameter's kind it holds: a few numbers (or a name, for a parameter of names) and every value of the
     * parameter (its list or grid, or its draw across its range). Stops at the first value read without them.
     */
    private static boolean refusedWhateverValue(SweepBase base, ObjectNode variant, String field, Problem problem,
                                                SweepParameter parameter) {
        List<JsonNode> values = new ArrayList<>();
        if (parameter.values() instanceof ParameterValues.Listed l && l.values().get(0).isTextual()) {
            values.add(NAME);
        } else {
            for (double x : NUMBERS) {
                values.add(SweepPlan.number(x));
            }
        }
        if (parameter.values() instanceof ParameterValues.Dimension d) {
            d.values().forEach(v -> values.add(SweepPlan.normalized(v)));
        } else if (parameter.values() instanceof ParameterValues.Draw draw) {
            for (double q : QUANTILES) {
                values.add(SweepPlan.number(draw.distribution().inverseCumulativeProbability(q)));
            }
        }
        List<JsonPathPattern.Slot> slots = JsonPathPattern.parse(field).select(variant);
        for (JsonNode value : values) {
            slots.forEach(s -> s.set(value));
            List<Problem> found = problems(base, variant);
            if (found == null || found.stream().noneMatch(p -> p.location().equals(problem.location())
                    && p.message().equals(problem.message()))) {
                return false;
            }
        }
        return true;
    }
}
