package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the optimal face of the region-level problem exactly: a dual active-set method on the
 * concave, piecewise-quadratic dual D(y) = Σ_j b_j y_j + Σ_r min_A [F_r(A) − g_r(y)·A] over y ≥ 0,
 * started from column generation's best duals (any y ≥ 0 would do; a near-optimal one needs few
 * steps). In scaled units ({@link CouplingRows}).
 *
 * <p>The working set holds rows at y_j = 0 and regions pinned at a block's unit cost (g_r = t_r),
 * their normals independent. Each step maximises D's local model on that subspace
 * ({@link ActiveSetModel}) and walks towards it exactly ({@link DualRayWalk}); the walk may pin a
 * region whose block ψ cannot cross, hold a dual that reaches zero, or stop inside a piece. At the
 * model's maximiser the multipliers are read: a pinned region must take an amount within its
 * block at that price, a row held at zero must be met. Every multiplier in range is the KKT
 * certificate; otherwise the worst one is released (the smallest index after a run of steps of
 * length zero: Bland's rule) and the method goes on. D never falls, and for step curves this is
 * the dual simplex method with bound flipping. The answer is the solution of the final linear
 * system, so its duals and amounts are exact to rounding.
 */
final class DualActiveSet {
    /** Multipliers within this fraction of the amounts involved count as in range. */
    private static final double AMOUNT_TOLERANCE = 1e-11;
    /** A region's price within this fraction of the price scale of a block's cost starts pinned there. */
    private static final double START_PIN = 1e-9;

    private final RegionCurves curves;
    private final CouplingRows rows;
    private final int m;
    private final int regions;
    private final double[] regionMax;
    private final double amountUnit;
    private final double priceScale;
    private final DualRayWalk walker;

    /**
     * @param y           optimal scaled duals
     * @param regionTotal the matching region totals A_r (mass)
     * @param regionPrice each region's price at y as its total sees it: exactly the block's cost
     *                    where the region is pinned or on a breakpoint, else w_r + Σ_j c_jr y_j
     * @param upper       whether an unpinned region's total includes the blocks priced exactly at its price
     * @param pinned      whether a region's total lies inside the jump at its price (then only the
     *                    total says how much of the jump it takes)
     * @param iterations  steps taken
     */
    record Result(double[] y, double[] regionTotal, double[] regionPrice, boolean[] upper, boolean[] pinned,
                  int iterations) {
    }

    /** @param priceScale largest |price| of the problem (money per mass), for tolerances */
    DualActiveSet(RegionCurves curves, CouplingRows rows, double[] regionMax, double priceScale) {
        this.curves = curves;
        this.rows = rows;
        this.m = rows.rows;
        this.regions = rows.regions;
        this.regionMax = regionMax;
        double total = 0;
        for (double max : regionMax) {
            total += max;
        }
        this.amountUnit = regions == 0 ? 0 : total / regions;
        this.priceScale = priceScale > 0 ? priceScale : 1;
        this.walker = new DualRayWalk(curves, rows, this.priceScale);
    }

    /** From scaled duals {@code start}; null when the method gives up (the caller keeps its own answer). */
    Result solve(double[] start) {
        return new Run(start).solve();
    }

    /** The working state of one solve: the duals, the working set and where each region stands. */
    private final class Run {
        private final double[] y = new double[m];
        private final boolean[] zero = new boolean[m];
        private final boolean[] pinned = new boolean[regions];
        private final double[] pinPrice = new double[regions];
        private final List<Integer> pinOrder = new ArrayList<>();
        /** The breakpoint an unpinned region sits on (NaN when none), and which side of it it holds. */
        private final double[] anchor = new double[regions];
        private final int[] side = new int[regions];
        /** Steps of length zero (and releases) since the last step that moved: Bland's rule after 2m. */
        private int stalled;

        Run(double[] start) {
            for (int j = 0; j < m; j++) {
                y[j] = start[j] > START_PIN * priceScale ? start[j] : 0;
                zero[j] = y[j] == 0;
            }
            Arrays.fill(anchor, Double.NaN);
            Arrays.fill(side, 1);
            pinNearBlocks(y, zero, pinned, pinPrice, pinOrder);
        }

        Result solve() {
            int limit = 200 + 40 * (m + regions);
            for (int iteration = 1; iteration <= limit; iteration++) {
                int[] pins = pinOrder.stream().mapToInt(Integer::intValue).toArray();
                double[] onSubspace = new ActiveSetModel(rows, zero, pins, new double[regions], new double[regions])
                        .project(y, pinPrice);
                if (onSubspace == null) {
                    return null;
                }
                for (int j = 0; j < m; j++) {
                    y[j] = zero[j] ? 0 : Math.max(onSubspace[j], 0);
                }
                anchorNearBreakpoints(y, pinned, anchor, side);
                double[] price = new double[regions];
                double[] alpha = new double[regions];
                double[] beta = new double[regions];
                localModel(price, alpha, beta);
                ActiveSetModel model = new ActiveSetModel(rows, zero, pins, alpha, beta);
                ActiveSetModel.Step step = model.step(y, pinPrice);
                if (step == null) {
                    return null;
                }
                DualRayWalk.Outcome walk = walker.walk(y, step.direction(), step.toTarget(), held(zero, pinned), price,
                        anchor, side);
                switch (walk.stop()) {
                    case UNBOUNDED:
                        return null;
                    case TARGET, HERE, FLAT: {
                        Result done = atMaximum(walk.stop() == DualRayWalk.Stop.TARGET ? step.target() : y, walk, model,
                                pins, iteration);
                        if (done != null) {
                            return done;
                        }
                        break;
                    }
                    default:
                        moveAlong(step.direction(), walk);
                }
            }
            return null;
        }

        /** Each unpinned region's price and its response on its current piece, a(g) = α + β·g. */
        private void localModel(double[] price, double[] alpha, double[] beta) {
            for (int r = 0; r < regions; r++) {
                if (pinned[r]) {
                    price[r] = pinPrice[r];
                    continue;
                }
                double g = Double.isNaN(anchor[r]) ? rows.price(r, y) : anchor[r];
                price[r] = g;
                double a = curves.response(r, g, side[r] > 0).abatement();
                beta[r] = curves.responseSlope(r, g, side[r] > 0);
                alpha[r] = a - beta[r] * g;
            }
        }

        /**
         * At the model's maximum (reached, or where we stand): the answer if every multiplier is in
         * range, else null after releasing the worst one.
         */
        private Result atMaximum(double[] at, DualRayWalk.Outcome walk, ActiveSetModel model, int[] pins,
                                 int iteration) {
            for (int j = 0; j < m; j++) {
                y[j] = zero[j] ? 0 : Math.max(at[j], 0);
            }
            System.arraycopy(walk.anchor(), 0, anchor, 0, regions);
            System.arraycopy(walk.side(), 0, side, 0, regions);
            double[] total = regionTotals(y, pinned, pins, model.pinnedAmounts(y), anchor, side);
            int release = worstMultiplier(total, pinned, pinPrice, zero, stalled > 2 * m);
            if (release == Integer.MIN_VALUE) {
                double[] priceAt = new double[regions];
                boolean[] upper = new boolean[regions];
                for (int r = 0; r < regions; r++) {
                    priceAt[r] = pinned[r] ? pinPrice[r] : Double.isNaN(anchor[r]) ? rows.price(r, y) : anchor[r];
                    upper[r] = side[r] > 0;
                }
                return new Result(y, total, priceAt, upper, pinned.clone(), iteration);
            }
            stalled++;
            if (release >= 0) {
                // The region leaves its block on the side its multiplier asked for.
                int r = release;
                pinned[r] = false;
                pinOrder.remove(Integer.valueOf(r));
                anchor[r] = pinPrice[r];
                side[r] = total[r] > curves.response(r, pinPrice[r], true).abatement() ? 1 : -1;
            } else {
                zero[-1 - release] = false;
            }
            return null;
        }

        /** A step that stopped short of the model's maximum: move, then pin the blocking region or hold the dual. */
        private void moveAlong(double[] direction, DualRayWalk.Outcome walk) {
            double length = walk.length();
            stalled = length > 0 ? 0 : stalled + 1;
            for (int j = 0; j < m; j++) {
                if (!zero[j]) {
                    y[j] = Math.max(y[j] + length * direction[j], 0);
                }
            }
            System.arraycopy(walk.anchor(), 0, anchor, 0, regions);
            System.arraycopy(walk.side(), 0, side, 0, regions);
            if (walk.stop() == DualRayWalk.Stop.PIN) {
                int r = walk.region();
                pinned[r] = true;
                pinPrice[r] = walk.price();
                pinOrder.add(r);
                anchor[r] = Double.NaN;
            } else if (walk.stop() == DualRayWalk.Stop.BOUND) {
                y[walk.row()] = 0;
                zero[walk.row()] = true;
            }
        }
    }

    /**
     * Pins, greedily and nearest first, regions whose price at the starting duals lies within
     * {@link #START_PIN} of the price scale of one of their blocks, keeping the normals independent.
     */
    private void pinNearBlocks(double[] y, boolean[] zero, boolean[] pinned, double[] pinPrice,
                               List<Integer> pinOrder) {
        List<double[]> basis = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (zero[j]) {
                double[] e = new double[m];
                e[j] = 1;
                basis.add(e);
            }
        }
        List<double[]> candidates = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            double g = rows.price(r, y);
            double best = Double.NaN;
            for (double t : new double[] {g, curves.nextBreakpoint(r, g, true), curves.nextBreakpoint(r, g, false)}) {
                if (Double.isFinite(t) && jump(r, t) > 0 && (Double.isNaN(best) || Math.abs(t - g) < Math.abs(best - g))) {
                    best = t;
                }
            }
            if (!Double.isNaN(best) && Math.abs(best - g) <= START_PIN * priceScale) {
                candidates.add(new double[] {Math.abs(best - g), r, best});
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        for (double[] candidate : candidates) {
            int r = (int) candidate[1];
            double[] v = restricted(r, zero);
            double norm = Math.sqrt(dot(v, v));
            double rest = orthogonalise(v, basis);
            if (norm > 0 && rest > 1e-9 * norm) {
                for (int j = 0; j < m; j++) {
                    v[j] /= rest;
                }
                basis.add(v);
                pinned[r] = true;
                pinPrice[r] = candidate[2];
                pinOrder.add(r);
            }
        }
    }

    /**
     * Regions whose price the working set fixes: the pinned ones, and those whose normal (on the
     * free rows) lies in the span of the pinned ones' (identical transfer columns, say). They do
     * not move along any step; left to rounding they would seem to.
     */
    private boolean[] held(boolean[] zero, boolean[] pinned) {
        List<double[]> basis = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            if (pinned[r]) {
                double[] v = restricted(r, zero);
                double rest = orthogonalise(v, basis);
                if (rest > 0) {
                    for (int j = 0; j < m; j++) {
                        v[j] /= rest;
                    }
                    basis.add(v);
                }
            }
        }
        boolean[] held = pinned.clone();
        for (int r = 0; r < regions; r++) {
            if (!pinned[r] && !basis.isEmpty()) {
                double[] v = restricted(r, zero);
                double norm = Math.sqrt(dot(v, v));
                held[r] = norm > 0 && orthogonalise(v, basis) <= 1e-9 * norm;
            }
        }
        return held;
    }

    /**
     * A region whose price lies within rounding of a breakpoint is anchored on it, keeping the
     * side it stands on (or held), so that prices recomputed from y cannot put it on the other
     * side of a block it sits on: every step reads its response from the anchor.
     */
    private void anchorNearBreakpoints(double[] y, boolean[] pinned, double[] anchor, int[] side) {
        double near = 1e-13 * priceScale;
        for (int r = 0; r < regions; r++) {
            if (pinned[r] || !Double.isNaN(anchor[r])) {
                continue;
            }
            double g = rows.price(r, y);
            for (double t : new double[] {curves.nextBreakpoint(r, g, true), curves.nextBreakpoint(r, g, false)}) {
                if (Double.isFinite(t) && Math.abs(t - g) <= near) {
                    anchor[r] = t;
                    side[r] = g < t ? -1 : 1;
                    break;
                }
            }
            if (Double.isNaN(anchor[r]) && isBreakpoint(r, g)) {
                anchor[r] = g;
            }
        }
    }

    private boolean isBreakpoint(int r, double g) {
        return jump(r, g) > 0 || curves.responseSlope(r, g, true) != curves.responseSlope(r, g, false);
    }

    /** Region r's normal on the free rows. */
    private double[] restricted(int r, boolean[] zero) {
        double[] v = new double[m];
        for (int j = 0; j < m; j++) {
            v[j] = zero[j] ? 0 : rows.coefficient[j][r];
        }
        return v;
    }

    /** Removes from v its components along the orthonormal basis; returns what is left of its length. */
    private static double orthogonalise(double[] v, List<double[]> basis) {
        for (double[] e : basis) {
            double along = dot(v, e);
            for (int j = 0; j < v.length; j++) {
                v[j] -= along * e[j];
            }
        }
        return Math.sqrt(dot(v, v));
    }

    /** A_r at y: pinned regions take their multipliers, the others their one-sided response. */
    private double[] regionTotals(double[] y, boolean[] pinned, int[] pins, double[] amounts, double[] anchor,
                                  int[] side) {
        double[] total = new double[regions];
        for (int r = 0; r < regions; r++) {
            if (!pinned[r]) {
                double g = Double.isNaN(anchor[r]) ? rows.price(r, y) : anchor[r];
                total[r] = curves.response(r, g, side[r] > 0).abatement();
            }
        }
        for (int c = 0; c < pins.length; c++) {
            total[pins[c]] = amounts[c];
        }
        return total;
    }

    /**
     * The multiplier to release: a pinned region (its index) whose amount lies outside its block,
     * or a held row (−1 − j) that is not met; {@link Integer#MIN_VALUE} when all are in range.
     * The worst violation, or under Bland's rule the first in a fixed order (rows, then regions).
     */
    private int worstMultiplier(double[] total, boolean[] pinned, double[] pinPrice, boolean[] zero, boolean bland) {
        int choice = Integer.MIN_VALUE;
        double worst = 1;
        for (int j = 0; j < m; j++) {
            if (zero[j]) {
                double shortfall = rows.rhs[j] - rows.activity(j, total);
                double violation = shortfall / (AMOUNT_TOLERANCE * (rows.magnitude[j] + amountUnit));
                if (violation > worst) {
                    if (bland) {
                        return -1 - j;
                    }
                    worst = violation;
                    choice = -1 - j;
                }
            }
        }
        for (int r = 0; r < regions; r++) {
            if (!pinned[r]) {
                continue;
            }
            double low = curves.response(r, pinPrice[r], false).abatement();
            double high = curves.response(r, pinPrice[r], true).abatement();
            double outside = Math.max(low - total[r], total[r] - high);
            double violation = outside / (AMOUNT_TOLERANCE * Math.max(regionMax[r], amountUnit));
            if (violation > worst) {
                if (bland) {
                    return r;
                }
                worst = violation;
                choice = r;
            }
        }
        return choice;
    }

    private double jump(int r, double t) {
        return curves.response(r, t, true).abatement() - curves.response(r, t, false).abatement();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
