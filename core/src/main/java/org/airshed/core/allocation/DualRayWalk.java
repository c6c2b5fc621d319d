package org.airshed.core.allocation;

import java.util.Arrays;

/**
 * The exact line search of {@link DualActiveSet}: the dual D(y + s·d) along a direction d, for
 * s ≥ 0, walked piece by piece. Its slope ψ(s) = Σ_j b_j d_j − Σ_r δ_r a_r(g_r + s·δ_r),
 * δ_r = Σ_j c_jr d_j, falls as regions abate more; between breakpoints it is linear (quadratic
 * sources give slope −Σ δ_r² β_r), and at a block's unit cost it drops by |δ_r| times the block
 * amount there. The walk stops where ψ reaches zero: inside a piece, or at a block whose jump
 * takes ψ through zero (that region is then pinned at the block's price), or where a free dual
 * reaches zero, or at the model's target when no breakpoint lay before it. Blocks passed with ψ
 * still positive are stepped over (bound flipping), so one walk may cross many.
 */
final class DualRayWalk {
    /** ψ within this fraction of its terms counts as zero. */
    private static final double FLAT = 1e-12;
    /** |δ_r| below this fraction of Σ|c_jr d_j| is rounding: the region does not move. */
    private static final double STILL = 1e-12;

    enum Stop {
        /** Reached the model's target; no breakpoint before it. */
        TARGET,
        /** The target is where we stand but for rounding: no price moves by more than that. */
        HERE,
        /** ψ reached zero inside a piece. */
        INSIDE,
        /** A block's jump takes ψ through zero: pin {@link Outcome#region()} at {@link Outcome#price()}. */
        PIN,
        /** Free dual {@link Outcome#row()} reached zero. */
        BOUND,
        /** ψ was not positive at the start and nothing blocks: the model's maximum, where we stand. */
        FLAT,
        /** ψ stays positive for ever: the problem would be infeasible. */
        UNBOUNDED
    }

    /**
     * Where the walk stopped. {@code anchor[r]} is the breakpoint region r sits exactly on (NaN
     * when none) and {@code side[r]} which one-sided response it holds there (+1 after its jump,
     * −1 before it), for every region that moved; regions that did not move keep theirs.
     */
    record Outcome(Stop stop, double length, int region, double price, int row, double[] anchor, int[] side) {
    }

    /** A move of a region's price within this fraction of the price scale leaves it on its breakpoint. */
    private static final double NUDGE = 1e-13;
    /** Step lengths this close to the target's (1) or to zero are rounding. */
    private static final double ROUNDING = 1e-9;

    private final RegionCurves curves;
    private final CouplingRows rows;
    private final double priceScale;

    DualRayWalk(RegionCurves curves, CouplingRows rows, double priceScale) {
        this.curves = curves;
        this.rows = rows;
        this.priceScale = priceScale;
    }

    /**
     * @param y        current scaled duals
     * @param d        direction (zero on rows held at zero)
     * @param toTarget whether s = 1 is the model's maximiser
     * @param pinned   regions held at their price (they do not move)
     * @param price    each region's current price (its anchor when it has one)
     * @param anchor   breakpoint each region sits on, NaN when none
     * @param side     one-sided response each anchored region holds
     */
    Outcome walk(double[] y, double[] d, boolean toTarget, boolean[] pinned, double[] price, double[] anchor,
                 int[] side) {
        Walk w = new Walk(pinned, price, anchor, side);
        return w.run(y, d, toTarget);
    }

    /** The state of one walk. */
    private final class Walk {
        private final int regions = rows.regions;
        private final boolean[] pinned;
        private final double[] origin;
        private final double[] anchor;
        private final int[] side;
        private final double[] delta;
        private final int[] dir;
        private final double[] beta;
        /** The last breakpoint each region passed (its origin until it passes one) and the step there. */
        private final double[] position;
        private final double[] passedAt;
        /** The next breakpoint each region meets and the step there (NaN when none is scheduled). */
        private final double[] pendingPrice;
        private final double[] pendingAt;
        private final EventHeap heap;

        Walk(boolean[] pinned, double[] price, double[] anchor, int[] side) {
            this.pinned = pinned;
            this.origin = price;
            this.anchor = anchor;
            this.side = side;
            this.delta = new double[regions];
            this.dir = new int[regions];
            this.beta = new double[regions];
            this.position = new double[regions];
            this.passedAt = new double[regions];
            this.pendingPrice = new double[regions];
            this.pendingAt = new double[regions];
            this.heap = new EventHeap(regions);
            Arrays.fill(passedAt, Double.NaN);
            Arrays.fill(pendingAt, Double.NaN);
        }

