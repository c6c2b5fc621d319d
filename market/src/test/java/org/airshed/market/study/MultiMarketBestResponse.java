package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.multi.MultiScenarioProblem;

/**
 * The plain check that a version-2 market's plan is a competitive equilibrium from each source's side:
 * at the permit prices λ_p (0 for an uncapped pollutant) every source's cost minus Σ_p λ_p·a_p is the
 * least it can reach. Read from the scenario's own curves and options, never the solver's arrays: a
 * curve source pollutant by pollutant (every block cheaper than λ taken; a quadratic at its
 * stationary point), an option source by enumerating its options (the LP over Σ x ≤ 1 has its optimum
 * at a vertex: no option, or one option in full).
 */
final class MultiMarketBestResponse {
    private MultiMarketBestResponse() {
    }

    static void check(MultiScenarioProblem problem, MultiMarketReport r, String what) {
        int pCount = problem.pollutantCount();
        double[] price = new double[pCount];
        for (PollutantMarket m : r.pollutants()) {
            price[problem.scenario().pollutants().indexOf(m.pollutant())] = m.clearingPrice();
        }
        int option = 0;
        for (int i = 0; i < problem.sourceCount(); i++) {
            MultiSource s = problem.scenario().sources().get(i);
            double value = 0;
            double best = 0;
            double scale = 1;
            if (s.hasOptions()) {
                double shares = 0;
                for (CoControlOption o : s.options()) {
                    double x = r.optionShares()[option++];
                    assertTrue(x >= -1e-12, what + ": " + s.id() + " applies " + o.name() + " at " + x);
                    shares += x;
                    double reduced = o.annualCost();
                    for (int p = 0; p < pCount; p++) {
                        reduced -= price[p] * o.removal(problem.pollutant(p)) * problem.baseline(i, p);
                    }
                    value += x * reduced;
                    best = Math.min(best, reduced);
                    scale += Math.abs(o.annualCost()) + Math.abs(reduced);
                }
                assertTrue(shares <= 1 + 1e-9, what + ": " + s.id() + "'s shares sum to " + shares);
                for (int p = 0; p < pCount; p++) {
                    double a = 0;
                    int first = option - s.options().size();
                    for (int o = 0; o < s.options().size(); o++) {
                        a += r.optionShares()[first + o] * s.options().get(o).removal(problem.pollutant(p))
                                * problem.baseline(i, p);
                    }
                    double reported = r.abatement()[i * pCount + p];
                    assertTrue(Math.abs(a - reported) <= 1e-9 * (1 + problem.baseline(i, p)), what + ": " + s.id()
                            + " abates " + reported + " of " + problem.pollutant(p) + ", its shares give " + a);
                }
            } else {
                for (int p = 0; p < pCount; p++) {
                    AbatementCurve curve = s.curves().get(problem.pollutant(p));
                    double a = r.abatement()[i * pCount + p];
                    if (curve == null) {
                        assertTrue(Math.abs(a) <= 1e-9, what + ": " + s.id() + " abates " + a + " with no curve");
                        continue;
                    }
                    value += curve.cost(a) - price[p] * a;
                    best += bestOnCurve(curve, price[p]);
                    scale += curve.cost(curve.maxAbatement()) + price[p] * curve.maxAbatement();
                }
            }
            assertTrue(value - best <= 1e-7 * scale && best - value <= 1e-7 * scale, what + ": " + s.id()
                    + " is not at its best response: cost − λ·a = " + value + ", best " + best);
        }
    }

    /** min over a of cost(a) − λ·a on one curve. */
    private static double bestOnCurve(AbatementCurve curve, double lambda) {
        if (curve instanceof StepCurve steps) {
            double best = 0;
            for (Step step : steps.steps()) {
                best += Math.min(0, (step.unitCost() - lambda) * step.amount());
            }
            return best;
        }
        QuadraticCurve q = (QuadraticCurve) curve;
        double a = Math.min(q.max(), Math.max(0, (lambda - q.linear()) / q.slope()));
        return q.cost(a) - lambda * a;
    }
}
