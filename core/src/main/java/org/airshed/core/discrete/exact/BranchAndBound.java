package org.airshed.core.discrete.exact;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.PriorityQueue;

import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.heuristic.RoundedHull;

/**
 * Branch and bound on the hull relaxation: proves a choice optimal, or bounds how far from
 * optimal it can be.
 * <ul>
 *   <li><b>Nodes</b> allow each source a run of its options in order of abatement
 *       ({@link OptionTable}); the root allows all.</li>
 *   <li><b>Bound</b>: the node's hull relaxation is solved by the exact continuous solver
 *       ({@link NodeRelaxation}) and its prices give the Lagrangian bound
 *       ({@link LagrangianBound}), which holds at any prices; a child never bounds below its parent.</li>
 *   <li><b>Fixing</b>: an option whose reduced cost puts every choice using it at or above the
 *       incumbent (less the tolerance) is dropped from the node's subtree; at the root, for good,
 *       again whenever the incumbent improves. The tree then works on the sources the root left a
 *       choice ({@link OptionTable#reduce}).</li>
 *   <li><b>Branching</b>: at a vertex at most K + 1 sources are fractional, between two hull
 *       points; the one whose rounding moves the most cost splits its options into those abating
 *       at most its relaxed amount and those abating more. Every option goes to one child, so the
 *       tree is finite.</li>
 *   <li><b>Incumbents</b>: each relaxation rounded up to hull points (feasible by construction),
 *       trimmed when it beats the incumbent.</li>
 *   <li><b>Order</b>: best bound first, ties by creation order; single-threaded, so the same
 *       problem gives the same tree, whatever the machine.</li>
 * </ul>
 * Optimal means no choice is cheaper by more than {@value #OPTIMALITY_TOLERANCE} of the cost:
 * the continuous solver certifies its relaxations to that precision.
 */
public final class BranchAndBound {
    /** Relative tolerance of the proof: nodes within it of the incumbent are not searched. */
    public static final double OPTIMALITY_TOLERANCE = 1e-9;
    private static final long PIVOT_SEED = 0xb0b_5eedL;
    /** Options × rows beyond which the tables would not fit a heap comfortably: the tree is skipped. */
    static final long MAX_TABLE_ENTRIES = 1L << 26;
    private static final Comparator<Node> BEST_FIRST = Comparator.<Node>comparingDouble(n -> n.bound)
            .thenComparingLong(n -> n.id);

    private final ScaledProblem scaled;
    private final ExactAllocationSolver solver = new ExactAllocationSolver(PIVOT_SEED, 1);
    private final PriorityQueue<Node> open = new PriorityQueue<>(BEST_FIRST);
    /** The table the tree works on: after the root, only the sources the root's fixing left a choice. */
    private OptionTable t;
    /** What every node starts from: the root's positions, narrowed again whenever the incumbent improves. */
    private int[] rootLo;
    private int[] rootHi;
    private LagrangianBound rootLagrangian;
    /** The incumbent, one option per problem source, and its cost. */
    private int[] best;
    private double bestCost;
    private long nodes;
    private long nextId;

    /** A node: its narrowings over its parent's, its bound and prices, and where it branches. */
    private static final class Node {
        final Node parent;
        final int[] changes;
        final double bound;
        final double[] prices;
        final long id;
        final int branchSource;
        final int split;

        Node(Node parent, int[] changes, double bound, double[] prices, long id, int branchSource, int split) {
            this.parent = parent;
            this.changes = changes;
            this.bound = bound;
            this.prices = prices;
            this.id = id;
            this.branchSource = branchSource;
            this.split = split;
        }
    }

    private BranchAndBound(ScaledProblem scaled) {
        this.scaled = scaled;
    }

    /**
     * Searches until the tree is exhausted, {@code nodeLimit} relaxations are solved or
     * {@code deadline} passes.
     *
     * @param scaled        the problem
     * @param hull          its hull relaxation, solved: the bound to start from and the root's prices
     * @param incumbent     a feasible choice (one option index per source)
     * @param nodeLimit     most relaxations to solve (≥ 1; the limit is checked before each node
     *                      is branched, so its two children may take it one over)
     * @param deadlineNanos {@link System#nanoTime()} at which to stop, or null for none
     */
    public static BranchAndBoundResult solve(ScaledProblem scaled, HullBound hull, int[] incumbent, long nodeLimit,
                                             Long deadlineNanos) {
        if (nodeLimit < 1) {
            throw new IllegalArgumentException("invalid nodeLimit: " + nodeLimit + " (must be >= 1)");
        }
        if (!scaled.isFeasible(incumbent)) {
            throw new IllegalArgumentException("invalid incumbent: it misses a requirement");
        }
        double[] prices = new double[scaled.rowCount()];
        for (int j = 0; j < prices.length; j++) {
            prices[j] = scaled.hasCap() && j == 0 ? hull.capPrice() : hull.receptorPrices()[scaled.hasCap() ? j - 1 : j];
        }
        double cost = scaled.problem().cost(incumbent);
        if ((long) OptionTable.positions(scaled.problem()) * scaled.rowCount() > MAX_TABLE_ENTRIES) {
            return new BranchAndBoundResult(incumbent.clone(), cost, Math.min(hull.bound(), cost), false, 0, 1);
        }
        return new BranchAndBound(scaled).run(hull.bound(), prices, incumbent, nodeLimit, deadlineNanos);
    }