        Outcome run(double[] y, double[] d, boolean toTarget) {
            double psi = 0;
            double magnitude = 0;
            for (int j = 0; j < rows.rows; j++) {
                psi += rows.rhs[j] * d[j];
                magnitude += Math.abs(rows.rhs[j] * d[j]);
            }
            double slope = 0;
            // Regions that sit on a block and turn back through it meet that block at s = 0.
            int[] atStart = new int[regions];
            int starting = 0;
            for (int r = 0; r < regions; r++) {
                if (pinned[r]) {
                    continue;
                }
                double sum = 0;
                double size = 0;
                for (int j = 0; j < rows.rows; j++) {
                    sum += rows.coefficient[j][r] * d[j];
                    size += Math.abs(rows.coefficient[j][r] * d[j]);
                }
                if (sum == 0 || Math.abs(sum) <= STILL * size) {
                    continue;
                }
                delta[r] = sum;
                dir[r] = sum > 0 ? 1 : -1;
                double g = origin[r];
                // The model's one-sided response; a region on a block turning back through it meets the block at s = 0.
                double a = curves.response(r, g, side[r] > 0).abatement();
                psi -= sum * a;
                magnitude += Math.abs(sum * a);
                beta[r] = curves.responseSlope(r, g, dir[r] > 0);
                slope -= sum * sum * beta[r];
                position[r] = g;
                if (side[r] != dir[r] && jump(r, g) > 0) {
                    atStart[starting++] = r;
                    pendingPrice[r] = g;
                    pendingAt[r] = 0;
                } else {
                    schedule(r, g);
                }
            }
            double tolerance = FLAT * magnitude;
            if (toTarget) {
                double shift = 0;
                for (int r = 0; r < regions; r++) {
                    shift = Math.max(shift, Math.abs(delta[r]));
                }
                if (shift <= NUDGE * priceScale) {
                    return new Outcome(Stop.HERE, 0, -1, Double.NaN, -1, anchor.clone(), side.clone());
                }
            }
            boolean turned = false;
            for (int k = 0; k < starting; k++) {
                int r = atStart[k];
                double jump = jump(r, origin[r]);
                if (jump > 0 && psi - Math.abs(delta[r]) * jump <= tolerance) {
                    return stop(Stop.PIN, 0, r, origin[r], -1);
                }
                psi -= Math.abs(delta[r]) * jump;
                passedAt[r] = 0;
                turned = true;
                schedule(r, origin[r]);
            }
            double boundLength = Double.POSITIVE_INFINITY;
            int boundRow = -1;
            for (int j = 0; j < rows.rows; j++) {
                if (d[j] < 0) {
                    double s = Math.max(y[j], 0) / -d[j];
                    if (s < boundLength) {
                        boundLength = s;
                        boundRow = j;
                    }
                }
            }
            // In the current piece the model is exact: with no breakpoint before the target (bar
            // those it lands on within rounding), the target is the maximum along d.
            if (toTarget && !turned && clearToTarget() && boundLength >= 1 - ROUNDING) {
                return stop(Stop.TARGET, 1, -1, Double.NaN, -1);
            }
            if (psi <= tolerance) {
                if (!toTarget) {
                    return new Outcome(Stop.FLAT, 0, -1, Double.NaN, -1, anchor.clone(), side.clone());
                }
                // Towards the model's maximum ψ is ≥ 0 but for rounding: walk on to the breakpoint in the way.
                psi = 0;
            }
            double targetLength = toTarget && !turned ? 1 : Double.POSITIVE_INFINITY;
            double s = 0;
            while (true) {
                double event = heap.minKey();
                double next = Math.min(Math.min(event, boundLength), targetLength);
                if (slope < 0 && psi + slope * (next - s) <= tolerance) {
                    double root = s + psi / -slope;
                    if (targetLength == 1 && Math.abs(root - 1) <= ROUNDING) {
                        return stop(Stop.TARGET, 1, -1, Double.NaN, -1);
                    }
                    if (toTarget && root <= ROUNDING) {
                        // No ascent towards the model's maximum but for rounding: it is where we stand.
                        return new Outcome(Stop.HERE, 0, -1, Double.NaN, -1, anchor.clone(), side.clone());
                    }
                    return stop(Stop.INSIDE, root, -1, Double.NaN, -1);
                }
                if (next == Double.POSITIVE_INFINITY) {
                    return new Outcome(Stop.UNBOUNDED, s, -1, Double.NaN, -1, anchor.clone(), side.clone());
                }
                psi += slope * (next - s);
                s = next;
                if (next == targetLength && next < event && next < boundLength) {
                    return stop(Stop.TARGET, 1, -1, Double.NaN, -1);
                }
                if (next == boundLength && next < event) {
                    return stop(Stop.BOUND, s, -1, Double.NaN, boundRow);
                }
                int r = heap.pop();
                double t = pendingPrice[r];
                pendingAt[r] = Double.NaN;
                double jump = jump(r, t);
                if (jump > 0 && psi - Math.abs(delta[r]) * jump <= tolerance) {
                    pendingAt[r] = s;
                    return stop(Stop.PIN, s, r, t, -1);
                }
                psi -= Math.abs(delta[r]) * jump;
                double after = curves.responseSlope(r, t, dir[r] > 0);
                slope += delta[r] * delta[r] * (beta[r] - after);
                beta[r] = after;
                position[r] = t;
                passedAt[r] = s;
                // The model's target assumed no breakpoint on the way: past one, only ψ decides.
                targetLength = Double.POSITIVE_INFINITY;
                schedule(r, t);
            }
        }

