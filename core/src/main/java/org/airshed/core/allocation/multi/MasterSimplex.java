package org.airshed.core.allocation.multi;

import java.util.Arrays;

/**
 * The Dantzig–Wolfe master: min c·θ subject to Aθ = b, θ ≥ 0, a dense revised simplex over a
 * small number of rows (coupling rows plus one convexity row per region) and a growing set of
 * columns. Warm-started: columns are appended nonbasic, so the current basis stays feasible.
 * Two objectives share the basis: phase 1 (sum of artificials) and phase 2 (cost), artificials
 * never entering in phase 2 and leaving at the first nonzero entry (they are fixed at zero).
 * Dantzig's rule, Bland's rule after a run of degenerate steps (finite in exact arithmetic), the
 * basis inverse rebuilt from scratch every {@link #REFACTOR} steps.
 */
final class MasterSimplex {
    private static final int REFACTOR = 150;
    private static final int DEGENERATE_RUN = 8;
    static final double ENTER_TOLERANCE = 1e-15;
    private static final int PRICING_SEGMENT = 256;
    private static final double PIVOT_TOLERANCE = 1e-9;

    private final int rows;
    private final double[] rhs;
    /** Columns stored sparse: a region's column has only its coupling rows and its convexity row. */
    private int[][] index = new int[64][];
    private double[][] value = new double[64][];
    private double[] cost = new double[64];
    private double[] phaseOneCost = new double[64];
    private boolean[] artificial = new boolean[64];
    private int count;

    private final int[] basis;
    private boolean[] isBasic = new boolean[64];
    private final double[][] inverse;
    private final double[] x;
    private int sinceRefactor;
    /** Where partial pricing resumes. */
    private int cursor;
    private long pivots;

    MasterSimplex(double[] rhs) {
        this.rows = rhs.length;
        this.rhs = rhs.clone();
        basis = new int[rows];
        inverse = new double[rows][rows];
        x = new double[rows];
    }

    /** Adds a column given dense (zeros are dropped); returns its index. */
    int addColumn(double[] column, double columnCost, double columnPhaseOneCost, boolean isArtificial) {
        int nonZeros = 0;
        for (double v : column) {
            if (v != 0) {
                nonZeros++;
            }
        }
        int[] idx = new int[nonZeros];
        double[] val = new double[nonZeros];
        for (int k = 0, e = 0; k < column.length; k++) {
            if (column[k] != 0) {
                idx[e] = k;
                val[e++] = column[k];
            }
        }
        if (count == index.length) {
            int size = 2 * count;
            index = Arrays.copyOf(index, size);
            value = Arrays.copyOf(value, size);
            cost = Arrays.copyOf(cost, size);
            phaseOneCost = Arrays.copyOf(phaseOneCost, size);
            artificial = Arrays.copyOf(artificial, size);
            isBasic = Arrays.copyOf(isBasic, size);
        }
        index[count] = idx;
        value[count] = val;
        cost[count] = columnCost;
        phaseOneCost[count] = columnPhaseOneCost;
        artificial[count] = isArtificial;
        return count++;
    }

    int columnCount() {
        return count;
    }

    /** Sets the starting basis (one column per row; it must be feasible for the right-hand side). */
    boolean start(int[] startBasis) {
        System.arraycopy(startBasis, 0, basis, 0, rows);
        for (int j : startBasis) {
            isBasic[j] = true;
        }
        return refactor();
    }

    /** The basis, position by position (a copy), for {@link #restore}. */
    int[] basis() {
        return basis.clone();
    }

    /** Back to an earlier basis (one that was factorised), refactored: false if it no longer is. */
    boolean restore(int[] earlier) {
        for (int i = 0; i < rows; i++) {
            isBasic[basis[i]] = false;
        }
        return start(earlier);
    }

