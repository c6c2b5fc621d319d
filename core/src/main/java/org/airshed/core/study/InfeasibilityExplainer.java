package org.airshed.core.study;

import java.util.ArrayList;
import java.util.List;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.FeasibilityCheck;
import org.airshed.core.model.Scenario;
import org.airshed.core.util.JsonPath;

/**
 * Explains infeasibility before solving, in the scenario's terms (JSON paths, region ids, units).
 * The verdict is the solver's own ({@link FeasibilityCheck}): a row that every control applied
 * together still cannot meet, each reported on its own; so {@code validate} and {@code run} can
 * never disagree.
 */
public final class InfeasibilityExplainer {
    private InfeasibilityExplainer() {
    }

    /** The reasons the problem is infeasible; empty when it is feasible. */
    public static List<Infeasibility> explain(ScenarioProblem sp) {
        AllocationProblem problem = sp.problem();
        Scenario scenario = sp.scenario();
        String mass = scenario.units().mass();
        String concentration = scenario.units().concentration();
        List<Infeasibility> reasons = new ArrayList<>();
        for (FeasibilityCheck.Shortfall row : FeasibilityCheck.of(problem).shortfalls()) {
            if (row.isCap()) {
                RequirementOrigin origin = sp.capOrigin();
                String[] shown = ReadableNumbers.distinct(row.reach(), row.required());
                reasons.add(new Infeasibility(origin.location(), ReadableNumbers.of(origin.value()),
                        "maximum feasible reduction " + shown[0] + " " + mass + " is less than required " + shown[1]
                                + " " + mass + " (short by " + ReadableNumbers.of(row.excess()) + " " + mass + "; "
                                + origin.derivation() + ")"));
            } else {
                String receptor = sp.receptorId(row.receptor());
                double limit = scenario.policy().receptorLimits().get(receptor);
                double excess = row.excess();
                reasons.add(new Infeasibility(JsonPath.child("$.policy.receptorLimits", receptor), ReadableNumbers.of(limit),
                        "receptor " + receptor + " cannot be met: with every control applied its concentration is "
                                + ReadableNumbers.of(limit + excess) + " " + concentration + ", above the limit "
                                + ReadableNumbers.of(limit) + " " + concentration + " by "
                                + ReadableNumbers.of(excess) + " " + concentration));
            }
        }
        return List.copyOf(reasons);
    }
}
