package org.airshed.core.discrete.multi;

import java.util.Comparator;
import java.util.PriorityQueue;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;

/**
 * Exact branch and bound for discrete mode with several pollutants.
 * <ul>
 *   <li><b>Relaxation</b>: a node's LP is exactly the continuous version-2 problem over its free
 *       sources and allowed options ({@link NodeRelaxation}), solved by
 *       {@link MultiPollutantSolvers#exact()}; infeasible (with the solver's proof) prunes the node.</li>
 *   <li><b>Bound</b>: the Lagrangian bound at the relaxation's duals ({@link NodeBound}), which holds
 *       at any prices; a child never bounds below its parent. A node is first bounded at the root's
 *       prices (no solve), which may prune it.</li>
 *   <li><b>Fixing</b>: an option whose reduced cost puts every choice using it at or above the
 *       incumbent (less the tolerance) is forbidden in the node's subtree, at the root's prices and
 *       again at the node's own.</li>
 *   <li><b>Branching</b>: the (source, option) whose share x is fractional with the most cost at stake,
 *       min(x, 1 − x) × cost; children "source fixed to that option" and "that option forbidden"
 *       (a source with nothing left is fixed to none), so the tree is finite.</li>
 *   <li><b>Incumbents</b>: the starting one (the CoST greedy's, when it meets every row), and at each
 *       node the relaxation's largest shares and the Lagrangian choice, repaired and trimmed
 *       ({@link ChoiceRepair}).</li>
 *   <li><b>Order</b>: best bound first, ties by creation order; single-threaded, so the same problem
 *       gives the same tree on any machine and at any thread count.</li>
 * </ul>
 * Optimal means no choice is cheaper by more than {@value #OPTIMALITY_TOLERANCE} of the cost.
 */
public final class MultiBranchAndBound {
    /** Relative tolerance of the proof: nodes within it of the incumbent are not searched. */
    public static final double OPTIMALITY_TOLERANCE = 1e-9;
    /** Shares within this of 0 or 1 count as whole. */
    private static final double WHOLE = 1e-9;
    private static final Comparator<Node> BEST_FIRST = Comparator.<Node>comparingDouble(n -> n.bound)
            .thenComparingLong(n -> n.id);

    /**
     * What the tree ends with.
     *
     * @param choice         the best choice found (one option per source, 0 = none); null when none was found
     * @param cost           its annual cost (NaN without one)
     * @param bound          proven lower bound on every feasible choice's cost (∞ when the tree proved
     *                       that none exists); equal to {@code cost} when proven
     * @param hull           the root relaxation's optimum, the continuous version-2 optimum (shares Σ x ≤ 1)
     *                       as the exact continuous solver reports it (NaN when the root relaxation is
     *                       infeasible); not used for pruning, which rests on the safe Lagrangian bound
     * @param proven         whether the tree was searched to the end (optimal, or proven infeasible)
     * @param nodes          relaxations solved (the root included)
     */
    public record Result(int[] choice, double cost, double bound, double hull, boolean proven, long nodes) {
    }

    /** An open node: what it allows, its bound, and the (source, option) it will branch on. */
    private record Node(NodeState state, double bound, long id, int[] branch) {
    }

    private final MultiDiscreteProblem d;
    private final MultiPollutantSolver solver = MultiPollutantSolvers.exact();
    private final PriorityQueue<Node> open = new PriorityQueue<>(BEST_FIRST);
    private int[] best;
    private double bestCost = Double.POSITIVE_INFINITY;
    private long nodes;
    private long nextId;
    /** The root relaxation's optimum (the continuous one); NaN until evaluated, and when it is infeasible. */
    private double hull = Double.NaN;
    /** The root relaxation's row prices: every later node is first narrowed at them. */
    private double[] rootPrices;

    private final long nodeLimit;

    private MultiBranchAndBound(MultiDiscreteProblem d, long nodeLimit) {
        this.d = d;
        this.nodeLimit = nodeLimit;
    }

    /**
     * @param incumbent     a choice to start from (ignored unless it meets every row); may be null
     * @param nodeLimit     most relaxations to solve (≥ 1)
     * @param deadlineNanos {@link System#nanoTime()} at which to stop (null = none; not reproducible)
     */
    public static Result solve(MultiDiscreteProblem problem, int[] incumbent, long nodeLimit, Long deadlineNanos) {
        if (nodeLimit < 1) {
            throw new IllegalArgumentException("invalid node limit: " + nodeLimit + " (must be >= 1)");
        }
        return new MultiBranchAndBound(problem, nodeLimit).run(incumbent, deadlineNanos);
    }

    private Result run(int[] incumbent, Long deadlineNanos) {
        if (incumbent != null && d.meets(incumbent)) {
            int[] start = incumbent.clone();
            ChoiceRepair.trim(d, NodeState.root(d), start);
            offer(d.meets(start) ? start : incumbent.clone());
        }
        Node root = evaluate(NodeState.root(d), Double.NEGATIVE_INFINITY);
        if (root != null) {
            open.add(root);
        }
        while (!open.isEmpty() && nodes < nodeLimit && (deadlineNanos == null || System.nanoTime() - deadlineNanos < 0)) {
            Node node = open.poll();
            if (node.bound < cutoff() && node.branch != null) {
                branch(node);
            }
        }
        double bound = bestCost;
        for (Node node : open) {
            if (node.bound < cutoff()) {
                bound = Math.min(bound, node.bound);
            }
        }
        boolean proven = open.stream().noneMatch(n -> n.bound < cutoff());
        if (best == null) {
            return new Result(null, Double.NaN, proven ? Double.POSITIVE_INFINITY : bound, hull, proven, nodes);
        }
        bound = proven ? bestCost : Math.min(bound, bestCost);
        return new Result(best.clone(), bestCost, bound, hull, proven, nodes);
    }

