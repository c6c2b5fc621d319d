package org.airshed.core.discrete;

/**
 * The problem in exact fixed-point units, as the local search scores it and as every
 * heuristic here checks feasibility, so that all of them agree on what "feasible" means.
 *
 * <p>Rows are the cap (row 0, if any) followed by the receptors. Row j's coefficient of source i
 * is 1 (cap) or T_{k,region(i)} (receptor k); the units of option o are
 * {@code round(coefficient × abatement(i, o) × rowScale[j])}. Each row scale is the power of ten
 * that puts the row's largest achievable total Σ_i coefficient × maxAbatement(i) just below
 * 2^50, so the units measure the fraction of the achievable reduction and every row weighs the
 * same in the hard score. Costs are {@code round(annualCost × costScale)} with the power of ten
 * that puts Σ_i (dearest option) just below 2^52: the soft score is the cost in units of
 * 1/costScale money. With at most {@value #MAX_ROWS} rows no sum or penalty can overflow a long.
 * A requirement is met when the units reach {@code ceil(required × scale − 1e-12 × rowMax × scale)}:
 * the same relative slack the continuous feasibility check forgives.
 */
public final class ScaledProblem {
    /** Rows allowed: (MAX_ROWS) × 2^51 stays below 2^63. */
    public static final int MAX_ROWS = 4000;
    private static final double ROW_BUDGET = 0x1p50;
    private static final double COST_BUDGET = 0x1p52;
    /** Requirements are clamped here: beyond any achievable total, still safe to sum. */
    private static final long REQUIREMENT_CLAMP = 1L << 51;
    private static final double FORGIVEN = 1e-12;

    private final DiscreteProblem problem;
    private final boolean hasCap;
    private final double[] rowScale;
    private final long[] required;
    private final double costScale;

    private ScaledProblem(DiscreteProblem problem) {
        this.problem = problem;
        this.hasCap = problem.hasCap();
        int rows = (hasCap ? 1 : 0) + problem.receptorCount();
        if (rows > MAX_ROWS) {
            throw new IllegalArgumentException("invalid receptor count: " + problem.receptorCount()
                    + " (at most " + (MAX_ROWS - 1) + ")");
        }
        this.rowScale = new double[rows];
        this.required = new long[rows];
        double[] rowMax = new double[rows];
        double costMax = 0;
        for (int i = 0; i < problem.sourceCount(); i++) {
            double max = problem.maxAbatement(i);
            for (int j = 0; j < rows; j++) {
                rowMax[j] += coefficient(j, i) * max;
            }
            double dearest = 0;
            for (int o = 1; o < problem.optionCount(i); o++) {
                dearest = Math.max(dearest, problem.annualCost(i, o));
            }
            costMax += dearest;
        }
        for (int j = 0; j < rows; j++) {
            rowScale[j] = powerOfTenBelow(ROW_BUDGET, rowMax[j]);
            double units = Math.ceil(requirement(j) * rowScale[j] - FORGIVEN * rowMax[j] * rowScale[j]);
            required[j] = (long) Math.min(REQUIREMENT_CLAMP, Math.max(0, units));
        }
        this.costScale = powerOfTenBelow(COST_BUDGET, costMax);
    }

    public static ScaledProblem of(DiscreteProblem problem) {
        return new ScaledProblem(problem);
    }

    private static double powerOfTenBelow(double budget, double max) {
        if (!(max > 0)) {
            return 1;
        }
        return Math.pow(10, Math.floor(Math.log10(budget / max)));
    }

    public DiscreteProblem problem() {
        return problem;
    }

    /** Number of covering rows: the cap (if any) and the receptors. */
    public int rowCount() {
        return required.length;
    }

    public boolean hasCap() {
        return hasCap;
    }

    /** Row index of receptor k. */
    public int receptorRow(int k) {
        return (hasCap ? 1 : 0) + k;
    }

    /** Coefficient of source i's abatement in row j: 1 for the cap, T_{k,region(i)} for receptor k. */
    public double coefficient(int row, int i) {
        if (hasCap && row == 0) {
            return 1;
        }
        return problem.transfer(row - (hasCap ? 1 : 0), problem.sourceRegion(i));
    }

    /** The unscaled requirement of row j (mass or concentration). */
    public double requirement(int row) {
        if (hasCap && row == 0) {
            return problem.capRequirement();
        }
        return problem.receptorRequirement(row - (hasCap ? 1 : 0));
    }

    public double rowScale(int row) {
        return rowScale[row];
    }

    /** Units row j requires (≥ 0). */
    public long required(int row) {
        return required[row];
    }

    /** Units option o of source i contributes to row j. */
    public long units(int row, int i, int option) {
        return Math.round(coefficient(row, i) * problem.abatement(i, option) * rowScale[row]);
    }

    /** Money per cost unit is 1 / costScale. */
    public double costScale() {
        return costScale;
    }

    public long costUnits(int i, int option) {
        return Math.round(problem.annualCost(i, option) * costScale);
    }

    /** Row totals of a choice, in units. */
    public long[] totals(int[] choice) {
        long[] totals = new long[rowCount()];
        for (int i = 0; i < choice.length; i++) {
            if (choice[i] != 0) {
                for (int j = 0; j < totals.length; j++) {
                    totals[j] += units(j, i, choice[i]);
                }
            }
        }
        return totals;
    }

    /** Σ_j max(0, required_j − total_j): the hard penalty of a choice (0 when feasible). */
    public long shortfall(int[] choice) {
        long[] totals = totals(choice);
        long shortfall = 0;
        for (int j = 0; j < totals.length; j++) {
            shortfall += Math.max(0, required[j] - totals[j]);
        }
        return shortfall;
    }

    public boolean isFeasible(int[] choice) {
        return shortfall(choice) == 0;
    }

    public long costUnits(int[] choice) {
        long total = 0;
        for (int i = 0; i < choice.length; i++) {
            total += costUnits(i, choice[i]);
        }
        return total;
    }

    /** The option of source i with the largest abatement (the first such; 0 if it cannot abate). */
    public int strongestOption(int i) {
        int best = 0;
        for (int o = 1; o < problem.optionCount(i); o++) {
            if (problem.abatement(i, o) > problem.abatement(i, best)) {
                best = o;
            }
        }
        return best;
    }
}
