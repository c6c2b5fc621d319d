package org.airshed.core.discrete;

import java.util.List;

import org.airshed.core.discrete.heuristic.CostGreedy;

/**
 * The discrete solver's answer. Everything but {@link #timing()} is deterministic for a given
 * problem and seed when the run ends on step limits. Arrays are owned by the result.
 *
 * @param status             feasible or infeasible
 * @param reasons            why the problem is infeasible (empty when feasible)
 * @param choice             option index per source (0 = no control); empty when infeasible
 * @param cost               the incumbent's annual cost (money per year)
 * @param bound              lower bound from the hull relaxation (money per year)
 * @param relativeGap        (cost − bound) / max(1, |cost|); 0 means proven optimal
 * @param constructionCost   cost of the rounded-hull construction the search started from
 * @param greedy             the Control Strategy Tool's average-cost greedy on the same problem
 * @param totalAbatement     Σ_i a_i of the incumbent (mass per year)
 * @param receptorReduction  Σ_i T_{k,region(i)} a_i of the incumbent per receptor (concentration)
 * @param seed               the search seed
 * @param searchSteps        local-search steps taken
 * @param timing             wall-clock time per stage (not deterministic)
 */
public record DiscreteResult(DiscreteStatus status, List<String> reasons, int[] choice, double cost, double bound,
                             double relativeGap, double constructionCost, CostGreedy.Result greedy,
                             double totalAbatement, double[] receptorReduction, long seed, long searchSteps,
                             DiscreteTiming timing) {
    public DiscreteResult {
        reasons = List.copyOf(reasons);
    }

    static DiscreteResult infeasible(List<String> reasons, int receptors, long seed, DiscreteTiming timing) {
        return new DiscreteResult(DiscreteStatus.INFEASIBLE, reasons, new int[0], Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, null, Double.NaN, new double[receptors], seed, 0, timing);
    }

    public boolean isFeasible() {
        return status == DiscreteStatus.FEASIBLE;
    }

    /** What the solver saves over the greedy (money per year); NaN when the greedy missed the target. */
    public double savingOverGreedy() {
        return greedy != null && greedy.met() ? greedy.cost() - cost : Double.NaN;
    }

    /** {@link #savingOverGreedy()} as a fraction of the greedy's cost (NaN when the greedy cost is 0). */
    public double relativeSavingOverGreedy() {
        double saving = savingOverGreedy();
        return greedy != null && greedy.cost() > 0 ? saving / greedy.cost() : Double.NaN;
    }
}
