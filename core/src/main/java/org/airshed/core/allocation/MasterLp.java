package org.airshed.core.allocation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The restricted master LP of column generation, solved by a dense revised primal simplex with
 * an explicit basis inverse (the master has only K + 1 + R rows):
 *
 * <pre>
 * minimise   Σ_k cost_k θ_k
 * subject to Σ_k coef_jk θ_k − s_j = rhs_j   for each coupling row j (cap, receptors; s_j ≥ 0 surplus)
 *            Σ_{k ∈ region r} θ_k = 1       for each region r (convexity)
 *            θ ≥ 0
 * </pre>
 * Columns are added between solves and the previous basis stays feasible, so each solve is a
 * warm start. The caller supplies an initial feasible basis: the full-abatement column of every
 * region plus every surplus. Rows and costs are scaled to order one; the duals are returned in
 * the caller's units.
 *
 * <p>Robust against degeneracy (many coupling rows in few regions make it the rule): the basis is
 * refactorised from scratch every {@value #REFACTOR_EVERY} pivots; the ratio test is Harris's two-pass one (among the rows that
 * block within a small tolerance, the largest pivot); a run of degenerate pivots switches to
 * Bland's rule and shifts the right-hand sides by a tiny seeded perturbation, which is taken off
 * again at the end. It never throws on a hard instance: a solve that runs out of pivots, or meets a
 * basis the factorisation calls singular, returns false and leaves the last good basis, and the
 * caller stops there (column generation then certifies what it has).
 */
final class MasterLp {
    private static final double PRICING_TOLERANCE = 1e-11;
    private static final double PIVOT_TOLERANCE = 1e-11;
    /** Pivots below this (the basis columns are scaled to order one) mean a singular basis. */
    private static final double SINGULAR = 1e-14;
    private static final int REFACTOR_EVERY = 50;
    private static final int DEGENERATE_RUN_FOR_BLAND = 20;
    /** A run this long also perturbs the right-hand sides. */
    private static final int DEGENERATE_RUN_FOR_PERTURBATION = 60;
    /** Harris's tolerance on basic values (the rows are scaled to order one). */
    private static final double FEASIBILITY_TOLERANCE = 1e-9;
    /** Steps that move without lowering the cost, after which the master stops: rounding rules. */
    private static final int NOISY_STEPS = 3;
    /** Size of the right-hand-side perturbation, relative to order one. */
    private static final double PERTURBATION = 1e-10;

    private final int couplingRows;
    private final int regions;
    private final int rows;
    private final double[] rowScale;
    private final double costScale;
    private final double[] rhs;
    /** The right-hand sides actually in force: {@link #rhs}, plus a perturbation while one is on. */
    private final double[] activeRhs;
    private boolean perturbed;
    private final SplittableRandom perturbation = new SplittableRandom(0x9e3779b97f4a7c15L);

    private int columns;
    private int[] columnRegion = new int[64];
    private double[][] columnCoef = new double[64][];
    private double[] columnCost = new double[64];

    /** Basic variable per row: a column index ≥ 0, or −1 − j for the surplus of coupling row j. */
    private final int[] basic;
    private boolean[] columnBasic = new boolean[64];
    private final boolean[] surplusBasic;
    private final double[][] inverse;
    private final double[] values;
    private int pivotsSinceRefactor;
    /** No pivot since the last refactor: B⁻¹ and the values are exactly what a refactor would give. */
    private boolean fresh;

    /**
     * @param rhs       right-hand sides of the coupling rows (caller units)
     * @param rowScale  positive scale per coupling row (coefficients divided by it)
     * @param costScale positive scale of the objective
     */
    MasterLp(double[] rhs, double[] rowScale, double costScale, int regions) {
        this.couplingRows = rhs.length;
        this.regions = regions;
        this.rows = couplingRows + regions;
        this.rowScale = rowScale.clone();
        this.costScale = costScale;
        this.rhs = new double[rows];
        for (int j = 0; j < couplingRows; j++) {
            this.rhs[j] = rhs[j] / rowScale[j];
        }
        Arrays.fill(this.rhs, couplingRows, rows, 1.0);
        this.activeRhs = this.rhs.clone();
        this.basic = new int[rows];
        this.surplusBasic = new boolean[couplingRows];
        this.inverse = new double[rows][rows];
        this.values = new double[rows];
    }

    /** Adds a column for region r with coefficients in the coupling rows (caller units). */
    int addColumn(int region, double[] coefficients, double cost) {
        if (columns == columnCost.length) {
            int grown = columns * 2;
            columnRegion = Arrays.copyOf(columnRegion, grown);
            columnCoef = Arrays.copyOf(columnCoef, grown);
            columnCost = Arrays.copyOf(columnCost, grown);
            columnBasic = Arrays.copyOf(columnBasic, grown);
        }
        double[] scaled = new double[couplingRows];
        for (int j = 0; j < couplingRows; j++) {
            scaled[j] = coefficients[j] / rowScale[j];
        }
        columnRegion[columns] = region;
        columnCoef[columns] = scaled;
        columnCost[columns] = cost / costScale;
        return columns++;
    }

