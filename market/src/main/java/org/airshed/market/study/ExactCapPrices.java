package org.airshed.market.study;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;

/**
 * Version-2 cap prices as exact rationals of the decimals the file wrote, rounded once to the nearest
 * double: the price a market prints and pays. The solver's duals carry its rounding
 * (30791.99997457119 for NOx in yrd-pm25-market, where SCR's cost per tonne of NOx is exactly
 * 121,104,936 / (4,370 · 0.9) = 30,792), and a price set by co-control options (one cost shared by
 * the pollutants an option cuts) is no single written number that {@link WrittenCapPrice} could
 * find.
 *
 * <p>The optimal plan says which dual equations hold with equality (complementary slackness of the
 * cap-only program): a block used in part prices its pollutant at its cost, λ_p = c_b; a source that
 * applies options in part (shares summing to less than 1) prices each option it uses at its cost,
 * Σ_p λ_p ρ_op e_ip = c_o; a source whose shares sum to 1 over two or more options makes them cost
 * the same net of permits, Σ_p λ_p (ρ_op − ρ_o'p) e_ip = c_o − c_o'. Those equations, in exact
 * rationals of the written decimals, are reduced to row echelon form; a price whose pivot row holds
 * no undetermined price is determined, and printed as the double nearest to its exact value. A price
 * they leave open (a cap exactly at a kink of the supply, a price set by a quadratic curve) keeps
 * {@link WrittenCapPrice}'s answer, as do all of them when the equations contradict each other or
 * their answer is not within {@link #AGREEMENT} of the solver's (the plan's shares were then read
 * wrong: a share too small to see, say), so this can only move a price by its rounding.
 */
final class ExactCapPrices {
    /** Shares and block fills closer than this (relative) to an end count as at that end. */
    private static final double AT_END = 1e-9;
    /** How far (relative) the exact prices may lie from the solver's and still be taken. */
    static final double AGREEMENT = 1e-7;
    /**
     * Beyond this many distinct equations the solver's prices stay. Identical sources applying the same
     * options in part give one equation each, all the same, so only distinct ones count (review s10:
     * 20,002 identical sources passed 10,000 equations and lost the exact price).
     */
    private static final int MOST_EQUATIONS = 10_000;

    private ExactCapPrices() {
    }

    /**
     * @param program  the cap-only program the plan solved
     * @param solution its optimal plan and duals
     * @return λ_p per pollutant (0 where the solver's is not positive)
     */
    static double[] of(MultiPollutantProblem program, MultiPollutantSolution solution) {
        int pCount = program.pollutantCount();
        double[] solved = solution.capPrices();
        double[] prices = new double[pCount];
        int[] unknown = new int[pCount];
        int n = 0;
        for (int p = 0; p < pCount; p++) {
            prices[p] = WrittenCapPrice.of(program, p, solved[p]);
            unknown[p] = solved[p] > 0 ? n++ : -1;
        }
        if (n == 0) {
            return prices;
        }
        List<BigFraction[]> rows = equations(program, solution, unknown, n);
        if (rows == null) {
            return prices;
        }
        BigFraction[] exact = determined(rows, n);
        if (exact == null) {
            return prices;
        }
        double[] found = prices.clone();
        for (int p = 0; p < pCount; p++) {
            BigFraction value = unknown[p] < 0 ? null : exact[unknown[p]];
            if (value == null) {
                continue;
            }
            double nearest = NearestDouble.of(value);
            if (!(nearest >= 0) || Math.abs(nearest - solved[p]) > AGREEMENT * solved[p]) {
                return prices;
            }
            found[p] = nearest;
        }
        return found;
    }

    /**
     * The dual equations the plan holds with equality, over the positive prices (columns
     * {@code unknown[p]}, the right-hand side last); null when there are too many to reduce.
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
                int end = i + 1 < program.sourceCount() ? program.optionStart(i + 1) : program.optionCount();
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
                        if (unknown[p] >= 0) {
                            row[unknown[p]] = BigFraction.ONE;
                        }
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
     * Σ_p λ_p (a_op − a_o'p) = c_o − c_o' with a_op = ρ_op e_ip, in exact decimals; option o' = −1
     * is applying nothing (no cost, no cut).
     */
    private static BigFraction[] optionRow(MultiPollutantProblem program, int i, int o, int other, int[] unknown,
                                           int n) {
        BigFraction[] row = zeroRow(n + 1);
        for (int p = 0; p < program.pollutantCount(); p++) {
            if (unknown[p] < 0) {
                continue;
            }
            BigDecimal emission = BigDecimal.valueOf(program.emission(i, p));
            BigDecimal removal = BigDecimal.valueOf(program.optionRemoval(o, p));
            if (other >= 0) {
                removal = removal.subtract(BigDecimal.valueOf(program.optionRemoval(other, p)));
            }
            row[unknown[p]] = fraction(emission.multiply(removal));
        }
        BigDecimal cost = BigDecimal.valueOf(program.optionCost(o));
        if (other >= 0) {
            cost = cost.subtract(BigDecimal.valueOf(program.optionCost(other)));
        }
        row[n] = fraction(cost);
        return row;
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
