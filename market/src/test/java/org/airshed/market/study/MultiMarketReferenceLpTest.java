package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.trading.ReferenceLp;
import org.junit.jupiter.api.Test;

/**
 * Montgomery against an independent solver: on the random scenarios without quadratic curves (among
 * 400 seeds; each seed takes one rule in turn), the market's cost under every cap equals the optimum of a dense LP written here from the file's blocks
 * and options (Commons Math's simplex), not the exact solver's least cost.
 */
class MultiMarketReferenceLpTest {
    @Test
    void theMarketCostsWhatADenseLpFindsForEveryCapAtOnce() {
        int compared = 0;
        for (long seed = 0; seed < 400; seed++) {
            MultiPollutantScenario scenario = RandomMultiMarkets.draw(seed);
            if (hasQuadratic(scenario)) {
                continue;
            }
            MultiScenarioProblem problem = MultiScenarioProblem.of(scenario);
            double reference = referenceLeastCost(problem);
            MultiMarketReport r = MultiMarketStudy.run(problem,
                    MarketSpec.of(AllocationRule.values()[(int) (seed % 6)], Mechanism.EQUILIBRIUM, 0), seed,
                    MultiPollutantSolvers.exact());
            double rounding = 0;
            for (PollutantMarket m : r.pollutants()) {
                rounding += m.clearingPrice() * (m.cap() - m.permits() / 1000.0);
            }
            assertEquals(reference, r.leastCost(), 1e-7 * (1 + reference), "seed " + seed);
            assertTrue(Math.abs(r.abatementCost() - reference) <= 1e-7 * (1 + reference) + rounding, "seed " + seed
                    + ": the market costs " + r.abatementCost() + ", the reference LP " + reference);
            compared++;
        }
        // 116 of the 400 seeds have no quadratic curve.
        assertTrue(compared >= 100, "only " + compared + " scenarios without quadratics");
    }

    private static boolean hasQuadratic(MultiPollutantScenario scenario) {
        for (MultiSource s : scenario.sources()) {
            if (!s.hasOptions() && s.curves().values().stream().anyMatch(c -> !(c instanceof StepCurve))) {
                return true;
            }
        }
        return false;
    }

    /** min Σ unit cost · block use + Σ option cost · share, every cap met, shares of a source ≤ 1. */
    private static double referenceLeastCost(MultiScenarioProblem problem) {
        MultiPollutantScenario scenario = problem.scenario();
        int pCount = problem.pollutantCount();
        List<double[]> coverage = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        List<Double> bounds = new ArrayList<>();
        List<int[]> shareRows = new ArrayList<>();
        for (int i = 0; i < problem.sourceCount(); i++) {
            MultiSource s = scenario.sources().get(i);
            if (s.hasOptions()) {
                int first = costs.size();
                for (CoControlOption o : s.options()) {
                    double[] cut = new double[pCount];
                    for (int p = 0; p < pCount; p++) {
                        cut[p] = o.removal(problem.pollutant(p)) * problem.baseline(i, p);
                    }
                    coverage.add(cut);
                    costs.add(o.annualCost());
                    bounds.add(1.0);
                }
                shareRows.add(new int[] {first, costs.size()});
                continue;
            }
            for (int p = 0; p < pCount; p++) {
                AbatementCurve curve = s.curves().get(problem.pollutant(p));
                for (Step step : curve == null ? List.<Step>of() : ((StepCurve) curve).steps()) {
                    double[] cut = new double[pCount];
                    cut[p] = 1;
                    coverage.add(cut);
                    costs.add(step.unitCost());
                    bounds.add(step.amount());
                }
            }
        }
        int n = costs.size();
        ReferenceLp lp = new ReferenceLp(n);
        for (int j = 0; j < n; j++) {
            lp.upperBound(j, bounds.get(j));
        }
        for (int[] range : shareRows) {
            double[] row = new double[n];
            for (int j = range[0]; j < range[1]; j++) {
                row[j] = 1;
            }
            lp.atMost(row, 1);
        }
        for (int p = 0; p < pCount; p++) {
            Double cap = scenario.policy().caps().get(problem.pollutant(p));
            if (cap != null && problem.total(p) - cap > 0) {
                double[] row = new double[n];
                for (int j = 0; j < n; j++) {
                    row[j] = coverage.get(j)[p];
                }
                lp.atLeast(row, problem.total(p) - cap);
            }
        }
        return lp.minimum(costs.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