    /**
     * Optimises with the phase's objective; returns false on a singular basis, an unbounded ray or
     * the pivot limit. Also ends (true) after {@code 2·rows + 50} steps that lower the objective by
     * no more than rounding: near-twin columns otherwise take turns for ever on reduced costs of
     * rounding size (the column generation's certificate, not this stop, decides optimality).
     */
    boolean optimise(boolean phaseOne, int maxPivots) {
        double[] c = phaseOne ? phaseOneCost : cost;
        double[] y = new double[rows];
        double[] d = new double[rows];
        int degenerate = 0;
        int withoutProgress = 0;
        double objective = objective(phaseOne);
        boolean fresh = true;
        for (int step = 0; step < maxPivots; step++) {
            if (withoutProgress > 2 * rows + 50) {
                return sinceRefactor == 0 || refactor();
            }
            if (fresh) {
                duals(c, y);
                fresh = false;
            }
            int entering = -1;
            double enteringReduced = 0;
            if (degenerate >= DEGENERATE_RUN) {
                // Bland: the first improving column, over all of them.
                for (int j = 0; j < count && entering < 0; j++) {
                    double reduced = improving(j, c, y, phaseOne);
                    if (reduced < 0) {
                        entering = j;
                        enteringReduced = reduced;
                    }
                }
            } else {
                // Partial pricing (Dantzig's rule within a segment, segments in turn from where the
                // last step stopped): the master has thousands of columns and most steps need few.
                int segment = Math.max(PRICING_SEGMENT, count / 8);
                int scanned = 0;
                while (scanned < count && entering < 0) {
                    double best = 0;
                    for (int e = 0; e < segment && scanned < count; e++, scanned++) {
                        int j = cursor;
                        cursor = cursor + 1 == count ? 0 : cursor + 1;
                        double reduced = improving(j, c, y, phaseOne);
                        if (reduced < best) {
                            best = reduced;
                            entering = j;
                            enteringReduced = reduced;
                        }
                    }
                }
            }
            if (entering < 0) {
                // Duals and values read from a fresh inverse, not one worn by the updates since the last.
                return sinceRefactor == 0 || refactor();
            }
            int[] idx = index[entering];
            double[] val = value[entering];
            for (int i = 0; i < rows; i++) {
                double s = 0;
                double[] row = inverse[i];
                for (int e = 0; e < idx.length; e++) {
                    s += row[idx[e]] * val[e];
                }
                d[i] = s;
            }
            int leaving = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                double r;
                if (!phaseOne && artificial[basis[i]] && Math.abs(d[i]) > PIVOT_TOLERANCE) {
                    r = 0; // an artificial is fixed at zero in phase 2
                } else if (d[i] > PIVOT_TOLERANCE) {
                    r = Math.max(x[i], 0) / d[i];
                } else {
                    continue;
                }
                if (r < ratio || (r == ratio && basis[i] < basis[leaving])) {
                    ratio = r;
                    leaving = i;
                }
            }
            if (leaving < 0) {
                return false;
            }
            degenerate = ratio == 0 ? degenerate + 1 : 0;
            pivot(leaving, entering, d, ratio);
            double next = objective(phaseOne);
            withoutProgress = next < objective - 1e-14 * Math.max(1, Math.abs(objective)) ? 0 : withoutProgress + 1;
            objective = Math.min(objective, next);
            if (++sinceRefactor >= REFACTOR) {
                if (!refactor()) {
                    return false;
                }
                fresh = true;
            } else {
                // y' = y + r_q · (new row of B⁻¹ at the pivot): prices the entering column at zero, the others unchanged.
                double[] row = inverse[leaving];
                for (int k = 0; k < rows; k++) {
                    y[k] += enteringReduced * row[k];
                }
            }
        }
        return false;
    }

    /** Phase 1 done: zero the artificials' rounding-size values by moving them into the right-hand side. */
    void fixArtificialsAtZero() {
        for (int i = 0; i < rows; i++) {
            if (artificial[basis[i]] && x[i] != 0) {
                int[] idx = index[basis[i]];
                for (int e = 0; e < idx.length; e++) {
                    rhs[idx[e]] -= value[basis[i]][e] * x[i];
                }
            }
        }
        refactor();
    }

    /**
     * Duals of the current basis, refined: y = c_B B⁻¹, then twice y += (c_B − yB) B⁻¹, so that
     * every basic column prices at zero to rounding of its own terms rather than to the inverse's
     * accumulated error (the column generation and the certificate per source read these).
     */
    void duals(boolean phaseOne, double[] y) {
        double[] c = phaseOne ? phaseOneCost : cost;
        duals(c, y);
        double[] residual = new double[rows];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < rows; i++) {
                int j = basis[i];
                double r = c[j];
                for (int e = 0; e < index[j].length; e++) {
                    r -= y[index[j][e]] * value[j][e];
                }
                residual[i] = r;
            }
            for (int i = 0; i < rows; i++) {
                if (residual[i] != 0) {
                    double[] row = inverse[i];
                    for (int k = 0; k < rows; k++) {
                        y[k] += residual[i] * row[k];
                    }
                }
            }
        }
    }

    private void duals(double[] c, double[] y) {
        Arrays.fill(y, 0);
        for (int i = 0; i < rows; i++) {
            double cb = c[basis[i]];
            if (cb != 0) {
                double[] row = inverse[i];
                for (int k = 0; k < rows; k++) {
                    y[k] += cb * row[k];
                }
            }
        }
    }

    double objective(boolean phaseOne) {
        double[] c = phaseOne ? phaseOneCost : cost;
        double z = 0;
        for (int i = 0; i < rows; i++) {
            z += c[basis[i]] * x[i];
        }
        return z;
    }

    /** Value of every column (0 for nonbasic), the basic ones refined as the duals are. */
    double[] primal() {
        double[] residual = new double[rows];
        for (int round = 0; round < 2; round++) {
            System.arraycopy(rhs, 0, residual, 0, rows);
            for (int i = 0; i < rows; i++) {
                int j = basis[i];
                for (int e = 0; e < index[j].length; e++) {
                    residual[index[j][e]] -= value[j][e] * x[i];
                }
            }
            for (int i = 0; i < rows; i++) {
                double s = 0;
                double[] row = inverse[i];
                for (int k = 0; k < rows; k++) {
                    s += row[k] * residual[k];
                }
                x[i] += s;
            }
        }
        double[] theta = new double[count];
        for (int i = 0; i < rows; i++) {
            theta[basis[i]] = Math.max(0, x[i]);
        }
        return theta;
    }

    /** Column at basis position i. */
    int basic(int i) {
        return basis[i];
    }

    boolean isBasic(int j) {
        return isBasic[j];
    }

    /** Column j, dense. */
    double[] column(int j) {
        double[] dense = new double[rows];
        for (int e = 0; e < index[j].length; e++) {
            dense[index[j][e]] = value[j][e];
        }
        return dense;
    }

    /** Whether column j equals the given dense column and cost exactly. */
    boolean sameColumn(int j, double[] column, double columnCost) {
        if (cost[j] != columnCost) {
            return false;
        }
        int e = 0;
        for (int k = 0; k < rows; k++) {
            if (column[k] != 0) {
                if (e >= index[j].length || index[j][e] != k || value[j][e] != column[k]) {
                    return false;
                }
                e++;
            }
        }
        return e == index[j].length;
    }

    double columnCost(int j) {
        return cost[j];
    }

    int rowCount() {
        return rows;
    }

    long pivots() {
        return pivots;
    }

    /** Column j's reduced cost if it may enter and improves beyond the tolerance, else 0. */
    private double improving(int j, double[] c, double[] y, boolean phaseOne) {
        if (isBasic[j] || (!phaseOne && artificial[j])) {
            return 0;
        }
        int[] idx = index[j];
        double[] val = value[j];
        double reduced = c[j];
        double magnitude = Math.abs(c[j]);
        for (int e = 0; e < idx.length; e++) {
            double t = y[idx[e]] * val[e];
            reduced -= t;
            magnitude += Math.abs(t);
        }
        // Tighter than the column generation's threshold, so that a column it offers is entered.
        return reduced < -ENTER_TOLERANCE * magnitude - 1e-300 ? reduced : 0;
    }

    private void pivot(int leaving, int entering, double[] d, double step) {
        pivots++;
        for (int i = 0; i < rows; i++) {
            x[i] -= step * d[i];
        }
        x[leaving] = step;
        double[] pivotRow = inverse[leaving];
        double pd = d[leaving];
        for (int k = 0; k < rows; k++) {
            pivotRow[k] /= pd;
        }
        for (int i = 0; i < rows; i++) {
            if (i != leaving && d[i] != 0) {
                double f = d[i];
                double[] row = inverse[i];
                for (int k = 0; k < rows; k++) {
                    row[k] -= f * pivotRow[k];
                }
            }
        }
        isBasic[basis[leaving]] = false;
        basis[leaving] = entering;
        isBasic[entering] = true;
    }

    /** Rebuilds the inverse of the basis (Gauss–Jordan, partial pivoting) and x = B⁻¹b. */
    private boolean refactor() {
        sinceRefactor = 0;
        double[][] m = new double[rows][2 * rows];
        for (int i = 0; i < rows; i++) {
            int[] idx = index[basis[i]];
            for (int e = 0; e < idx.length; e++) {
                m[idx[e]][i] = value[basis[i]][e];
            }
            m[i][rows + i] = 1;
        }
        int width = 2 * rows;
        int[] nonZero = new int[width];
        for (int col = 0; col < rows; col++) {
            int pivotRow = col;
            for (int i = col + 1; i < rows; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[pivotRow][col])) {
                    pivotRow = i;
                }
            }
            if (Math.abs(m[pivotRow][col]) < 1e-13) {
                return false;
            }
            double[] tmp = m[col];
            m[col] = m[pivotRow];
            m[pivotRow] = tmp;
            double[] pivot = m[col];
            double pv = pivot[col];
            // The basis is sparse (a region's column touches the coupling rows and one convexity
            // row), and so stays much of [B | I] during elimination: work on the pivot row's non-zeros.
            int count = 0;
            for (int k = 0; k < width; k++) {
                if (pivot[k] != 0) {
                    pivot[k] /= pv;
                    nonZero[count++] = k;
                }
            }
            for (int i = 0; i < rows; i++) {
                double f = m[i][col];
                if (i != col && f != 0) {
                    double[] target = m[i];
                    for (int e = 0; e < count; e++) {
                        int k = nonZero[e];
                        target[k] -= f * pivot[k];
                    }
                }
            }
        }
        // m now holds [I | B⁻¹] with row i of B⁻¹ belonging to basis position i.
        for (int i = 0; i < rows; i++) {
            System.arraycopy(m[i], rows, inverse[i], 0, rows);
        }
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int k = 0; k < rows; k++) {
                s += inverse[i][k] * rhs[k];
            }
            x[i] = s;
        }
        return true;
    }
}
