package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.commons.math3.distribution.RealDistribution;

/** Where a parameter's values come from: a list, a grid, or a seeded random draw. */
public sealed interface ParameterValues {
    /** Values every run takes in turn (a sweep dimension). */
    sealed interface Dimension extends ParameterValues {
        List<JsonNode> values();
    }

    /** The values as given: numbers, or names (rule names, modes). */
    record Listed(List<JsonNode> values) implements Dimension {
        public Listed {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code count} values from {@code from} to {@code to}, both included, evenly spaced (or
     * evenly spaced in logarithm); computed once, so every run sees the same doubles.
     */
    record Grid(double from, double to, int count, boolean logarithmic, List<JsonNode> values) implements Dimension {
        public Grid {
            values = List.copyOf(values);
        }
    }

    /**
     * A number drawn in each run by inversion of {@code distribution}'s CDF at a uniform number
     * from the run's seeded generator (Commons Math gives the inverse CDF; the generator is ours,
     * so draws never depend on a library's internal random stream).
     *
     * @param description the distribution as written, for the output files
     */
    record Draw(RealDistribution distribution, String description) implements ParameterValues {
    }
}