    /** Sets the starting basis: one given column per region (its convexity row) and every surplus. */
    void startFrom(int[] regionColumn) {
        for (int j = 0; j < couplingRows; j++) {
            basic[j] = -1 - j;
            surplusBasic[j] = true;
        }
        for (int r = 0; r < regions; r++) {
            basic[couplingRows + r] = regionColumn[r];
            columnBasic[regionColumn[r]] = true;
        }
        if (!refactor()) {
            throw new IllegalStateException("the starting basis (full abatement and surpluses) is singular");
        }
        for (int i = 0; i < rows; i++) {
            if (values[i] < -1e-9) {
                throw new IllegalStateException("starting basis is infeasible in row " + i + ": " + values[i]);
            }
        }
    }

    /**
     * Runs primal simplex to optimality from the current basis.
     *
     * @return true at an optimum; false when it ran out of pivots or met a singular basis (the
     *         basis and values are then those of the last good factorisation)
     */
    boolean solve() {
        // Fresh factors at both ends: values and duals read after a solve must not carry drift. Added
        // columns leave the basis alone, so factors fresh from the last solve are the same bits.
        if (!fresh && !refactor()) {
            return false;
        }
        int degenerateRun = 0;
        int noisy = 0;
        int limit = 50 * (rows + columns + couplingRows) + 1000;
        for (int iteration = 0; iteration < limit; iteration++) {
            double[] y = scaledDuals();
            boolean bland = degenerateRun >= DEGENERATE_RUN_FOR_BLAND;
            int entering = entering(y, bland);
            if (entering == Integer.MIN_VALUE) {
                return finish();
            }
            double[] direction = direction(entering);
            int leaving = harrisRatioTest(direction, bland);
            if (leaving < 0) {
                // Unbounded cannot happen (convexity rows bound every column): only rounding gets here.
                finish();
                return false;
            }
            double ratio = Math.max(values[leaving], 0) / direction[leaving];
            degenerateRun = ratio <= 1e-13 ? degenerateRun + 1 : 0;
            if (degenerateRun == DEGENERATE_RUN_FOR_PERTURBATION && !perturbed) {
                perturb();
            }
            double before = scaledObjective();
            if (!pivot(leaving, entering, direction)) {
                return false;
            }
            // A step that moved but did not lower the cost means the reduced costs are rounding:
            // near-twin columns can then take turns for ever. That is the optimum as far as
            // doubles can tell (column generation's bound certifies what it is worth).
            if (ratio > 1e-13 && scaledObjective() >= before && ++noisy >= NOISY_STEPS) {
                return finish();
            }
        }
        finish();
        return false;
    }

    /**
     * Pricing: the variable to enter (the most negative reduced cost, or under Bland's rule the
     * first negative one), {@link Integer#MIN_VALUE} at an optimum. Its own method, as the loops
     * over every column in one made the JIT compile {@link #solve} twice (on the stack, then whole).
     */
    private int entering(double[] y, boolean bland) {
        int entering = Integer.MIN_VALUE;
        double best = -PRICING_TOLERANCE;
        // Surplus variables come first in Bland's order, as in variableOrder.
        for (int j = 0; j < couplingRows && !(bland && entering != Integer.MIN_VALUE); j++) {
            // Reduced cost of surplus j is y_j: a negative dual means the row wants relaxing.
            if (!surplusBasic[j] && y[j] < best) {
                best = y[j];
                entering = -1 - j;
            }
        }
        for (int k = 0; k < columns && !(bland && entering != Integer.MIN_VALUE); k++) {
            if (!columnBasic[k]) {
                double reduced = columnCost[k] - dot(y, k);
                if (reduced < best) {
                    best = reduced;
                    entering = k;
                }
            }
        }
        return entering;
    }

