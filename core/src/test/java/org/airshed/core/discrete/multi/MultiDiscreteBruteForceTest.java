package org.airshed.core.discrete.multi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.junit.jupiter.api.Test;

/**
 * Discrete mode with several pollutants against brute force on tiny seeded instances (2–6 sources,
 * 1–3 options each): every choice enumerated, its rows and cost recomputed from the base problem
 * ({@link IndependentRows}, at the solver's own tolerance through {@link MultiDiscreteProblem#meets}
 * for the enumeration, and checked again at 1e-7 for the answer). The solver is optimal exactly
 * when some choice meets every row, at the least cost (relative 1e-9), and infeasible otherwise.
 */
class MultiDiscreteBruteForceTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void optimaEqualTheLeastCostOfEveryChoiceOnTinyInstances() {
        List<String> failures = new ArrayList<>();
        int feasible = 0;
        int infeasible = 0;
        for (long seed = 0; seed < 300; seed++) {
            MultiPollutantProblem q = MultiDiscreteInstances.tiny(seed);
            MultiDiscreteProblem d = MultiDiscreteProblem.of(q);
            double least = least(d);
            MultiDiscreteResult r = MultiDiscreteSolver.solve(d, 20_000, null, seed);
            String at = "seed " + seed + ": ";
            if (Double.isNaN(least)) {
                infeasible++;
                if (r.status() != MultiDiscreteStatus.INFEASIBLE) {
                    failures.add(at + "no choice meets every row, the solver says " + r.status() + " " + r.cost());
                }
                continue;
            }
            feasible++;
            if (!r.isOptimal() || Math.abs(r.cost() - least) > TOLERANCE * Math.max(1, least)) {
                failures.add(at + r.status() + " " + r.cost() + ", brute force " + least);
            } else if (!IndependentRows.broken(q, r.choice()).isEmpty()) {
                failures.add(at + "the choice breaks " + IndependentRows.broken(q, r.choice()));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(feasible >= 100 && infeasible >= 20, "a poor mix: " + feasible + " feasible, " + infeasible
                + " infeasible");
    }

    /** The least cost of a choice meeting every row; NaN when none does. */
    private static double least(MultiDiscreteProblem d) {
        int n = d.sourceCount();
        int[] choice = new int[n];
        double least = Double.NaN;
        while (true) {
            if (d.meets(choice)) {
                double cost = IndependentRows.cost(d.base(), choice);
                least = Double.isNaN(least) ? cost : Math.min(least, cost);
            }
            int i = 0;
            while (i < n && ++choice[i] == d.optionCount(i)) {
                choice[i++] = 0;
            }
            if (i == n) {
                return least;
            }
        }
    }
}
