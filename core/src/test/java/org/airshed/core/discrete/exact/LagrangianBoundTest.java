package org.airshed.core.discrete.exact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.airshed.core.discrete.BruteForce;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.TinyInstances;
import org.airshed.core.discrete.bound.HullBound;
import org.junit.jupiter.api.Test;

/**
 * The Lagrangian bound against brute force on tiny instances: at any prices ≥ 0 (drawn up to
 * twice the hull's) it stays at or below the optimum, at the hull's prices it is the hull bound, and reduced-cost fixing with a
 * cutoff just above the optimum never drops an option of the optimal choice.
 */
class LagrangianBoundTest {
    private static final int INSTANCES = 300;

    @Test
    void neverExceedsTheOptimumAtAnyPricesAndFixingKeepsTheOptimum() {
        SplittableRandom random = new SplittableRandom(13);
        int checked = 0;
        for (long seed = 7000; seed < 7000 + INSTANCES; seed++) {
            DiscreteProblem p = TinyInstances.generate(seed);
            int[] optimum = BruteForce.optimum(p);
            if (optimum == null) {
                continue;
            }
            checked++;
            double best = p.cost(optimum);
            OptionTable t = OptionTable.of(ScaledProblem.of(p));
            int[] positions = t.positions(optimum);
            HullBound hull = HullBound.compute(p);
            double[] hullPrices = new double[t.rows];
            for (int j = 0; j < t.rows; j++) {
                hullPrices[j] = t.scaled.hasCap() && j == 0 ? hull.capPrice()
                        : hull.receptorPrices()[t.scaled.hasCap() ? j - 1 : j];
            }
            for (int draw = 0; draw < 20; draw++) {
                double[] prices = new double[t.rows];
                for (int j = 0; j < prices.length; j++) {
                    prices[j] = random.nextInt(4) == 0 ? 0 : 2 * random.nextDouble() * (hullPrices[j] + 1);
                }
                check(t, prices, best, positions, "seed " + seed + " draw " + draw);
            }
            double atHull = check(t, hullPrices, best, positions, "seed " + seed + " at the hull's prices");
            assertTrue(atHull >= hull.bound() - 1e-6 * Math.max(1, Math.abs(hull.bound())),
                    "seed " + seed + ": " + atHull + " well below the hull bound " + hull.bound());
        }
        assertTrue(checked > INSTANCES / 2, "feasible instances: " + checked);
    }

    private static double check(OptionTable t, double[] prices, double optimum, int[] optimal, String what) {
        int[] lo = new int[t.sources];
        int[] hi = new int[t.sources];
        t.reset(lo, hi);
        LagrangianBound bound = LagrangianBound.of(t, prices, lo, hi);
        assertTrue(bound.value() <= optimum + 1e-9 * Math.max(1, optimum), what + ": " + bound.value() + " > " + optimum);
        bound.fix(lo, hi, optimum + 1e-6, new IntTriples());
        for (int f = 0; f < t.sources; f++) {
            assertTrue(lo[f] <= optimal[f] && optimal[f] <= hi[f], what + ": fixing dropped source " + f + "'s optimal option");
        }
        return bound.value();
    }
}