    private BranchAndBoundResult run(double startBound, double[] hullPrices, int[] incumbent, long nodeLimit,
                                     Long deadlineNanos) {
        best = incumbent.clone();
        bestCost = scaled.problem().cost(best);
        t = OptionTable.of(scaled);
        int[] lo = new int[t.sources];
        int[] hi = new int[t.sources];
        t.reset(lo, hi);
        // Fix at the hull's prices (no relaxation to solve again), then work on the sources left a choice.
        LagrangianBound atHull = LagrangianBound.of(t, hullPrices, lo, hi);
        double rootBound = Math.max(startBound, atHull.value());
        if (rootBound < cutoff()) {
            atHull.fix(lo, hi, cutoff(), new IntTriples());
            t = t.reduce(lo, hi);
            rootLo = new int[t.sources];
            rootHi = new int[t.sources];
            t.reset(rootLo, rootHi);
            rootLagrangian = LagrangianBound.of(t, hullPrices, rootLo, rootHi);
            Node root = evaluate(null, rootLo.clone(), rootHi.clone(), new IntTriples(), rootBound, hullPrices);
            if (root != null) {
                open.add(root);
            }
        }
        while (!open.isEmpty() && withinLimits(nodeLimit, deadlineNanos)) {
            Node node = open.poll();
            if (node.bound < cutoff()) {
                branch(node);
            }
        }
        double bound = bestCost;
        int left = 0;
        for (Node node : open) {
            if (node.bound < cutoff()) {
                bound = Math.min(bound, node.bound);
                left++;
            }
        }
        return new BranchAndBoundResult(best.clone(), bestCost, Math.max(Math.min(startBound, bestCost), bound),
                left == 0, nodes, left);
    }

    private boolean withinLimits(long nodeLimit, Long deadlineNanos) {
        return nodes < nodeLimit && (deadlineNanos == null || System.nanoTime() - deadlineNanos < 0);
    }

    private void branch(Node node) {
        int[] lo = new int[t.sources];
        int[] hi = new int[t.sources];
        if (!reconstruct(node, lo, hi)) {
            return; // the root's later fixing left a source nothing
        }
        int s = node.branchSource;
        for (boolean down : new boolean[] {true, false}) {
            int[] childLo = lo.clone();
            int[] childHi = hi.clone();
            if (down) {
                childHi[s] = Math.min(childHi[s], node.split);
            } else {
                childLo[s] = Math.max(childLo[s], node.split + 1);
            }
            if (childLo[s] > childHi[s]) {
                continue;
            }
            IntTriples changes = new IntTriples();
            changes.add(s, childLo[s], childHi[s]);
            Node child = evaluate(node, childLo, childHi, changes, node.bound, node.prices);
            if (child != null) {
                open.add(child);
            }
        }
    }

    /**
     * Bounds a node (narrowing {@code lo}/{@code hi} by reduced-cost fixing and recording it in
     * {@code changes}) and picks its branching; null when the node is infeasible, cannot beat
     * the incumbent, or was solved outright.
     */
    private Node evaluate(Node parent, int[] lo, int[] hi, IntTriples changes, double inherited,
                          double[] inheritedPrices) {
        if (!t.canMeet(hi)) {
            return null;
        }
        nodes++;
        NodeRelaxation.Solution lp = NodeRelaxation.solve(t, lo, hi, solver);
        double[] prices = lp.solved() ? lp.rowPrices() : inheritedPrices;
        LagrangianBound lagrangian = LagrangianBound.of(t, prices, lo, hi);
        double bound = Math.max(inherited, lagrangian.value());
        double rounded = lp.solved() ? tryRounding(lp) : Double.POSITIVE_INFINITY;
        if (bound >= cutoff() || rounded <= bound + tolerance()) {
            return null; // cannot beat the incumbent, or its rounding is as good as anything in it
        }
        lagrangian.fix(lo, hi, cutoff(), changes);
        int source = lp.solved() ? fractionalToBranch(lp, lo, hi) : -1;
        int split = source < 0 ? -1 : lastAtMost(lo[source], hi[source], lp.abatement()[source]);
        if (source < 0) {
            // No usable fractional source (the relaxation failed, or its rounding missed a row by
            // a unit): split the first source that still has a choice.
            for (int f = 0; f < t.sources && source < 0; f++) {
                if (lo[f] < hi[f]) {
                    source = f;
                    split = lp.solved()
                            ? Math.min(hi[f] - 1, Math.max(lo[f], lastAtMost(lo[f], hi[f], lp.abatement()[f])))
                            : (lo[f] + hi[f]) >>> 1;
                }
            }
        }
        if (source < 0) {
            offer(lo); // one choice left, and the node can meet every row: it is that choice
            return null;
        }
        return new Node(parent, changes.toArray(), bound, prices, nextId++, source, split);
    }

