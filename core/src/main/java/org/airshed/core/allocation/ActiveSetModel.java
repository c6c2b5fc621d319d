package org.airshed.core.allocation;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One step of {@link DualActiveSet}: the maximiser of the dual's local model on the working set's
 * subspace, or an ascent ray where the model is linear. In scaled units ({@link CouplingRows}).
 *
 * <p>Rows j ∉ Z are free (F), pinned regions P hold their price at a block's unit cost t_r, and
 * every other region responds on its current piece as a_r(g) = α_r + β_r·g. Stationarity on the
 * subspace is
 * <pre>
 *   Σ_{r∉P} c_jr (α_r + β_r g_r(y)) + Σ_{r∈P} c_jr a_r = b_j   (j ∈ F)
 *   w_r + Σ_{j∈F} c_jr y_j = t_r                               (r ∈ P)
 * </pre>
 * with the pinned regions' amounts a_r as multipliers. With C_FP = Q R (its columns independent by
 * the method's invariant), y_F = Q1 u + Q2 z, R1ᵀ u = t − w, and z maximises the reduced
 * quadratic with Hessian Q2ᵀ M Q2, M = Σ_{r∉P} β_r c_r c_rᵀ, through its eigenvectors: a null
 * direction along which the model still rises is returned as a ray.
 */
final class ActiveSetModel {
    /** Eigenvalues below this fraction of the largest count as zero curvature. */
    private static final double CURVATURE_FLOOR = 1e-12;
    /** A null-space gradient below this fraction of the gradient's terms counts as flat. */
    private static final double FLAT = 1e-12;

    private final CouplingRows rows;
    private final int[] free;
    private final int[] pinned;
    private final double[][] m;
    private final double[] rhs1;
    private double[][] q;
    private boolean factored;
    private double[][] r1;

    /**
     * @param direction  full-length step (zeros on Z rows): to the target, or along the ray
     * @param toTarget   whether {@code direction} ends at the model's maximiser
     * @param target     the maximiser (full length) when {@code toTarget}
     */
    record Step(double[] direction, boolean toTarget, double[] target) {
    }

    /**
     * @param zero      rows held at y_j = 0
     * @param pinned    pinned regions, in the order they are held
     * @param pinPrice  t_r per region (read for pinned ones)
     * @param alpha     α_r per region (read for the others)
     * @param beta      β_r per region (read for the others)
     */
    ActiveSetModel(CouplingRows rows, boolean[] zero, int[] pinned, double[] alpha, double[] beta) {
        this.rows = rows;
        int count = 0;
        for (boolean z : zero) {
            count += z ? 0 : 1;
        }
        this.free = new int[count];
        count = 0;
        for (int j = 0; j < rows.rows; j++) {
            if (!zero[j]) {
                free[count++] = j;
            }
        }
        this.pinned = pinned.clone();
        boolean[] isPinned = new boolean[rows.regions];
        for (int r : pinned) {
            isPinned[r] = true;
        }
        int f = free.length;
        this.m = new double[f][f];
        this.rhs1 = new double[f];
        for (int a = 0; a < f; a++) {
            rhs1[a] = rows.rhs[free[a]];
        }
        for (int r = 0; r < rows.regions; r++) {
            if (isPinned[r]) {
                continue;
            }
            double base = alpha[r] + beta[r] * rows.weight[r];
            for (int a = 0; a < f; a++) {
                double ca = rows.coefficient[free[a]][r];
                if (ca == 0) {
                    continue;
                }
                rhs1[a] -= ca * base;
                if (beta[r] != 0) {
                    for (int b = 0; b < f; b++) {
                        m[a][b] += beta[r] * ca * rows.coefficient[free[b]][r];
                    }
                }
            }
        }
    }

