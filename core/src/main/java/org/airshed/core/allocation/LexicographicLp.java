package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Lexicographic minimisation over a polyhedron {z : G z ≤ h} from a feasible point: minimise the
 * first objective, restrict to its optimal face, minimise the second there, and so on. Each stage
 * is a primal active-set (simplex) method: move along the objective's steepest descent within the
 * working constraints until a new one blocks; at a point where no such move is left, release a
 * constraint whose multiplier is negative, or stop. Ties and releases go to the smallest index
 * (Bland's rule), so degenerate vertices cannot cycle. The optimal face of a stage is where every
 * constraint with a positive multiplier holds with equality (complementary slackness); the next
 * stage works in that face's own coordinates. Dense and meant for small problems: a few hundred
 * constraints in tens of dimensions. Public for the several-pollutant dual choice ({@code allocation.multi}).
 */
public final class LexicographicLp {
    /** Relative tolerance on constraint activities, directions and multipliers. */
    private static final double EPS = 1e-12;
    private static final int STEPS_PER_STAGE = 10_000;
    /** Entries of an orthonormal basis below this are rounding; so is an objective shorter than it. */
    static final double NEGLIGIBLE = 1e-10;

    private LexicographicLp() {
    }

    /**
     * @param g          constraint rows (each of length d); a row shorter than {@link #NEGLIGIBLE}
     *                   is rounding of a zero row (the caller's rows are combinations of order one)
     *                   and constrains nothing
     * @param h          right-hand sides; z = 0 must satisfy G z ≤ h (the caller shifts h if rounding says otherwise)
     * @param objectives objectives (each of length d), in priority order
     * @return the lexicographic minimiser, or null if a stage failed (unbounded, or out of steps)
     */
    public static double[] minimise(double[][] g, double[] h, double[][] objectives) {
        int d = objectives.length == 0 ? 0 : objectives[0].length;
        int n = g.length;
        if (d == 0) {
            return new double[0];
        }
        // Rows to unit length, so that one tolerance fits all.
        double[][] rows = new double[n][];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            double norm = Math.sqrt(dot(g[i], g[i]));
            rows[i] = g[i].clone();
            rhs[i] = h[i];
            if (norm <= NEGLIGIBLE) {
                java.util.Arrays.fill(rows[i], 0);
                rhs[i] = Math.max(rhs[i], 0);
            } else {
                for (int k = 0; k < d; k++) {
                    rows[i][k] /= norm;
                }
                rhs[i] /= norm;
            }
        }
        // z = origin + basis · w, with w the current stage's coordinates.
        double[] origin = new double[d];
        double[][] basis = identity(d);
        for (double[] objective : objectives) {
            int dim = basis[0].length;
            if (dim == 0) {
                break;
            }
            double[] c = times(objective, basis);
            // Objectives are rows of orthonormal bases: a component this small is rounding, not a direction.
            if (Math.sqrt(dot(c, c)) <= NEGLIGIBLE) {
                continue;
            }
            double[][] stageRows = new double[n][];
            double[] stageRhs = new double[n];
            for (int i = 0; i < n; i++) {
                stageRows[i] = times(rows[i], basis);
                stageRhs[i] = Math.max(rhs[i] - dot(rows[i], origin), 0);
                // A row (of unit length) all but orthogonal to the face is constant on it: rounding, not a constraint.
                if (Math.sqrt(dot(stageRows[i], stageRows[i])) <= NEGLIGIBLE) {
                    java.util.Arrays.fill(stageRows[i], 0);
                }
            }
            Stage stage = new Stage(stageRows, stageRhs, c);
            if (!stage.run()) {
                return null;
            }
            double[] w = stage.point();
            for (int k = 0; k < d; k++) {
                origin[k] += dot(basis[k], w);
            }
            List<double[]> face = new ArrayList<>();
            for (int i : stage.positiveMultipliers()) {
                face.add(stageRows[i]);
            }
            if (!face.isEmpty()) {
                basis = product(basis, nullBasis(face, dim));
            }
        }
        return origin;
    }

    /** One stage: min c·w over {w : A w ≤ b}, from w = 0. */
    private static final class Stage {
        private final double[][] a;
        private final double[] b;
        private final double[] c;
        private final int dim;
        private final double[] w;
        private final List<Integer> working = new ArrayList<>();
        private double[] multipliers = new double[0];

        Stage(double[][] a, double[] b, double[] c) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.dim = c.length;
            this.w = new double[dim];
        }

        boolean run() {
            double cNorm = Math.sqrt(dot(c, c));
            // Constraints tight at the start join the working set (smallest index first) while independent.
            for (int i = 0; i < a.length; i++) {
                if (b[i] <= EPS && working.size() < dim && independent(i)) {
                    working.add(i);
                }
            }
            int degenerate = 0;
            for (int step = 0; step < STEPS_PER_STAGE; step++) {
                double[][] z = working.isEmpty() ? identity(dim) : nullBasis(rowsOf(working), dim);
                double[] p = new double[dim];
                if (z[0].length > 0) {
                    double[] zc = times(c, z);
                    for (int k = 0; k < dim; k++) {
                        p[k] = -dot(z[k], zc);
                    }
                }
                if (Math.sqrt(dot(p, p)) > EPS * cNorm) {
                    int blocking = -1;
                    double length = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < a.length; i++) {
                        double ap = dot(a[i], p);
                        if (ap > EPS * Math.sqrt(dot(p, p)) && !working.contains(i)) {
                            double room = Math.max(b[i] - dot(a[i], w), 0) / ap;
                            if (room < length) {
                                length = room;
                                blocking = i;
                            }
                        }
                    }
                    if (blocking < 0) {
                        return false;
                    }
                    degenerate = length == 0 ? degenerate + 1 : 0;
                    for (int k = 0; k < dim; k++) {
                        w[k] += length * p[k];
                    }
                    working.add(blocking);
                    continue;
                }
                // c + A_Wᵀ μ = 0 at an optimum with μ ≥ 0.
                multipliers = leastSquaresMultipliers();
                int release = -1;
                double worst = -EPS * cNorm;
                for (int k = 0; k < working.size(); k++) {
                    if (multipliers[k] < worst) {
                        if (degenerate > 0) {
                            // Bland: the smallest index among those that want to leave.
                            if (release < 0 || working.get(k) < working.get(release)) {
                                release = k;
                            }
                        } else {
                            worst = multipliers[k];
                            release = k;
                        }
                    }
                }
                if (release < 0) {
                    return true;
                }
                working.remove(release);
            }
            return false;
        }

        double[] point() {
            return w;
        }

        /** Working constraints with a positive multiplier: tight on the whole optimal face. */
        List<Integer> positiveMultipliers() {
            List<Integer> out = new ArrayList<>();
            double cNorm = Math.sqrt(dot(c, c));
            for (int k = 0; k < working.size() && k < multipliers.length; k++) {
                if (multipliers[k] > EPS * cNorm) {
                    out.add(working.get(k));
                }
            }
            return out;
        }

        private boolean independent(int i) {
            if (Math.sqrt(dot(a[i], a[i])) <= NEGLIGIBLE) {
                return false;
            }
            if (working.isEmpty()) {
                return true;
            }
            double[][] z = nullBasis(rowsOf(working), dim);
            double[] projected = times(a[i], z);
            return Math.sqrt(dot(projected, projected)) > 1e-9;
        }

        private List<double[]> rowsOf(List<Integer> indices) {
            List<double[]> out = new ArrayList<>();
            for (int i : indices) {
                out.add(a[i]);
            }
            return out;
        }

        private double[] leastSquaresMultipliers() {
            int k = working.size();
            if (k == 0) {
                return new double[0];
            }
            double[][] at = new double[dim][k];
            for (int col = 0; col < k; col++) {
                for (int row = 0; row < dim; row++) {
                    at[row][col] = a[working.get(col)][row];
                }
            }
            double[] minusC = new double[dim];
            for (int row = 0; row < dim; row++) {
                minusC[row] = -c[row];
            }
            org.apache.commons.math3.linear.RealVector right = new org.apache.commons.math3.linear.ArrayRealVector(minusC,
                    false);
            try {
                return new QRDecomposition(new Array2DRowRealMatrix(at, false)).getSolver().solve(right).toArray();
            } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
                // Dependent working rows (rounding let one in): the least-norm multipliers will do.
                return new SingularValueDecomposition(new Array2DRowRealMatrix(at, false))
                        .getSolver().solve(right).toArray();
            }
        }
    }

    /**
     * An orthonormal basis (dim × (dim − rank)) of the vectors orthogonal to every given row: the
     * left singular vectors of the rows (as columns, padded with zero columns to a square) whose
     * singular values are below 1e-10 of the largest, so a row within rounding of the span of the
     * others adds no rank. (Commons Math's rank-revealing QR mis-pivots exact duplicates.)
     */
    public static double[][] nullBasis(List<double[]> given, int dim) {
        int k = given.size();
        if (k == 0 || dim == 0) {
            return identity(dim);
        }
        double[][] t = new double[dim][Math.max(k, dim)];
        for (int col = 0; col < k; col++) {
            for (int row = 0; row < dim; row++) {
                t[row][col] = given.get(col)[row];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(t, false));
        double[] singular = svd.getSingularValues();
        RealMatrix u = svd.getU();
        int rank = 0;
        while (rank < singular.length && singular[rank] > 1e-10 * singular[0]) {
            rank++;
        }
        double[][] basis = new double[dim][dim - rank];
        for (int row = 0; row < dim; row++) {
            for (int col = rank; col < dim; col++) {
                basis[row][col - rank] = u.getEntry(row, col);
            }
        }
        return clean(basis);
    }

    /** Zeroes entries that are rounding: a coordinate the basis does not move must stay put exactly. */
    private static double[][] clean(double[][] basis) {
        for (double[] row : basis) {
            for (int k = 0; k < row.length; k++) {
                if (Math.abs(row[k]) < 1e-13) {
                    row[k] = 0;
                }
            }
        }
        return basis;
    }

    static double[][] identity(int d) {
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            out[i][i] = 1;
        }
        return out;
    }

    /** v · B for a row vector v (length rows of B). */
    static double[] times(double[] v, double[][] b) {
        int cols = b.length == 0 ? 0 : b[0].length;
        double[] out = new double[cols];
        for (int i = 0; i < b.length; i++) {
            if (v[i] != 0) {
                for (int k = 0; k < cols; k++) {
                    out[k] += v[i] * b[i][k];
                }
            }
        }
        return out;
    }

    private static double[][] product(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = b.length == 0 ? 0 : b[0].length;
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < inner; k++) {
                if (a[i][k] != 0) {
                    for (int j = 0; j < cols; j++) {
                        out[i][j] += a[i][k] * b[k][j];
                    }
                }
            }
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
