package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sorted region curves (the pricing's fast path) against the plain per-source answer of
 * {@link SourceResponse}, summed source by source: the same amount and cost at random prices,
 * at block costs exactly (ties: blocks at the price are not taken) and in phase 1 (costs ignored).
 */
class MultiRegionStepCurvesTest {
    @Test
    void agreesWithTheSourceBySourceAnswer() {
        SplittableRandom rnd = new SplittableRandom(16);
        for (int instance = 0; instance < 200; instance++) {
            MultiPollutantProblem q = MultiRandomProblems.draw(MultiRandomProblems.Flavour.values()[instance % 9],
                    1_000 + instance);
            RegionStepCurves curves = new RegionStepCurves(q);
            double[] out = new double[2];
            double[] a = new double[q.pollutants];
            for (int trial = 0; trial < 20; trial++) {
                double[] g = new double[q.pollutants];
                for (int p = 0; p < q.pollutants; p++) {
                    g[p] = trial % 4 == 0 && q.blockCost.length > 0 ? q.blockCost[rnd.nextInt(q.blockCost.length)]
                            : -10 + 80 * rnd.nextDouble();
                }
                double costWeight = trial % 5 == 0 ? 0 : 1;
                for (int r = 0; r < q.regions; r++) {
                    double[] amount = new double[q.pollutants];
                    double[] cost = new double[q.pollutants];
                    for (int s = q.regionStart[r]; s < q.regionStart[r + 1]; s++) {
                        int i = q.regionSources[s];
                        if (q.optionSource[i]) {
                            continue;
                        }
                        SourceResponse.respond(q, i, g, 0, costWeight, a, 0);
                        for (int p = 0; p < q.pollutants; p++) {
                            if (q.curveKind[i * q.pollutants + p] == MultiPollutantProblem.STEPS) {
                                amount[p] += a[p];
                                cost[p] += q.curveCost(i * q.pollutants + p, a[p]);
                            }
                        }
                    }
                    for (int p = 0; p < q.pollutants; p++) {
                        curves.answer(r, p, g[p], costWeight, out);
                        assertEquals(amount[p], out[0], 1e-12 * Math.max(1, amount[p]), "amount");
                        assertEquals(cost[p], out[1], 1e-12 * Math.max(1, Math.abs(cost[p])), "cost");
                    }
                }
            }
        }
    }
}
