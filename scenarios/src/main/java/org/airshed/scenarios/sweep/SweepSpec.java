package org.airshed.scenarios.sweep;

import java.util.List;

/**
 * A sweep: a base scenario, what to vary, and the seed every random choice comes from.
 *
 * @param scenario   a scenario file (relative to the sweep file) or a bundled scenario's name
 * @param seed       the sweep's seed: replicate r of every grid point runs with the seed derived
 *                   from (seed, r), so grid points share their random draws (common random numbers)
 * @param replicates runs per grid point (draws differ between replicates)
 */
public record SweepSpec(String name, String description, String scenario, long seed, int replicates,
                        List<SweepParameter> parameters) {
    /**
     * Run ids are 32-bit in the journal and the tables' index (8 bytes of heap per run while the
     * tables are made); more runs than this is also almost surely a typo in a grid count.
     */
    public static final long MAX_RUNS = Integer.MAX_VALUE;

    public SweepSpec {
        parameters = List.copyOf(parameters);
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1: " + replicates);
        }
    }

    /** The parameters that are sweep dimensions (lists and grids), in order. */
    public List<SweepParameter> dimensions() {
        return parameters.stream().filter(SweepParameter::isDimension).toList();
    }

    /** Grid points × replicates. */
    public long runCount() {
        long runs = replicates;
        for (SweepParameter p : dimensions()) {
            runs = Math.multiplyExact(runs, ((ParameterValues.Dimension) p.values()).values().size());
        }
        return runs;
    }
}
