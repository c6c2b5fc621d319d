package org.airshed.core.study;

import java.util.ArrayList;
import java.util.List;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.model.Scenario;

/**
 * Explains infeasibility before solving, in the scenario's terms (JSON paths, region ids, units);
 * the solver's own check speaks only of rows and indices. Every constraint only gets easier as
 * abatement grows, so the problem is feasible exactly when "every control applied"
 * (a_i = max_i) meets each constraint; each one that it misses is reported on its own.
 */
public final class InfeasibilityExplainer {
    /** Shortfalls below this fraction of the requirement are rounding, not infeasibility. */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private InfeasibilityExplainer() {
    }

    /** The reasons the problem is infeasible; empty when it is feasible. */
    public static List<Infeasibility> explain(ScenarioProblem sp) {
        AllocationProblem problem = sp.problem();
        Scenario scenario = sp.scenario();
        String mass = scenario.units().mass();
        List<Infeasibility> reasons = new ArrayList<>();
        double[] regionMax = new double[problem.regionCount()];
        double totalMax = 0;
        for (int i = 0; i < problem.sourceCount(); i++) {
            double max = problem.maxAbatement(i);
            regionMax[problem.sourceRegion(i)] += max;
            totalMax += max;
        }
        if (problem.hasCap()) {
            RequirementOrigin origin = sp.capOrigin();
            double required = problem.capRequirement();
            if (required - totalMax > tolerance(required)) {
                reasons.add(new Infeasibility(origin.location(), ReadableNumbers.of(origin.value()),
                        "maximum feasible reduction " + ReadableNumbers.of(totalMax) + " " + mass
                                + " is less than required " + ReadableNumbers.of(required) + " " + mass
                                + " (" + origin.derivation() + ")"));
            }
        }
        String concentration = scenario.units().concentration();
        for (int k = 0; k < problem.receptorCount(); k++) {
            double reachable = 0;
            for (int r = 0; r < problem.regionCount(); r++) {
                reachable += problem.transfer(k, r) * regionMax[r];
            }
            double required = problem.receptorRequirement(k);
            double excess = required - reachable;
            if (excess > tolerance(required)) {
                String receptor = sp.receptorId(k);
                double limit = scenario.policy().receptorLimits().get(receptor);
                reasons.add(new Infeasibility("$.policy.receptorLimits." + receptor, ReadableNumbers.of(limit),
                        "receptor " + receptor + " cannot be met: with every control applied its concentration is "
                                + ReadableNumbers.of(limit + excess) + " " + concentration + ", above the limit "
                                + ReadableNumbers.of(limit) + " " + concentration + " by "
                                + ReadableNumbers.of(excess) + " " + concentration));
            }
        }
        return List.copyOf(reasons);
    }

    private static double tolerance(double required) {
        return RELATIVE_TOLERANCE * Math.max(1, Math.abs(required));
    }
}
