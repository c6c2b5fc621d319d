package org.airshed.core.allocation.multi;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.BoundaryRule;
import org.airshed.core.allocation.LexicographicLp;

/**
 * The duals reported where the optimal ones are not unique: the lexicographically smallest valid
 * vector (caps in pollutant order, then receptor rows), the choice the one-pollutant solver makes
 * ({@code ValidDuals}). The valid duals are the KKT multipliers of the optimal allocation: y ≥ 0,
 * y_j = 0 on a row with slack, each curve's region price g_rp = w_rp + Σ_j y_j c_j(p, r) within its
 * subdifferential at its amount ({@link Breakpoints#interval}), and each option source's shares a best
 * answer at g_r (the options it takes tied and the best, worth ≥ 0, = 0 if its shares sum below 1).
 * Around the solver's duals y this is a polyhedron in y' − y: the equalities fix a subspace — a point
 * when the duals are unique, the usual case, and then y is returned — and {@link LexicographicLp}
 * minimises over the inequalities on it. The options' inequalities, one per option, enter as cuts:
 * those active at y, then any that the answer violates, until none is. Prices in money per unit of row.
 */
final class MultiValidDuals {
    private static final double TOLERANCE = BoundaryRule.TOLERANCE;
    /** Shares within this of 0 (or their sum of 1) count as 0 (1). */
    private static final double SHARE_TOLERANCE = Breakpoints.SHARE_TOLERANCE;
    private static final int CUT_ROUNDS = 20;

    private final MultiPollutantProblem q;
    private final CouplingRows rows;
    private final int m;
    private final double[] shares;
    private final boolean[] slack;
    /** Region prices at the starting duals, {@code [r * P + p]}. */
    private final double[] price;
    private final List<double[]> equal = new ArrayList<>();
    /** Orthonormal span of {@link #equal}, to see when the duals are pinned to a point. */
    private final List<double[]> span = new ArrayList<>();
    private final List<double[]> inequality = new ArrayList<>();
    private final List<Double> room = new ArrayList<>();

    private MultiValidDuals(MultiPollutantProblem q, CouplingRows rows, double[] shares, boolean[] slack,
                            double[] y) {
        this.q = q;
        this.rows = rows;
        this.m = rows.count;
        this.shares = shares;
        this.slack = slack;
        price = new double[q.regions * q.pollutants];
        for (int r = 0; r < q.regions; r++) {
            for (int p = 0; p < q.pollutants; p++) {
                double g = q.weight[p * q.regions + r];
                for (int j = 0; j < m; j++) {
                    g += y[j] * rows.coefficient[j][p * q.regions + r];
                }
                price[r * q.pollutants + p] = g;
            }
        }
    }

    /**
     * @param abatement the optimal allocation's amounts, on their breakpoints ({@link Breakpoints#snap})
     * @param shares    its option shares
     * @param regionMax the most each region can abate of each pollutant, {@code [r][p]} (for tolerances)
     * @param y         valid duals of it (coupling rows in order)
     * @return the lexicographically smallest valid duals; y (rows with slack at 0) when they are unique
     *         or the choice fails
     */
    static double[] choose(MultiPollutantProblem q, CouplingRows rows, double[] abatement, double[] shares,
                           double[][] regionMax, double[] y) {
        int m = rows.count;
        if (m == 0) {
            return y.clone();
        }
        double[][] regionTotal = MultiPollutantCertificate.regionTotals(q, abatement);
        boolean[] slack = new boolean[m];
        double[] start = y.clone();
        for (int j = 0; j < m; j++) {
            double value = 0;
            for (int r = 0; r < q.regions; r++) {
                value += rows.regionTerm(j, r, regionTotal[r], q.regions);
            }
            slack[j] = value - rows.requirement[j] > TOLERANCE * rows.reach[j];
            start[j] = slack[j] ? 0 : Math.max(0, y[j]);
        }
        MultiValidDuals set = new MultiValidDuals(q, rows, shares, slack, start);
        set.collect(abatement, regionMax, start);
        return set.smallest(start);
    }

    /** The rows' signs, the curves' price ranges and the options' equalities (and their active inequalities). */
    private void collect(double[] abatement, double[][] regionMax, double[] y) {
        for (int j = 0; j < m; j++) {
            double[] e = new double[m];
            e[j] = 1;
            if (slack[j]) {
                addEqual(e);
            } else {
                e[j] = -1;
                addInequality(e, y[j]);
            }
        }
        curveRanges(abatement, regionMax);
        if (span.size() == m) {
            return; // unique already: the options can add nothing
        }
        for (int i = 0; i < q.sources; i++) {
            if (q.optionSource[i]) {
                optionConstraints(i, null, true);
            }
        }
    }