    /**
     * The fractional source whose rounding moves the most cost, min(f, 1 − f) × the cost
     * between its two hull points, among those fixing left both sides; −1 if none (ties: the first).
     */
    private int fractionalToBranch(NodeRelaxation.Solution lp, int[] lo, int[] hi) {
        int source = -1;
        double bestScore = -1;
        for (int f = 0; f < t.sources; f++) {
            if (lo[f] == hi[f] || !lp.isFractional(t, f)) {
                continue;
            }
            int at = lastAtMost(lo[f], hi[f], lp.abatement()[f]);
            if (at < lo[f] || at >= hi[f]) {
                continue; // fixing already took one side away
            }
            int[] h = lp.hull()[f];
            int k = lp.roundedUp(t, f);
            double below = t.abatement[h[k - 1]];
            double fraction = (lp.abatement()[f] - below) / (t.abatement[h[k]] - below);
            double score = Math.min(fraction, 1 - fraction) * (t.cost[h[k]] - t.cost[h[k - 1]]);
            if (score > bestScore) {
                bestScore = score;
                source = f;
            }
        }
        return source;
    }

    /** The last position in {@code [lo, hi]} abating at most {@code amount}; lo − 1 if none. */
    private int lastAtMost(int lo, int hi, double amount) {
        int at = lo - 1;
        while (at < hi && t.abatement[at + 1] <= amount) {
            at++;
        }
        return at;
    }

    /** Rounds every source up to its next hull point; offers the result; returns its cost (∞ if it misses a row). */
    private double tryRounding(NodeRelaxation.Solution lp) {
        int[] positions = new int[t.sources];
        for (int f = 0; f < t.sources; f++) {
            positions[f] = lp.hull()[f][lp.roundedUp(t, f)];
        }
        return offer(positions);
    }

    /**
     * Takes a choice (the table's positions) as the incumbent if it is feasible and cheaper,
     * trimmed first, and narrows the root by the new cutoff; returns its untrimmed cost, ∞ if it
     * misses a row.
     */
    private double offer(int[] positions) {
        if (!t.meets(positions)) {
            return Double.POSITIVE_INFINITY;
        }
        double cost = t.cost(positions);
        if (cost < bestCost) {
            int[] choice = t.choice(positions);
            double untrimmed = scaled.problem().cost(choice);
            int[] trimmed = choice.clone();
            RoundedHull.trim(scaled, trimmed, scaled.totals(trimmed));
            int[] candidate = scaled.problem().cost(trimmed) < untrimmed && scaled.isFeasible(trimmed) ? trimmed : choice;
            double candidateCost = scaled.problem().cost(candidate);
            if (candidateCost < bestCost) {
                best = candidate;
                bestCost = candidateCost;
                if (rootLagrangian != null) {
                    rootLagrangian.fix(rootLo, rootHi, cutoff(), new IntTriples());
                }
            }
        }
        return cost;
    }

    private double tolerance() {
        return OPTIMALITY_TOLERANCE * Math.max(1, Math.abs(bestCost));
    }

    /** Nodes bounded at or above this cannot hold a choice cheaper than the incumbent by more than the tolerance. */
    private double cutoff() {
        return bestCost - tolerance();
    }

    /**
     * The node's allowed positions: the root's (as narrowed since), narrowed by every change on
     * the path down to it; false when nothing is left to some source.
     */
    private boolean reconstruct(Node node, int[] lo, int[] hi) {
        System.arraycopy(rootLo, 0, lo, 0, lo.length);
        System.arraycopy(rootHi, 0, hi, 0, hi.length);
        Deque<Node> path = new ArrayDeque<>();
        for (Node n = node; n != null; n = n.parent) {
            path.push(n);
        }
        for (Node n : path) {
            for (int c = 0; c < n.changes.length; c += 3) {
                int f = n.changes[c];
                lo[f] = Math.max(lo[f], n.changes[c + 1]);
                hi[f] = Math.min(hi[f], n.changes[c + 2]);
                if (lo[f] > hi[f]) {
                    return false;
                }
            }
        }
        return true;
    }
}