    /**
     * Harris's two-pass ratio test: the largest step that keeps every basic value above
     * −{@link #FEASIBILITY_TOLERANCE}, then among the rows blocking within it the largest pivot
     * (the smallest variable index under Bland's rule). Returns −1 when nothing blocks.
     */
    private int harrisRatioTest(double[] direction, boolean bland) {
        double relaxed = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            if (direction[i] > PIVOT_TOLERANCE) {
                relaxed = Math.min(relaxed, (Math.max(values[i], 0) + FEASIBILITY_TOLERANCE) / direction[i]);
            }
        }
        int leaving = -1;
        for (int i = 0; i < rows; i++) {
            if (direction[i] > PIVOT_TOLERANCE && Math.max(values[i], 0) / direction[i] <= relaxed
                    && (leaving < 0 || tieBreak(bland, i, leaving, direction))) {
                leaving = i;
            }
        }
        return leaving;
    }

    /** Shifts every coupling row's right-hand side by a tiny seeded amount: degenerate ties break. */
    private void perturb() {
        perturbed = true;
        for (int j = 0; j < couplingRows; j++) {
            activeRhs[j] = rhs[j] + PERTURBATION * (1 + Math.abs(rhs[j])) * (0.5 + perturbation.nextDouble());
        }
        refactor();
    }

    /** Takes any perturbation off and leaves fresh factors: the optimum's values and duals. */
    private boolean finish() {
        if (perturbed) {
            perturbed = false;
            System.arraycopy(rhs, 0, activeRhs, 0, rows);
        }
        return refactor();
    }

    private boolean tieBreak(boolean bland, int candidate, int incumbent, double[] direction) {
        if (bland) {
            return variableOrder(basic[candidate]) < variableOrder(basic[incumbent]);
        }
        return direction[candidate] > direction[incumbent];
    }

    private int variableOrder(int variable) {
        return variable >= 0 ? variable + couplingRows : -1 - variable;
    }

    /** θ_k of column k at the current basis (0 when non-basic). */
    double value(int column) {
        if (!columnBasic[column]) {
            return 0;
        }
        for (int i = 0; i < rows; i++) {
            if (basic[i] == column) {
                return Math.max(values[i], 0);
            }
        }
        return 0;
    }

    /** Objective in caller units. */
    double objective() {
        double total = 0;
        for (int i = 0; i < rows; i++) {
            if (basic[i] >= 0) {
                total += columnCost[basic[i]] * values[i];
            }
        }
        return total * costScale;
    }

    private double scaledObjective() {
        double total = 0;
        for (int i = 0; i < rows; i++) {
            if (basic[i] >= 0) {
                total += columnCost[basic[i]] * values[i];
            }
        }
        return total;
    }

    /** Duals of the coupling rows in caller units (money per unit of the row). */
    double[] couplingDuals() {
        double[] y = scaledDuals();
        double[] out = new double[couplingRows];
        for (int j = 0; j < couplingRows; j++) {
            out[j] = y[j] * costScale / rowScale[j];
        }
        return out;
    }

    /** Duals of the convexity rows in caller units (money). */
    double[] convexityDuals() {
        double[] y = scaledDuals();
        double[] out = new double[regions];
        for (int r = 0; r < regions; r++) {
            out[r] = y[couplingRows + r] * costScale;
        }
        return out;
    }

    private double[] scaledDuals() {
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double c = basic[i] >= 0 ? columnCost[basic[i]] : 0;
            if (c != 0) {
                addMultiple(y, c, inverse[i], 0, rows);
            }
        }
        return y;
    }

    private double dot(double[] y, int column) {
        return dot(y[couplingRows + columnRegion[column]], y, columnCoef[column], couplingRows);
    }

    // The two kernels every dense loop here runs: one compiled method each, not a copy per loop.

    /** {@code start + Σ_{j < n} a_j b_j}, summed in order from j = 0. */
    private static double dot(double start, double[] a, double[] b, int n) {
        double total = start;
        for (int j = 0; j < n; j++) {
            total += a[j] * b[j];
        }
        return total;
    }

    /** {@code y_j += factor x_j} for j in [from, to); −factor subtracts, to the same bits (x − y is x + (−y)). */
    private static void addMultiple(double[] y, double factor, double[] x, int from, int to) {
        for (int j = from; j < to; j++) {
            y[j] += factor * x[j];
        }
    }

    /** B⁻¹ a for a column or a surplus variable. */
    private double[] direction(int variable) {
        double[] d = new double[rows];
        if (variable >= 0) {
            double[] coef = columnCoef[variable];
            int convexityRow = couplingRows + columnRegion[variable];
            for (int i = 0; i < rows; i++) {
                double[] row = inverse[i];
                d[i] = dot(row[convexityRow], row, coef, couplingRows);
            }
        } else {
            int j = -1 - variable;
            for (int i = 0; i < rows; i++) {
                d[i] = -inverse[i][j];
            }
        }
        return d;
    }

    /** Exchanges the basis; false if the refactorisation it triggered found the new basis singular. */
    private boolean pivot(int leaving, int entering, double[] direction) {
        fresh = false;
        int out = basic[leaving];
        if (out >= 0) {
            columnBasic[out] = false;
        } else {
            surplusBasic[-1 - out] = false;
        }
        basic[leaving] = entering;
        if (entering >= 0) {
            columnBasic[entering] = true;
        } else {
            surplusBasic[-1 - entering] = true;
        }
        if (++pivotsSinceRefactor >= REFACTOR_EVERY) {
            if (refactor()) {
                return true;
            }
            // Back to the basis before this pivot, whose factors were good.
            basic[leaving] = out;
            if (entering >= 0) {
                columnBasic[entering] = false;
            } else {
                surplusBasic[-1 - entering] = false;
            }
            if (out >= 0) {
                columnBasic[out] = true;
            } else {
                surplusBasic[-1 - out] = true;
            }
            refactor();
            return false;
        }
        double pivotValue = direction[leaving];
        double[] pivotRow = inverse[leaving];
        for (int j = 0; j < rows; j++) {
            pivotRow[j] /= pivotValue;
        }
        values[leaving] /= pivotValue;
        for (int i = 0; i < rows; i++) {
            if (i != leaving && direction[i] != 0) {
                double factor = direction[i];
                addMultiple(inverse[i], -factor, pivotRow, 0, rows);
                values[i] -= factor * values[leaving];
            }
        }
        return true;
    }

    /**
     * Recomputes B⁻¹ and the basic values from scratch: Gauss–Jordan with partial pivoting that
     * skips the exact zeros of this very sparse basis (surplus columns and convexity rows are unit
     * vectors). False, and the factors left as they were, if it meets a pivot below
     * {@link #SINGULAR}: the basis is singular.
     */
    private boolean refactor() {
        double[][] work = new double[rows][2 * rows];
        for (int i = 0; i < rows; i++) {
            int variable = basic[i];
            // Column i of B is the constraint column of the variable basic in row i.
            if (variable >= 0) {
                double[] coef = columnCoef[variable];
                for (int j = 0; j < couplingRows; j++) {
                    work[j][i] = coef[j];
                }
                work[couplingRows + columnRegion[variable]][i] = 1;
            } else {
                work[-1 - variable][i] = -1;
            }
            work[i][rows + i] = 1;
        }
        // Row c can be non-zero only in left columns ≥ c (earlier ones are eliminated) and in the
        // right columns of rows already chosen as pivots (each row's right half starts as e_row):
        // the loops skip the rest, which are exact zeros, and halve the work.
        int[] origin = new int[rows];
        for (int i = 0; i < rows; i++) {
            origin[i] = i;
        }
        int[] pivotColumns = new int[rows];
        for (int c = 0; c < rows; c++) {
            if (!eliminate(work, c, origin, pivotColumns)) {
                return false;
            }
        }
        for (int i = 0; i < rows; i++) {
            System.arraycopy(work[i], rows, inverse[i], 0, rows);
        }
        for (int i = 0; i < rows; i++) {
            values[i] = dot(0, inverse[i], activeRhs, rows);
        }
        pivotsSinceRefactor = 0;
        fresh = true;
        return true;
    }

    /**
     * Gauss–Jordan step c of {@link #refactor}: partial pivoting, then column c cleared from every
     * other row; false at a pivot below {@link #SINGULAR}. A method of its own (as are its kernels),
     * so that refactor, called a few times, holds no long loop for the JIT to compile on the stack.
     */
    private boolean eliminate(double[][] work, int c, int[] origin, int[] pivotColumns) {
        int pivotRow = c;
        for (int r = c + 1; r < rows; r++) {
            if (Math.abs(work[r][c]) > Math.abs(work[pivotRow][c])) {
                pivotRow = r;
            }
        }
        if (!(Math.abs(work[pivotRow][c]) >= SINGULAR)) {
            return false;
        }
        double[] swap = work[c];
        work[c] = work[pivotRow];
        work[pivotRow] = swap;
        int swapOrigin = origin[c];
        origin[c] = origin[pivotRow];
        origin[pivotRow] = swapOrigin;
        pivotColumns[c] = rows + origin[c];
        double[] pivot = work[c];
        double scale = pivot[c];
        for (int j = c; j < rows; j++) {
            pivot[j] /= scale;
        }
        for (int k = 0; k <= c; k++) {
            pivot[pivotColumns[k]] /= scale;
        }
        for (int r = 0; r < rows; r++) {
            double[] row = work[r];
            double factor = row[c];
            if (r != c && factor != 0) {
                addMultiple(row, -factor, pivot, c, rows);
                addMultipleAt(row, -factor, pivot, pivotColumns, c + 1);
            }
        }
        return true;
    }

    /** {@code y_j += factor x_j} for the n columns j = at[0..n): the right half's columns chosen so far. */
    private static void addMultipleAt(double[] y, double factor, double[] x, int[] at, int n) {
        for (int k = 0; k < n; k++) {
            int j = at[k];
            y[j] += factor * x[j];
        }
    }
}