    /** The step from y; null if the pinned columns turned out dependent (the caller gives up). */
    Step step(double[] y, double[] pinPrice) {
        int f = free.length;
        int np = pinned.length;
        if (!factor()) {
            return null;
        }
        double[] yp = particular(pinPrice);
        int nz = f - np;
        double[] yf;
        if (nz == 0) {
            yf = yp;
        } else {
            double[][] q2 = new double[f][nz];
            for (int a = 0; a < f; a++) {
                for (int c = 0; c < nz; c++) {
                    q2[a][c] = q[a][np + c];
                }
            }
            double[] residual = rhs1.clone();
            double scale = 0;
            for (int a = 0; a < f; a++) {
                double my = 0;
                for (int b = 0; b < f; b++) {
                    my += m[a][b] * yp[b];
                }
                scale += Math.abs(rhs1[a]) + Math.abs(my) + Math.abs(rows.rhs[free[a]]);
                residual[a] -= my;
            }
            double[] g2 = new double[nz];
            double[][] h2 = new double[nz][nz];
            // Where y stands in these coordinates: along flat directions the target stays there.
            double[] current = new double[nz];
            for (int c = 0; c < nz; c++) {
                for (int a = 0; a < f; a++) {
                    g2[c] += q2[a][c] * residual[a];
                    current[c] += q2[a][c] * (y[free[a]] - yp[a]);
                }
            }
            double[][] mq2 = new double[f][nz];
            for (int a = 0; a < f; a++) {
                for (int c = 0; c < nz; c++) {
                    double s = 0;
                    for (int b = 0; b < f; b++) {
                        s += m[a][b] * q2[b][c];
                    }
                    mq2[a][c] = s;
                }
            }
            for (int c = 0; c < nz; c++) {
                for (int e = c; e < nz; e++) {
                    double s = 0;
                    for (int a = 0; a < f; a++) {
                        s += q2[a][c] * mq2[a][e];
                    }
                    h2[c][e] = s;
                    h2[e][c] = s;
                }
            }
            EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(h2, false));
            double[] lambda = eigen.getRealEigenvalues();
            double largest = 0;
            for (double l : lambda) {
                largest = Math.max(largest, l);
            }
            double floor = CURVATURE_FLOOR * largest;
            double[] z = new double[nz];
            double[] rise = new double[nz];
            double riseNorm = 0;
            for (int i = 0; i < nz; i++) {
                double[] v = eigen.getEigenvector(i).toArray();
                double along = 0;
                double here = 0;
                for (int c = 0; c < nz; c++) {
                    along += v[c] * g2[c];
                    here += v[c] * current[c];
                }
                if (lambda[i] > floor && lambda[i] > 0) {
                    for (int c = 0; c < nz; c++) {
                        z[c] += along / lambda[i] * v[c];
                    }
                } else {
                    for (int c = 0; c < nz; c++) {
                        rise[c] += along * v[c];
                        z[c] += here * v[c];
                    }
                    riseNorm += along * along;
                }
            }
            if (Math.sqrt(riseNorm) > FLAT * scale) {
                double[] direction = new double[rows.rows];
                for (int a = 0; a < f; a++) {
                    double s = 0;
                    for (int c = 0; c < nz; c++) {
                        s += q2[a][c] * rise[c];
                    }
                    direction[free[a]] = s;
                }
                return new Step(direction, false, null);
            }
            yf = yp.clone();
            for (int a = 0; a < f; a++) {
                for (int c = 0; c < nz; c++) {
                    yf[a] += q2[a][c] * z[c];
                }
            }
        }
        double[] target = new double[rows.rows];
        double[] direction = new double[rows.rows];
        for (int a = 0; a < f; a++) {
            target[free[a]] = yf[a];
            direction[free[a]] = yf[a] - y[free[a]];
        }
        return new Step(direction, true, target);
    }

    /**
     * y moved onto the working set's subspace: the pinned prices met exactly, the rest of y kept
     * (y_F = Q1 u + Q2 Q2ᵀ y_F); rows held at zero set to zero. Null if the pinned columns are dependent.
     */
    double[] project(double[] y, double[] pinPrice) {
        if (!factor()) {
            return null;
        }
        int f = free.length;
        int np = pinned.length;
        double[] out = new double[rows.rows];
        double[] yp = particular(pinPrice);
        for (int a = 0; a < f; a++) {
            out[free[a]] = yp[a];
        }
        for (int c = np; c < f; c++) {
            double along = 0;
            for (int a = 0; a < f; a++) {
                along += q[a][c] * y[free[a]];
            }
            for (int a = 0; a < f; a++) {
                out[free[a]] += q[a][c] * along;
            }
        }
        return out;
    }

    /**
     * The pinned regions' amounts (multipliers) at duals y on the subspace: R1 a = Q1ᵀ (rhs1 − M y_F).
     * Indexed like the pinned list.
     */
    double[] pinnedAmounts(double[] y) {
        int f = free.length;
        int np = pinned.length;
        if (np == 0 || !factor()) {
            return new double[np];
        }
        double[] residual = rhs1.clone();
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < f; b++) {
                residual[a] -= m[a][b] * y[free[b]];
            }
        }
        double[] right = new double[np];
        for (int c = 0; c < np; c++) {
            for (int a = 0; a < f; a++) {
                right[c] += q[a][c] * residual[a];
            }
        }
        double[] amount = new double[np];
        for (int c = np - 1; c >= 0; c--) {
            double s = right[c];
            for (int e = c + 1; e < np; e++) {
                s -= r1[c][e] * amount[e];
            }
            amount[c] = s / r1[c][c];
        }
        return amount;
    }

    /** QR of C_FP once; false if its columns are numerically dependent. */
    private boolean factor() {
        if (factored) {
            return r1 != null;
        }
        factored = true;
        int f = free.length;
        int np = pinned.length;
        if (np > f) {
            return false;
        }
        if (np == 0) {
            q = LexicographicLp.identity(f);
            r1 = new double[0][0];
            return true;
        }
        double[][] c = new double[f][np];
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < np; b++) {
                c[a][b] = rows.coefficient[free[a]][pinned[b]];
            }
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(c, false), 0);
        q = qr.getQ().getData();
        RealMatrix r = qr.getR();
        double largest = 0;
        for (int b = 0; b < np; b++) {
            largest = Math.max(largest, Math.abs(r.getEntry(b, b)));
        }
        double[][] upper = new double[np][np];
        for (int b = 0; b < np; b++) {
            if (!(Math.abs(r.getEntry(b, b)) > 1e-12 * largest)) {
                return false;
            }
            for (int e = b; e < np; e++) {
                upper[b][e] = r.getEntry(b, e);
            }
        }
        r1 = upper;
        return true;
    }

    /** y_F = Q1 u with R1ᵀ u = t_P − w_P: pinned prices met exactly, nothing else asked. */
    private double[] particular(double[] pinPrice) {
        int f = free.length;
        int np = pinned.length;
        double[] u = new double[np];
        for (int c = 0; c < np; c++) {
            int r = pinned[c];
            double s = pinPrice[r] - rows.weight[r];
            for (int e = 0; e < c; e++) {
                s -= r1[e][c] * u[e];
            }
            u[c] = s / r1[c][c];
        }
        double[] yp = new double[f];
        for (int a = 0; a < f; a++) {
            for (int c = 0; c < np; c++) {
                yp[a] += q[a][c] * u[c];
            }
        }
        return yp;
    }
}
