package org.airshed.core.allocation;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Corrects the duals to the primal when the optimal face is degenerate and {@link ExactFinish}'s
 * system is singular (duals not unique). Every region whose price the primal determines — one on
 * a sloped piece of its curve (quadratic sources inside their range) or strictly inside a jump —
 * must face exactly its own marginal cost: w_r + Σ_j y_j c_jr = g_r. Among the duals satisfying
 * those equalities on the rows that carry a positive dual, take the one nearest the master's
 * (least-norm correction, through a pseudo-inverse so that redundant equalities are harmless).
 * The caller keeps it only if it certifies a better gap.
 */
final class DualPolish {
    private DualPolish() {
    }

    static double[] solve(RegionCurves curves, double[][] coefficient, double[] weight, double[] regionPrice,
                          double[] regionTotal, double[] duals) {
        int coupling = duals.length;
        int regions = weight.length;
        int[] active = java.util.stream.IntStream.range(0, coupling).filter(j -> duals[j] > 0).toArray();
        int[] determined = java.util.stream.IntStream.range(0, regions)
                .filter(r -> pricedByPrimal(curves, r, regionPrice[r], regionTotal[r])).toArray();
        if (active.length == 0 || determined.length == 0) {
            return null;
        }
        RealMatrix e = new Array2DRowRealMatrix(determined.length, active.length);
        RealVector residual = new ArrayRealVector(determined.length);
        for (int q = 0; q < determined.length; q++) {
            int r = determined[q];
            double g = weight[r];
            for (int col = 0; col < active.length; col++) {
                e.setEntry(q, col, coefficient[active[col]][r]);
                g += duals[active[col]] * coefficient[active[col]][r];
            }
            residual.setEntry(q, regionPrice[r] - g);
        }
        RealVector z = new SingularValueDecomposition(e.multiply(e.transpose())).getSolver().solve(residual);
        RealVector correction = e.transpose().operate(z);
        double[] polished = duals.clone();
        for (int col = 0; col < active.length; col++) {
            polished[active[col]] = Math.max(0, duals[active[col]] + correction.getEntry(col));
        }
        return polished;
    }

    /** True when the region's total fixes its marginal cost: inside a jump, or on a sloped piece. */
    private static boolean pricedByPrimal(RegionCurves curves, int r, double price, double total) {
        double low = curves.response(r, price, false).abatement();
        double high = curves.response(r, price, true).abatement();
        double tolerance = 1e-12 * Math.max(1, high);
        boolean insideJump = high - low > tolerance && total > low + tolerance && total < high - tolerance;
        return insideJump || (curves.responseSlope(r, price) > 0 && total > tolerance
                && total < curves.maxAbatement(r) - tolerance);
    }
}
