package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The duals that certify a primal optimum, and the one Airshed reports: the lexicographically
 * smallest (the smallest cap price, then the smallest price of the first receptor, and so on). In
 * scaled units ({@link CouplingRows}).
 *
 * <p>For a convex problem the optimal duals are exactly the KKT multipliers of any one primal
 * optimum, so given region totals A_r the set is a polyhedron: y ≥ 0; y_j = 0 on a row with slack;
 * and for each region its price within the subdifferential of its curve at A_r,
 * L_r ≤ w_r + Σ_j c_jr y_j ≤ U_r. L_r = U_r where A_r lies inside a block or on a quadratic's
 * range; at a point between pieces the price may range up to the next breakpoint (+∞ at the
 * region's maximum, −∞ at zero). The equalities fix an affine subspace; the lexicographic minimum
 * over what the inequalities leave of it is a sequence of small LPs ({@link LexicographicLp}),
 * needed only when that subspace is more than a point, i.e. when the duals are not unique.
 */
final class ValidDuals {
    /** Amounts and slacks within this fraction of their scale count as on the boundary. */
    private static final double TOLERANCE = BoundaryRule.TOLERANCE;

    private ValidDuals() {
    }

    /**
     * @param y           valid duals (scaled) for the totals
     * @param regionPrice each region's price at y as the primal sees it (exactly a block's cost where pinned)
     * @param regionTotal optimal region totals A_r (mass)
     * @param amountUnit  the typical region's maximum (mass), a floor for tolerances
     * @param priceScale  the problem's largest |price| (money per mass): duals below 1e-13 of it are rounding, 0
     * @return the lexicographically smallest valid duals (scaled); y itself when they are unique or the LP fails
     */
    static double[] lexMin(RegionCurves curves, CouplingRows rows, double[] y, double[] regionPrice,
                           double[] regionTotal, double[] regionMax, double amountUnit, double priceScale) {
        int m = rows.rows;
        List<double[]> equalNormal = new ArrayList<>();
        List<double[]> inequality = new ArrayList<>();
        List<Double> inequalityRoom = new ArrayList<>();
        boolean[] slack = new boolean[m];
        for (int j = 0; j < m; j++) {
            double surplus = rows.activity(j, regionTotal) - rows.rhs[j];
            slack[j] = surplus > TOLERANCE * (rows.magnitude[j] + amountUnit);
            double[] e = new double[m];
            e[j] = 1;
            if (slack[j]) {
                equalNormal.add(e);
            }
        }
        List<double[]> regionNormal = new ArrayList<>();
        List<double[]> regionBounds = new ArrayList<>();
        List<Integer> regionIndex = new ArrayList<>();
        for (int r = 0; r < rows.regions; r++) {
            double[] c = new double[m];
            boolean moves = false;
            for (int j = 0; j < m; j++) {
                c[j] = slack[j] ? 0 : rows.coefficient[j][r];
                moves |= c[j] != 0;
            }
            if (!moves) {
                continue;
            }
            double[] bounds = subdifferential(curves, r, regionPrice[r], regionTotal[r],
                    BoundaryRule.onBreakpoint(regionMax[r], amountUnit));
            if (bounds[0] == bounds[1]) {
                equalNormal.add(c);
            } else {
                regionNormal.add(c);
                regionBounds.add(bounds);
                regionIndex.add(r);
            }
        }
        double[][] basis = LexicographicLp.nullBasis(equalNormal, m);
        int d = basis[0].length;
        double[] out = y.clone();
        if (d > 0) {
            for (int j = 0; j < m; j++) {
                if (!slack[j]) {
                    // −y_j ≤ 0
                    inequality.add(negate(basis[j]));
                    inequalityRoom.add(y[j]);
                }
            }
            for (int k = 0; k < regionNormal.size(); k++) {
                double[] c = regionNormal.get(k);
                double[] cn = LexicographicLp.times(c, basis);
                // The region's price now, w_r + c·y (slack rows carry y_j = 0 in the answer).
                double gNow = rows.weight[regionIndex.get(k)] + LexicographicLp.dot(c, y);
                double[] bounds = regionBounds.get(k);
                if (Double.isFinite(bounds[0])) {
                    inequality.add(negate(cn));
                    inequalityRoom.add(gNow - bounds[0]);
                }
                if (Double.isFinite(bounds[1])) {
                    inequality.add(cn);
                    inequalityRoom.add(bounds[1] - gNow);
                }
            }
            double[][] objectives = new double[m][];
            for (int j = 0; j < m; j++) {
                objectives[j] = basis[j].clone();
            }
            double[] room = new double[inequalityRoom.size()];
            for (int i = 0; i < room.length; i++) {
                room[i] = inequalityRoom.get(i);
            }
            double[] z = LexicographicLp.minimise(inequality.toArray(new double[0][]), room, objectives);
            if (z == null) {
                return clean(y, slack, priceScale);
            }
            for (int j = 0; j < m; j++) {
                out[j] += LexicographicLp.dot(basis[j], z);
            }
        }
        return clean(out, slack, priceScale);
    }

    /**
     * [L, U]: the prices at which region r may abate {@code total}, read off its curve around
     * {@code price} (where the total is known to be a best response).
     */
    static double[] subdifferential(RegionCurves curves, int r, double price, double total, double tolerance) {
        double strict = curves.response(r, price, false).abatement();
        double inclusive = curves.response(r, price, true).abatement();
        double low = total > strict + tolerance || curves.responseSlope(r, price, false) > 0 ? price
                : curves.nextBreakpoint(r, price, false);
        double high = total < inclusive - tolerance || curves.responseSlope(r, price, true) > 0 ? price
                : curves.nextBreakpoint(r, price, true);
        return new double[] {low, high};
    }

    /** Slack rows at 0 exactly, and duals within rounding of 0 (the null space's arithmetic) too. */
    private static double[] clean(double[] y, boolean[] slack, double priceScale) {
        double[] out = y.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] = slack[j] || out[j] <= 1e-13 * priceScale ? 0 : out[j];
        }
        return out;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }
}
