package org.airshed.core.discrete.multi;

import java.time.Duration;
import java.util.List;

/**
 * Discrete mode with several pollutants: one co-control option or none per source, every cap and
 * receptor limit met, at least annual cost. The CoST greedy ({@link MultiCostGreedy}) runs first as
 * the baseline and, when it meets every row, as the starting incumbent; exact branch and bound
 * ({@link MultiBranchAndBound}) then proves the optimum or bounds the gap within its node and time
 * limits. Version 1's OptaPlanner search is not carried over: the tree's incumbent is the answer.
 */
public final class MultiDiscreteSolver {
    private MultiDiscreteSolver() {
    }

    /**
     * @param nodeLimit most relaxations (≥ 1)
     * @param timeLimit wall-clock limit of the tree (null = none; not reproducible)
     * @param seed      recorded with the result (the solve makes no random choice)
     */
    public static MultiDiscreteResult solve(MultiDiscreteProblem problem, long nodeLimit, Duration timeLimit,
                                            long seed) {
        Long deadline = timeLimit == null ? null : System.nanoTime() + timeLimit.toNanos();
        MultiCostGreedy.Result greedy = MultiCostGreedy.solve(problem);
        MultiBranchAndBound.Result tree = MultiBranchAndBound.solve(problem, greedy.met() ? greedy.choice() : null,
                nodeLimit, deadline);
        if (tree.choice() == null) {
            MultiDiscreteStatus status = tree.proven() ? MultiDiscreteStatus.INFEASIBLE
                    : MultiDiscreteStatus.NO_CHOICE_FOUND;
            String reason = tree.proven()
                    ? "no choice of one option or none per source meets every cap and receptor limit (branch and"
                    + " bound searched every choice" + (Double.isNaN(tree.hull()) ? "; even shares Σ x ≤ 1 cannot)"
                    : ")")
                    : "no choice meeting every cap and receptor limit found within " + tree.nodes()
                    + " branch-and-bound nodes" + (deadline == null ? "" : " or the time limit")
                    + "; raise discrete.nodes or timeLimitSeconds";
            return new MultiDiscreteResult(status, List.of(reason), new int[0], Double.NaN, Double.NaN, Double.NaN,
                    tree.hull(), greedy, seed, tree.nodes());
        }
        double cost = tree.cost();
        double gap = tree.proven() ? 0 : (cost - tree.bound()) / Math.max(1, Math.abs(cost));
        return new MultiDiscreteResult(tree.proven() ? MultiDiscreteStatus.OPTIMAL : MultiDiscreteStatus.FEASIBLE,
                List.of(), tree.choice(), cost, tree.proven() ? cost : tree.bound(), gap, tree.hull(), greedy, seed,
                tree.nodes());
    }
}
