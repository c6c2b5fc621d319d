package org.airshed.core.study.multi;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.study.ReadableNumbers;

/**
 * Explains, before solving, the policy rows of a version-2 scenario that no allocation can meet on
 * their own, in file terms: a cap beyond what every source abating its most of that pollutant
 * reaches, a limit above the lowest concentration the sources can bring about (cutting only what
 * lowers it: with a negative coefficient, cutting raises it). Rows that each hold but cannot hold
 * together are left to the solver, whose status is then infeasible with its reasons.
 */
public final class MultiInfeasibility {
    private MultiInfeasibility() {
    }

    /** The rows that cannot be met on their own; empty when each can. */
    public static List<Infeasibility> explain(MultiScenarioProblem problem) {
        List<Infeasibility> reasons = new ArrayList<>();
        String mass = problem.scenario().units().mass();
        String concentration = problem.scenario().units().concentration();
        MultiPolicy policy = problem.scenario().policy();
        for (int p = 0; p < problem.pollutantCount(); p++) {
            double required = problem.capRequirement(p);
            if (!(required > 0)) {
                continue;
            }
            double reach = 0;
            for (int i = 0; i < problem.sourceCount(); i++) {
                reach += problem.maxAbatement(i, p);
            }
            if (reach < required * (1 - 1e-12) - 1e-9) {
                String id = problem.pollutant(p);
                String[] shown = ReadableNumbers.distinct(reach, required);
                reasons.add(new Infeasibility("$.policy.caps." + id, ReadableNumbers.of(policy.caps().get(id)),
                        "maximum feasible reduction of " + id + " " + shown[0] + " " + mass
                                + " is less than required " + shown[1] + " " + mass + " (short by "
                                + ReadableNumbers.of(required - reach) + " " + mass + "; baseline "
                                + ReadableNumbers.of(problem.total(p)) + " " + mass + " minus the cap)"));
            }
        }
        for (int j : problem.receptorRegions()) {
            String id = problem.region(j);
            double limit = policy.receptorLimits().get(id);
            double lowest = lowestConcentration(problem, j);
            if (lowest > limit * (1 + 1e-12) + 1e-12) {
                reasons.add(new Infeasibility("$.policy.receptorLimits." + id, ReadableNumbers.of(limit),
                        "receptor " + id + " cannot be met: with every control that lowers it applied its"
                                + " concentration is " + ReadableNumbers.of(lowest) + " " + concentration
                                + ", above the limit " + ReadableNumbers.of(limit) + " " + concentration + " by "
                                + ReadableNumbers.of(lowest - limit) + " " + concentration));
            }
        }
        return List.copyOf(reasons);
    }

    /** The lowest concentration at region j: each source on its own does what lowers it most. */
    static double lowestConcentration(MultiScenarioProblem problem, int j) {
        double[] row = problem.transferRow(j);
        double lowest = problem.baselineConcentration(j);
        if (row == null) {
            return lowest;
        }
        int pCount = problem.pollutantCount();
        int rCount = problem.regionCount();
        for (int i = 0; i < problem.sourceCount(); i++) {
            int r = problem.sourceRegion(i);
            MultiSource s = problem.scenario().sources().get(i);
            if (s.hasOptions()) {
                double best = 0;
                for (CoControlOption o : s.options()) {
                    double fall = 0;
                    for (int p = 0; p < pCount; p++) {
                        fall += row[p * rCount + r] * o.removal(problem.pollutant(p)) * problem.baseline(i, p);
                    }
                    best = Math.max(best, fall);
                }
                lowest -= best;
            } else {
                for (int p = 0; p < pCount; p++) {
                    double t = row[p * rCount + r];
                    if (t > 0) {
                        lowest -= t * problem.maxAbatement(i, p);
                    }
                }
            }
        }
        return lowest;
    }
}
