package org.airshed.core.discrete;

import java.util.List;

import org.airshed.core.discrete.heuristic.CostGreedy;

/**
 * The discrete solver's answer. Everything but {@link #timing()} is deterministic for a given
 * problem and seed when the run ends on node and step limits. Arrays are owned by the result.
 *
 * @param status             optimal (proven), feasible or infeasible
 * @param reasons            why the problem is infeasible (empty otherwise)
 * @param choice             option index per source (0 = no control); empty when infeasible
 * @param cost               the incumbent's annual cost (money per year)
 * @param bound              best proven lower bound (money per year): {@code cost} when optimal, else the
 *                           least bound of branch and bound's open nodes, never below {@code hullBound}
 * @param relativeGap        (cost − bound) / max(1, |cost|); 0 when optimal
 * @param hullBound          lower bound from the hull relaxation alone (money per year)
 * @param constructionCost   cost of the rounded-hull construction the search started from
 * @param greedy             the Control Strategy Tool's average-cost greedy on the same problem
 * @param totalAbatement     Σ_i a_i of the incumbent (mass per year)
 * @param receptorReduction  Σ_i T_{k,region(i)} a_i of the incumbent per receptor (concentration)
 * @param seed               the search seed
 * @param nodes              branch-and-bound nodes (relaxations solved, the root included)
 * @param searchSteps        local-search steps taken (0 when branch and bound proved optimality)
 * @param timing             wall-clock time per stage (not deterministic)
 */
public record DiscreteResult(DiscreteStatus status, List<String> reasons, int[] choice, double cost, double bound,
                             double relativeGap, double hullBound, double constructionCost, CostGreedy.Result greedy,
                             double totalAbatement, double[] receptorReduction, long seed, long nodes,
                             long searchSteps, DiscreteTiming timing) {
    public DiscreteResult {
        reasons = List.copyOf(reasons);
    }

    static DiscreteResult infeasible(List<String> reasons, int receptors, long seed, DiscreteTiming timing) {
        return new DiscreteResult(DiscreteStatus.INFEASIBLE, reasons, new int[0], Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, null, Double.NaN, new double[receptors], seed, 0, 0, timing);
    }

    /** Whether a choice was found (optimal or not). */
    public boolean isFeasible() {
        return status != DiscreteStatus.INFEASIBLE;
    }

    /** Whether the choice is proven optimal. */
    public boolean isOptimal() {
        return status == DiscreteStatus.OPTIMAL;
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
