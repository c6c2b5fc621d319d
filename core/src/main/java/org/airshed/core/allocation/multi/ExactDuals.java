package org.airshed.core.allocation.multi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.airshed.core.util.NearestDouble;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The cap prices λ_p and receptor prices μ_k of a solved program as exact rationals of the decimals
 * the file wrote, where the optimal plan fixes them. The solver's duals carry its rounding
 * (30791.99997457119 for NOx in yrd-pm25-market's market, where SCR's cost per tonne of NOx is
 * 242,182,159 / 7,865.1 = 30791.99997457121 to the nearest double).
 *
 * <p>Every unit of pollutant p cut in region r earns λ_p + Σ_k μ_k T_kpr. The plan says which dual
 * equations hold with equality (complementary slackness): a block used in part prices its cut at its
 * cost, λ_p + Σ_k μ_k T_kpr = c_b; a source that applies options in part (shares summing to less
 * than 1) prices each option it uses at its cost, Σ_p a_op (λ_p + Σ_k μ_k T_kpr) = c_o with
 * a_op = ρ_op e_ip; a source whose shares sum to 1 over two or more options makes them cost the same
 * net of what they earn. Those equations, in exact rationals (each double read as the decimal it
 * prints as), distinct ones only, are reduced to row echelon form over the positive prices; a price
 * whose pivot row holds no undetermined price is determined. A price they leave open (a cap exactly
 * at a kink of the supply, a price set inside a quadratic ramp) is null; all are when the equations
 * contradict each other, when an exact price is not within {@link #AGREEMENT} of the solver's (a
 * share too small to see was read as none), when damages weight the objective (its weights are
 * sums computed in doubles, no written numbers), or when more than {@link #MOST_PRICES} prices are
 * positive (many binding receptor limits): the caller then keeps the solver's.
 */
public final class ExactDuals {
    /** Shares and block fills closer than this (relative) to an end count as at that end. */
    private static final double AT_END = 1e-9;
    /** How far (relative) the exact prices may lie from the solver's and still be taken. */
    public static final double AGREEMENT = 1e-7;
    /**
     * Beyond this many distinct equations the solver's prices stay. Identical sources applying the same
     * options in part give the same equation, counted once (review s10: 20,002 identical sources passed
     * 10,000 equations when each counted).
     */
    private static final int MOST_EQUATIONS = 10_000;
    /**
     * Beyond this many positive prices the solver's stay: exact elimination's numbers grow with every
     * pivot (review s10: 96 binding receptor limits took 115 s in exact fractions, 78 took 22 s, where
     * the solve took 8 s). Caps and a handful of binding receptor limits are far below it.
     */
    static final int MOST_PRICES = 20;
    /** Beyond this many fraction operations in the elimination (equations × prices²) the solver's stay. */
    private static final long MOST_WORK = 4_000_000;

    /** Exact prices, each null where the plan leaves it open (a non-positive solved price is exactly 0). */
    public record Prices(BigFraction[] cap, BigFraction[] receptor) {
        /** Price p as the nearest double, or {@code solved} where open. */
        public double cap(int p, double solved) {
            return cap[p] == null ? solved : NearestDouble.of(cap[p]);
        }

        /** Receptor price k as the nearest double, or {@code solved} where open. */
        public double receptor(int k, double solved) {
            return receptor[k] == null ? solved : NearestDouble.of(receptor[k]);
        }
    }

    private ExactDuals() {
    }

    /** The exact prices of {@code solution}, an optimal plan of {@code program}; null when none can be had. */
    public static Prices of(MultiPollutantProblem program, MultiPollutantSolution solution) {
        int pCount = program.pollutantCount();
        int kCount = program.receptorCount();
        for (int c = 0; c < pCount * program.regionCount(); c++) {
            if (program.weight[c] != 0) {
                return null;
            }
        }
        double[] solved = new double[pCount + kCount];
        System.arraycopy(solution.capPrices(), 0, solved, 0, pCount);
        System.arraycopy(solution.receptorPrices(), 0, solved, pCount, kCount);
        int[] unknown = new int[solved.length];
        int n = 0;
        for (int j = 0; j < solved.length; j++) {
            unknown[j] = solved[j] > 0 ? n++ : -1;
        }
        if (n > MOST_PRICES) {
            return null;
        }
        BigFraction[] cap = new BigFraction[pCount];
        BigFraction[] receptor = new BigFraction[kCount];
        BigFraction[] exact = n == 0 ? new BigFraction[0] : solve(program, solution, unknown, n);
        if (exact == null) {
            return null;
        }
        for (int j = 0; j < solved.length; j++) {
            BigFraction value = unknown[j] < 0 ? BigFraction.ZERO : exact[unknown[j]];
            if (value != null && unknown[j] >= 0) {
                double nearest = NearestDouble.of(value);
                if (!(nearest >= 0) || Math.abs(nearest - solved[j]) > AGREEMENT * solved[j]) {
                    return null;
                }
            }
            if (j < pCount) {
                cap[j] = value;
            } else {
                receptor[j - pCount] = value;
            }
        }
        return new Prices(cap, receptor);
    }

    private static BigFraction[] solve(MultiPollutantProblem program, MultiPollutantSolution solution, int[] unknown,
                                       int n) {
        List<BigFraction[]> rows = equations(program, solution, unknown, n);
        return rows == null || (long) rows.size() * n * n > MOST_WORK ? null : determined(rows, n);
    }

    /**
     * The dual equations the plan holds with equality, over the positive prices (columns
     * {@code unknown[j]}, caps then receptors; the right-hand side last), distinct ones only; null
     * when there are too many to reduce.
     */
    private static List<BigFraction[]> equations(MultiPollutantProblem program, MultiPollutantSolution solution,
                                                 int[] unknown, int n) {
        int pCount = program.pollutantCount();
        double[] shares = solution.optionShares();
        double[] abatement = solution.abatement();
        Set<List<BigFraction>> rows = new LinkedHashSet<>();
        for (int i = 0; i < program.sourceCount(); i++) {
            if (program.isOptionSource(i)) {
                int start = program.optionStart(i);
                int end = program.optionStart(i + 1);
                double applied = 0;
                int first = -1;
                for (int o = start; o < end; o++) {
                    applied += shares[o];
                    if (first < 0 && shares[o] > AT_END) {
                        first = o;
                    }
                }
                boolean slack = applied < 1 - AT_END;
                for (int o = first; o >= 0 && o < end; o++) {
                    if (slack && shares[o] > AT_END) {
                        rows.add(Arrays.asList(optionRow(program, i, o, -1, unknown, n)));
                    } else if (!slack && o > first && shares[o] > AT_END) {
                        rows.add(Arrays.asList(optionRow(program, i, first, o, unknown, n)));
                    }
                }
            } else {
                for (int p = 0; p < pCount; p++) {
                    int b = partBlock(program, i, p, abatement[i * pCount + p]);
                    if (b >= 0) {
                        BigFraction[] row = zeroRow(n + 1);
                        addEarnings(program, i, p, BigDecimal.ONE, unknown, row);
                        row[n] = written(program.blockCost(i, p, b));
                        rows.add(Arrays.asList(row));
                    }
                }
            }
            if (rows.size() > MOST_EQUATIONS) {
                return null;
            }
        }
        List<BigFraction[]> distinct = new ArrayList<>(rows.size());
        for (List<BigFraction> row : rows) {
            distinct.add(row.toArray(new BigFraction[0]));
        }
        return distinct;
    }

    /** The block of (i, p) that {@code amount} fills in part, or −1 (blocks fill in order). */
    private static int partBlock(MultiPollutantProblem program, int i, int p, double amount) {
        double filled = 0;
        for (int b = 0; b < program.blockCount(i, p); b++) {
            double size = program.blockAmount(i, p, b);
            if (amount > filled + AT_END * size && amount < filled + size - AT_END * size) {
                return b;
            }
            filled += size;
        }
        return -1;
    }

    /**
     * Σ_p (a_op − a_o'p)(λ_p + Σ_k μ_k T_kpr) = c_o − c_o' with a_op = ρ_op e_ip, in exact decimals;
     * option o' = −1 is applying nothing (no cost, no cut).
     */
    private static BigFraction[] optionRow(MultiPollutantProblem program, int i, int o, int other, int[] unknown,
                                           int n) {
        BigFraction[] row = zeroRow(n + 1);
        for (int p = 0; p < program.pollutantCount(); p++) {
            BigDecimal removal = BigDecimal.valueOf(program.optionRemoval(o, p));
            if (other >= 0) {
                removal = removal.subtract(BigDecimal.valueOf(program.optionRemoval(other, p)));
            }
            BigDecimal cut = BigDecimal.valueOf(program.emission(i, p)).multiply(removal);
            if (cut.signum() != 0) {
                addEarnings(program, i, p, cut, unknown, row);
            }
        }
        BigDecimal cost = BigDecimal.valueOf(program.optionCost(o));
        if (other >= 0) {
            cost = cost.subtract(BigDecimal.valueOf(program.optionCost(other)));
        }
        row[n] = fraction(cost);
        return row;
    }

    /** Adds {@code cut} units of p cut by source i times what each earns, λ_p + Σ_k μ_k T_kpr, to {@code row}. */
    private static void addEarnings(MultiPollutantProblem program, int i, int p, BigDecimal cut, int[] unknown,
                                    BigFraction[] row) {
        int pCount = program.pollutantCount();
        if (unknown[p] >= 0) {
            row[unknown[p]] = row[unknown[p]].add(fraction(cut));
        }
        int r = program.sourceRegion(i);
        for (int k = 0; k < program.receptorCount(); k++) {
            int column = unknown[pCount + k];
            double transfer = program.transfer(k, p, r);
            if (column >= 0 && transfer != 0) {
                row[column] = row[column].add(fraction(cut.multiply(BigDecimal.valueOf(transfer))));
            }
        }
    }

    /**
     * The prices the equations fix, by reduction to row echelon form: entry j is null where price j is
     * left open; null in all when the equations contradict each other.
     */
    static BigFraction[] determined(List<BigFraction[]> equations, int n) {
        BigFraction[][] m = equations.toArray(new BigFraction[0][]);
        int[] pivotRow = new int[n];
        Arrays.fill(pivotRow, -1);
        int rank = 0;
        for (int c = 0; c < n && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length && pivot < 0; r++) {
                if (m[r][c].compareTo(BigFraction.ZERO) != 0) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigFraction[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            BigFraction lead = m[rank][c];
            for (int k = c; k <= n; k++) {
                m[rank][k] = m[rank][k].divide(lead);
            }
            for (int r = 0; r < m.length; r++) {
                BigFraction factor = m[r][c];
                if (r == rank || factor.compareTo(BigFraction.ZERO) == 0) {
                    continue;
                }
                for (int k = c; k <= n; k++) {
                    m[r][k] = m[r][k].subtract(factor.multiply(m[rank][k]));
                }
            }
            pivotRow[c] = rank++;
        }
        for (int r = rank; r < m.length; r++) {
            if (m[r][n].compareTo(BigFraction.ZERO) != 0) {
                return null;
            }
        }
        BigFraction[] values = new BigFraction[n];
        for (int c = 0; c < n; c++) {
            int r = pivotRow[c];
            if (r < 0) {
                continue;
            }
            boolean alone = true;
            for (int k = 0; k < n && alone; k++) {
                alone = k == c || m[r][k].compareTo(BigFraction.ZERO) == 0;
            }
            if (alone) {
                values[c] = m[r][n];
            }
        }
        return values;
    }

    private static BigFraction[] zeroRow(int length) {
        BigFraction[] row = new BigFraction[length];
        Arrays.fill(row, BigFraction.ZERO);
        return row;
    }

    /** A double read as the decimal it prints as (the file's number), exactly. */
    private static BigFraction written(double value) {
        return fraction(BigDecimal.valueOf(value));
    }

    private static BigFraction fraction(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(d.scale()))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }
}
