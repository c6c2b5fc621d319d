package org.airshed.core.allocation.multi;

/** Solves a small dense square system by Gaussian elimination with partial pivoting. */
final class DenseLinearSystem {
    private DenseLinearSystem() {
    }

    /** The solution of m·z = b, or null when a pivot is below {@code 1e-12} of its column's largest entry. */
    static double[] solve(double[][] m, double[] b) {
        int n = b.length;
        double[][] a = new double[n][];
        double[] rhs = b.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            double largest = 0;
            for (int i = col; i < n; i++) {
                largest = Math.max(largest, Math.abs(a[i][col]));
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            if (largest == 0 || Math.abs(a[pivot][col]) < 1e-300) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = rhs[col];
            rhs[col] = rhs[pivot];
            rhs[pivot] = t;
            for (int i = col + 1; i < n; i++) {
                double f = a[i][col] / a[col][col];
                if (f != 0) {
                    for (int k = col; k < n; k++) {
                        a[i][k] -= f * a[col][k];
                    }
                    rhs[i] -= f * rhs[col];
                }
            }
        }
        double[] z = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = rhs[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[i][k] * z[k];
            }
            z[i] = s / a[i][i];
            if (!Double.isFinite(z[i])) {
                return null;
            }
        }
        return z;
    }
}