        /** No breakpoint before the target, but for those the target lands on within rounding. */
        private boolean clearToTarget() {
            for (int r = 0; r < regions; r++) {
                if (delta[r] != 0 && pendingAt[r] < 1
                        && !(Math.abs(origin[r] + delta[r] - pendingPrice[r]) <= NUDGE * priceScale)) {
                    return false;
                }
            }
            return true;
        }

        private void schedule(int r, double from) {
            double t = curves.nextBreakpoint(r, from, dir[r] > 0);
            pendingPrice[r] = t;
            if (Double.isInfinite(t)) {
                pendingAt[r] = Double.NaN;
                return;
            }
            double at = Math.max((t - origin[r]) / delta[r], 0);
            pendingAt[r] = at;
            heap.push(r, at);
        }

        /**
         * The outcome, with each moved region's anchor: the breakpoint it is about to meet exactly
         * at s (side −dir: not yet through it), or the one it just passed at s (side dir), or none.
         */
        private Outcome stop(Stop stop, double s, int region, double price, int row) {
            double[] outAnchor = anchor.clone();
            int[] outSide = side.clone();
            for (int r = 0; r < regions; r++) {
                if (delta[r] == 0) {
                    continue;
                }
                double landing = origin[r] + s * delta[r];
                boolean nudged = Math.abs(landing - position[r]) <= NUDGE * priceScale;
                if (pendingAt[r] == s || Double.isFinite(pendingPrice[r])
                        && Math.abs(landing - pendingPrice[r]) <= NUDGE * priceScale) {
                    outAnchor[r] = pendingPrice[r];
                    outSide[r] = -dir[r];
                } else if (passedAt[r] == s || nudged && (passedAt[r] >= 0 || !Double.isNaN(anchor[r]))) {
                    // On the breakpoint it just passed, or still on the one it started from: a step
                    // of rounding size must not move it off in the prices computed from y.
                    outAnchor[r] = position[r];
                    outSide[r] = dir[r];
                } else {
                    outAnchor[r] = Double.NaN;
                    outSide[r] = dir[r];
                }
            }
            return new Outcome(stop, s, region, price, row, outAnchor, outSide);
        }
    }

    /** Amount region r's response jumps by at price t (its blocks priced exactly t). */
    private double jump(int r, double t) {
        return curves.response(r, t, true).abatement() - curves.response(r, t, false).abatement();
    }

    /** A binary min-heap of one event per region, keyed by step length, ties by region index. */
    private static final class EventHeap {
        private final int[] heap;
        private final double[] key;
        private int size;

        EventHeap(int regions) {
            heap = new int[regions];
            key = new double[regions];
            Arrays.fill(key, Double.NaN);
        }

        double minKey() {
            return size == 0 ? Double.POSITIVE_INFINITY : key[heap[0]];
        }

        void push(int r, double k) {
            key[r] = k;
            heap[size++] = r;
            up(size - 1);
        }

        int pop() {
            int r = heap[0];
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                down(0);
            }
            return r;
        }

        private boolean less(int a, int b) {
            return key[a] < key[b] || key[a] == key[b] && a < b;
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!less(heap[i], heap[parent])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int left = 2 * i + 1;
                int smallest = i;
                if (left < size && less(heap[left], heap[smallest])) {
                    smallest = left;
                }
                if (left + 1 < size && less(heap[left + 1], heap[smallest])) {
                    smallest = left + 1;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }
}
