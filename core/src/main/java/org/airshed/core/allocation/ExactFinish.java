package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Solves the optimality conditions exactly once column generation has identified the optimal
 * face: the active coupling rows (positive duals), and for each region whether it sits inside a
 * jump of its curve (a block priced exactly at g_r, amount free) or on a smooth piece where its
 * response is affine in its price, A_r = α_r + β_r·g_r (β_r from quadratic sources).
 * <pre>
 *   active row j:   Σ_r c_jr A_r = rhs_j
 *   pinned region:  w_r + Σ_j y_j c_jr = p_r
 * </pre>
 * is square in (y_active, A_pinned). The master LP carries rounding of order 1e-11 of its cost
 * scale; this system does not, so it closes the last digits of the certified gap. The caller
 * keeps whichever candidate certifies the smaller gap, so a wrong guess costs nothing.
 */
final class ExactFinish {
    private ExactFinish() {
    }

    /** A candidate: region totals and coupling duals. */
    record Candidate(double[] regionTotal, double[] duals) {
    }

    /**
     * @param coefficient   c[j][r], coupling row coefficients (cap row all ones)
     * @param rhs           coupling right-hand sides
     * @param weight        w_r
     * @param regionPrice   g_r at which each region's total is reached (its own marginal cost)
     * @param regionTotal   A_r from the master
     * @param duals         master duals (≥ 0)
     */
    static Candidate solve(RegionCurves curves, double[][] coefficient, double[] rhs, double[] weight,
                           double[] regionPrice, double[] regionTotal, double[] duals) {
        int coupling = rhs.length;
        int regions = weight.length;
        List<Integer> active = new ArrayList<>();
        for (int j = 0; j < coupling; j++) {
            if (duals[j] > 0) {
                active.add(j);
            }
        }
        List<Integer> pinned = new ArrayList<>();
        double[] alpha = new double[regions];
        double[] beta = new double[regions];
        boolean[] isPinned = new boolean[regions];
        for (int r = 0; r < regions; r++) {
            double g = regionPrice[r];
            double low = curves.response(r, g, false).abatement();
            double high = curves.response(r, g, true).abatement();
            double tolerance = 1e-12 * Math.max(1, high);
            if (high - low > tolerance && regionTotal[r] > low + tolerance && regionTotal[r] < high - tolerance) {
                pinned.add(r);
                isPinned[r] = true;
            } else {
                // The affine piece through (g, A_r) that also holds the price the duals give: its
                // slope is read between the two, away from a kink that rounding could misplace.
                double current = weight[r];
                for (int j = 0; j < coupling; j++) {
                    current += duals[j] * coefficient[j][r];
                }
                beta[r] = curves.responseSlope(r, 0.5 * (g + current));
                alpha[r] = regionTotal[r] - beta[r] * g;
            }
        }
        int a = active.size();
        int n = a + pinned.size();
        if (n == 0) {
            return null;
        }
        double[][] m = new double[n][n];
        double[] b = new double[n];
        for (int row = 0; row < a; row++) {
            int j = active.get(row);
            double right = rhs[j];
            for (int r = 0; r < regions; r++) {
                if (!isPinned[r]) {
                    right -= coefficient[j][r] * (alpha[r] + beta[r] * weight[r]);
                    for (int col = 0; col < a; col++) {
                        m[row][col] += coefficient[j][r] * beta[r] * coefficient[active.get(col)][r];
                    }
                }
            }
            for (int q = 0; q < pinned.size(); q++) {
                m[row][a + q] = coefficient[j][pinned.get(q)];
            }
            b[row] = right;
        }
        for (int q = 0; q < pinned.size(); q++) {
            int r = pinned.get(q);
            for (int col = 0; col < a; col++) {
                m[a + q][col] = coefficient[active.get(col)][r];
            }
            b[a + q] = regionPrice[r] - weight[r];
        }
        RealVector solution;
        try {
            solution = new LUDecomposition(new Array2DRowRealMatrix(m, false), 1e-14).getSolver()
                    .solve(new ArrayRealVector(b, false));
        } catch (SingularMatrixException e) {
            return null;
        }
        double[] y = new double[coupling];
        for (int col = 0; col < a; col++) {
            y[active.get(col)] = Math.max(solution.getEntry(col), 0);
        }
        double[] total = new double[regions];
        for (int r = 0; r < regions; r++) {
            double g = weight[r];
            for (int j = 0; j < coupling; j++) {
                g += y[j] * coefficient[j][r];
            }
            total[r] = alpha[r] + beta[r] * g;
        }
        for (int q = 0; q < pinned.size(); q++) {
            total[pinned.get(q)] = solution.getEntry(a + q);
        }
        for (int r = 0; r < regions; r++) {
            total[r] = Math.min(Math.max(total[r], 0), curves.maxAbatement(r));
        }
        return new Candidate(total, y);
    }
}