    private void branch(Node node) {
        NodeState s = node.state;
        int i = node.branch[0];
        int k = node.branch[1];
        for (NodeState child : new NodeState[] {s.fix(i, k), s.forbid(d, i, k)}) {
            if (nodes >= nodeLimit) {
                // The budget is spent: the child stays open, unsolved, at its parent's bound.
                open.add(new Node(child, node.bound, nextId++, null));
                continue;
            }
            Node c = evaluate(child, node.bound);
            if (c != null) {
                open.add(c);
            }
        }
    }

    /**
     * Bounds a node, narrowed first by reduced-cost fixing at the root's prices and then at its own;
     * null when it is infeasible, cannot beat the incumbent, or was solved outright.
     */
    private Node evaluate(NodeState given, double inherited) {
        boolean first = rootPrices == null;
        NodeState s = given;
        if (!first) {
            // The root's prices bound every node too (any prices do): prune or narrow before solving.
            double atRoot = NodeBound.of(d, given, rootPrices);
            if (atRoot >= cutoff()) {
                return null;
            }
            s = NodeBound.fix(d, given, rootPrices, atRoot, cutoff());
            inherited = Math.max(inherited, atRoot);
        }
        if (!anyFree(s)) {
            closeWhole(s, first);
            return null;
        }
        nodes++;
        NodeRelaxation.Solution lp = NodeRelaxation.solve(d, s, solver);
        if (lp.infeasible()) {
            return null;
        }
        double atPrices = NodeBound.of(d, s, lp.rowPrices());
        double bound = Math.max(inherited, atPrices);
        if (first) {
            hull = lp.objective();
            rootPrices = lp.rowPrices();
        }
        // Incumbent candidates: the relaxation's largest shares, and the Lagrangian choice.
        int[] whole = rounded(s, lp);
        tryCandidate(s, whole.clone());
        tryCandidate(s, NodeBound.choice(d, s, lp.rowPrices()));
        if (bound >= cutoff()) {
            return null;
        }
        if (fractional(s, lp) == null && d.meets(whole) && d.cost(whole) <= bound + tolerance()) {
            return null; // whole shares: the relaxation's choice is the node's best
        }
        s = NodeBound.fix(d, s, lp.rowPrices(), atPrices, cutoff());
        if (!anyFree(s)) {
            closeWhole(s, false);
            return null;
        }
        int[] branch = fractional(s, lp);
        return new Node(s, bound, nextId++, branch == null ? firstChoice(s) : branch);
    }

    /** A node with every source fixed: its one choice. */
    private void closeWhole(NodeState s, boolean first) {
        int[] choice = s.fixed.clone();
        if (d.meets(choice)) {
            offer(choice);
            hull = first ? d.cost(choice) : hull;
        }
    }

    private void tryCandidate(NodeState s, int[] candidate) {
        if (ChoiceRepair.repair(d, s, candidate)) {
            ChoiceRepair.trim(d, s, candidate);
            if (d.meets(candidate)) {
                offer(candidate);
            }
        }
    }

    /** Each free source at its option with the largest share (none when every share is 0). */
    private int[] rounded(NodeState s, NodeRelaxation.Solution lp) {
        int[] choice = new int[d.sourceCount()];
        for (int i = 0; i < choice.length; i++) {
            if (!s.isFree(i)) {
                choice[i] = s.fixed[i];
                continue;
            }
            double most = WHOLE;
            for (int k = 1; k < d.optionCount(i); k++) {
                if (lp.shares()[i][k] > most) {
                    most = lp.shares()[i][k];
                    choice[i] = k;
                }
            }
        }
        return choice;
    }

    /** The fractional (source, option) with the most cost at stake, min(x, 1 − x) × cost; null if all whole. */
    private int[] fractional(NodeState s, NodeRelaxation.Solution lp) {
        int[] pick = null;
        double bestScore = -1;
        for (int i = 0; i < d.sourceCount(); i++) {
            if (!s.isFree(i)) {
                continue;
            }
            for (int k = 1; k < d.optionCount(i); k++) {
                double x = lp.shares()[i][k];
                if (x <= WHOLE || x >= 1 - WHOLE || !s.allows(d, i, k)) {
                    continue;
                }
                double score = Math.min(x, 1 - x) * Math.max(d.cost(i, k), Double.MIN_NORMAL);
                if (score > bestScore) {
                    bestScore = score;
                    pick = new int[] {i, k};
                }
            }
        }
        return pick;
    }

    /** The first free source's first allowed option (when the relaxation gives nothing to branch on). */
    private int[] firstChoice(NodeState s) {
        for (int i = 0; i < d.sourceCount(); i++) {
            if (s.isFree(i)) {
                for (int k = 1; k < d.optionCount(i); k++) {
                    if (s.allows(d, i, k)) {
                        return new int[] {i, k};
                    }
                }
            }
        }
        throw new IllegalStateException("a free source without an allowed option");
    }

    private boolean anyFree(NodeState s) {
        for (int i = 0; i < d.sourceCount(); i++) {
            if (s.isFree(i)) {
                return true;
            }
        }
        return false;
    }

    private void offer(int[] choice) {
        double cost = d.cost(choice);
        if (cost < bestCost) {
            best = choice.clone();
            bestCost = cost;
        }
    }

    private double tolerance() {
        return OPTIMALITY_TOLERANCE * Math.max(1, Math.abs(bestCost));
    }

    /** Nodes bounded at or above this cannot hold a choice cheaper than the incumbent by more than the tolerance. */
    private double cutoff() {
        return bestCost == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : bestCost - tolerance();
    }
}