    /** Per region and pollutant, the intersection of its curves' subdifferentials: an equality or up to two inequalities. */
    private void curveRanges(double[] abatement, double[][] regionMax) {
        int pollutants = q.pollutants;
        double[] low = new double[q.regions * pollutants];
        double[] high = new double[q.regions * pollutants];
        java.util.Arrays.fill(low, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(high, Double.POSITIVE_INFINITY);
        boolean[] point = new boolean[q.regions * pollutants];
        for (int i = 0; i < q.sources; i++) {
            if (q.optionSource[i]) {
                continue;
            }
            int r = q.sourceRegion[i];
            for (int p = 0; p < pollutants; p++) {
                int ip = i * pollutants + p;
                double[] range = Breakpoints.interval(q, ip, abatement[ip], Breakpoints.tolerance(regionMax, r, p));
                int rp = r * pollutants + p;
                low[rp] = Math.max(low[rp], range[0]);
                high[rp] = Math.min(high[rp], range[1]);
                point[rp] |= range[0] == range[1];
            }
        }
        for (int r = 0; r < q.regions; r++) {
            for (int p = 0; p < pollutants; p++) {
                int rp = r * pollutants + p;
                double[] normal = new double[m];
                boolean moves = false;
                for (int j = 0; j < m; j++) {
                    normal[j] = slack[j] ? 0 : rows.coefficient[j][p * q.regions + r];
                    moves |= normal[j] != 0;
                }
                if (!moves) {
                    continue;
                }
                if (point[rp] || high[rp] - low[rp] <= 1e-12 * Math.max(1, Math.abs(price[rp]))) {
                    addEqual(normal);
                    continue;
                }
                if (Double.isFinite(low[rp])) {
                    addInequality(negate(normal), price[rp] - low[rp]);
                }
                if (Double.isFinite(high[rp])) {
                    addInequality(normal, high[rp] - price[rp]);
                }
            }
        }
    }

    /**
     * Option source i's conditions at region prices {@code at} (null: the starting ones). With
     * {@code start}: adds its equalities and its inequalities active at the start; else adds the
     * inequalities that {@code at} violates and returns how many.
     */
    private int optionConstraints(int i, double[] at, boolean start) {
        int pollutants = q.pollutants;
        int r = q.sourceRegion[i];
        double[] g = at == null ? price : at;
        int first = q.optionStart[i];
        int end = q.optionStart[i + 1];
        int taken = -1;
        double total = 0;
        for (int o = first; o < end; o++) {
            total += shares[o];
            if (shares[o] > SHARE_TOLERANCE && taken < 0) {
                taken = o;
            }
        }
        int added = 0;
        // Values at g (the check) and at the start (the room), against the option taken (or none, worth 0).
        double takenValue = taken < 0 ? 0 : optionValue(i, taken, r, g);
        double takenStart = taken < 0 ? 0 : optionValue(i, taken, r, price);
        double takenSize = taken < 0 ? 0 : Math.abs(takenValue) + Math.abs(q.optionCost[taken]);
        for (int o = first; o < end; o++) {
            if (o == taken) {
                continue;
            }
            double value = optionValue(i, o, r, g);
            double size = takenSize + Math.abs(value) + Math.abs(q.optionCost[o]) + Double.MIN_NORMAL;
            double startRoom = takenStart - optionValue(i, o, r, price);
            boolean tied = shares[o] > SHARE_TOLERANCE;
            if (tied ? start : start ? startRoom <= TOLERANCE * size : value - takenValue > TOLERANCE * size) {
                double[] normal = optionNormal(i, o, r);
                if (taken >= 0) {
                    normal = subtract(normal, optionNormal(i, taken, r));
                }
                if (tied) {
                    addEqual(normal); // taken together: equally good
                } else {
                    addInequality(normal, startRoom);
                    added++;
                }
            }
        }
        if (taken >= 0) {
            boolean partly = total < 1 - SHARE_TOLERANCE;
            double size = takenSize + Double.MIN_NORMAL;
            if (partly ? start : start ? takenStart <= TOLERANCE * size : -takenValue > TOLERANCE * size) {
                double[] normal = optionNormal(i, taken, r);
                if (partly) {
                    addEqual(normal); // a part left untaken: worth exactly 0
                } else {
                    addInequality(negate(normal), takenStart); // worth at least nothing
                    added++;
                }
            }
        }
        return added;
    }

    /** Lexicographic minimum over the collected set, adding violated option cuts; the start if unique or on failure. */
    private double[] smallest(double[] start) {
        if (span.size() == m) {
            return clean(start);
        }
        double[][] basis = LexicographicLp.nullBasis(equal, m);
        int d = basis[0].length;
        if (d == 0) {
            return clean(start);
        }
        double[][] objectives = new double[m][];
        for (int j = 0; j < m; j++) {
            objectives[j] = basis[j].clone();
        }
        for (int round = 0; round < CUT_ROUNDS; round++) {
            double[][] g = new double[inequality.size()][];
            double[] h = new double[g.length];
            for (int k = 0; k < g.length; k++) {
                g[k] = times(inequality.get(k), basis);
                h[k] = room.get(k);
            }
            double[] z = LexicographicLp.minimise(g, h, objectives);
            if (z == null) {
                return clean(start);
            }
            double[] y = start.clone();
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < d; k++) {
                    y[j] += basis[j][k] * z[k];
                }
            }
            if (cuts(y) == 0) {
                return clean(y);
            }
        }
        return clean(start);
    }

    /** Adds the option inequalities that duals y violate; returns how many. */
    private int cuts(double[] y) {
        double[] at = new double[price.length];
        for (int r = 0; r < q.regions; r++) {
            for (int p = 0; p < q.pollutants; p++) {
                double g = q.weight[p * q.regions + r];
                for (int j = 0; j < m; j++) {
                    g += y[j] * rows.coefficient[j][p * q.regions + r];
                }
                at[r * q.pollutants + p] = g;
            }
        }
        int added = 0;
        for (int i = 0; i < q.sources; i++) {
            if (q.optionSource[i]) {
                added += optionConstraints(i, at, false);
            }
        }
        return added;
    }

    /** d(value of option o)/dy_j: what it gives row j (0 on rows with slack, whose price stays 0). */
    private double[] optionNormal(int i, int o, int r) {
        double[] normal = new double[m];
        for (int j = 0; j < m; j++) {
            if (slack[j]) {
                continue;
            }
            double given = 0;
            for (int p = 0; p < q.pollutants; p++) {
                given += rows.coefficient[j][p * q.regions + r] * q.optionRemoval[o * q.pollutants + p]
                        * q.emissions[i * q.pollutants + p];
            }
            normal[j] = given;
        }
        return normal;
    }

    /** Option o's value g_r·(ρ_o ∘ e_i) − c_o. */
    private double optionValue(int i, int o, int r, double[] g) {
        double value = -q.optionCost[o];
        for (int p = 0; p < q.pollutants; p++) {
            value += g[r * q.pollutants + p] * q.optionRemoval[o * q.pollutants + p] * q.emissions[i * q.pollutants + p];
        }
        return value;
    }

    private void addEqual(double[] normal) {
        double norm = Math.sqrt(dot(normal, normal));
        if (norm == 0) {
            return;
        }
        double[] unit = normal.clone();
        for (int j = 0; j < m; j++) {
            unit[j] /= norm;
        }
        double[] residual = unit.clone();
        for (double[] e : span) {
            double c = dot(e, unit);
            for (int j = 0; j < m; j++) {
                residual[j] -= c * e[j];
            }
        }
        double length = Math.sqrt(dot(residual, residual));
        if (length <= 1e-9) {
            return; // in the span already
        }
        for (int j = 0; j < m; j++) {
            residual[j] /= length;
        }
        span.add(residual);
        equal.add(unit);
    }

    private void addInequality(double[] normal, double slackRoom) {
        inequality.add(normal);
        room.add(Math.max(0, slackRoom));
    }

    /** Rows with slack at 0 exactly, and prices within rounding of 0 too. */
    private double[] clean(double[] y) {
        double scale = 0;
        for (double v : y) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] out = y.clone();
        for (int j = 0; j < m; j++) {
            out[j] = slack[j] || out[j] <= 1e-13 * scale ? 0 : out[j];
        }
        return out;
    }

    private static double[] times(double[] v, double[][] basis) {
        int d = basis[0].length;
        double[] out = new double[d];
        for (int j = 0; j < v.length; j++) {
            if (v[j] != 0) {
                for (int k = 0; k < d; k++) {
                    out[k] += v[j] * basis[j][k];
                }
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k] - b[k];
        }
        return out;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = -v[k];
        }
        return out;
    }
}
