package org.airshed.core.allocation.multi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A plain reference for the cap prices of small version-2 markets: the cap-only program in exact
 * rationals of the written decimals, solved by the textbook two-phase simplex on a dense tableau with
 * Bland's rule (no tolerances, no column generation: nothing shared with the solver or with
 * {@link ExactDuals}). The cap and receptor prices are the reduced costs of the rows' surplus columns at the
 * optimum; they are the unique dual answer when the optimal basis is not degenerate, which
 * {@link Answer#degenerate} says.
 *
 * <pre>
 * minimise   Σ_o c_o x_o + Σ_b c_b y_b
 * subject to Σ_o ρ_op e_i(o)p x_o + Σ_{b of p} y_b − s_p = R_p   (capped p)
 *            Σ_o Σ_p T_kp,r(o) ρ_op e_ip x_o + Σ_b T_kp(b),r(b) y_b − s_k = R_k   (receptor rows)
 *            Σ_{o of i} x_o + t_i = 1                            (option sources)
 *            y_b + v_b = u_b                                      (blocks)
 * </pre>
 */
final class ExactLpReference {
    /** An option source: emissions per pollutant, and per option its cost and removal fractions. */
    record OptionSource(int region, double[] emissions, double[] costs, double[][] removals) {
    }

    /** A block of pollutant p: amount and unit cost. */
    record Block(int region, int pollutant, double amount, double cost) {
    }

    /** Null prices when infeasible; else λ_p per pollutant (0 where uncapped), then μ_k per receptor row. */
    record Answer(BigFraction[] prices, boolean degenerate) {
        boolean infeasible() {
            return prices == null;
        }
    }

    private ExactLpReference() {
    }

    /**
     * @param requirements R_p per pollutant, NaN where uncapped
     * @param transfer     T[k][p][r] per receptor row
     * @param receptorRequirements R_k per receptor row
     */
    static Answer solve(int pollutants, List<OptionSource> options, List<Block> blocks, double[] requirements,
                        double[][][] transfer, double[] receptorRequirements) {
        List<Integer> capped = new ArrayList<>();
        for (int p = 0; p < pollutants; p++) {
            if (!Double.isNaN(requirements[p])) {
                capped.add(p);
            }
        }
        int kCount = receptorRequirements.length;
        int capRows = capped.size();
        int xCount = 0;
        for (OptionSource s : options) {
            xCount += s.costs().length;
        }
        int yCount = blocks.size();
        int caps = capRows + kCount; // cap rows, then receptor rows: both '≥' rows with a surplus and an artificial
        int rows = caps + options.size() + yCount;
        // columns: x, y, s (caps), t (sources), v (blocks), artificials (caps), then the right-hand side
        int sAt = xCount + yCount;
        int tAt = sAt + caps;
        int vAt = tAt + options.size();
        int aAt = vAt + yCount;
        int cols = aAt + caps;
        BigFraction[][] t = new BigFraction[rows][cols + 1];
        for (BigFraction[] row : t) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        BigFraction[] cost = new BigFraction[cols];
        java.util.Arrays.fill(cost, BigFraction.ZERO);
        int[] basis = new int[rows];
        int x = 0;
        for (int s = 0; s < options.size(); s++) {
            OptionSource src = options.get(s);
            for (int o = 0; o < src.costs().length; o++, x++) {
                cost[x] = exact(src.costs()[o]);
                for (int p = 0; p < pollutants; p++) {
                    BigFraction cut = exact(src.removals()[o][p]).multiply(exact(src.emissions()[p]));
                    int c = capped.indexOf(p);
                    if (c >= 0) {
                        t[c][x] = cut;
                    }
                    for (int k = 0; k < kCount; k++) {
                        t[capRows + k][x] = t[capRows + k][x].add(cut.multiply(exact(transfer[k][p][src.region()])));
                    }
                }
                t[caps + s][x] = BigFraction.ONE;
            }
        }
        for (int b = 0; b < yCount; b++) {
            Block block = blocks.get(b);
            cost[xCount + b] = exact(block.cost());
            int c = capped.indexOf(block.pollutant());
            if (c >= 0) {
                t[c][xCount + b] = BigFraction.ONE;
            }
            for (int k = 0; k < kCount; k++) {
                t[capRows + k][xCount + b] = exact(transfer[k][block.pollutant()][block.region()]);
            }
            t[caps + options.size() + b][xCount + b] = BigFraction.ONE;
        }
        for (int c = 0; c < caps; c++) {
            t[c][sAt + c] = BigFraction.MINUS_ONE;
            t[c][aAt + c] = BigFraction.ONE;
            t[c][cols] = exact(c < capRows ? requirements[capped.get(c)] : receptorRequirements[c - capRows]);
            basis[c] = aAt + c;
        }
        for (int s = 0; s < options.size(); s++) {
            t[caps + s][tAt + s] = BigFraction.ONE;
            t[caps + s][cols] = BigFraction.ONE;
            basis[caps + s] = tAt + s;
        }
        for (int b = 0; b < yCount; b++) {
            int r = caps + options.size() + b;
            t[r][vAt + b] = BigFraction.ONE;
            t[r][cols] = exact(blocks.get(b).amount());
            basis[r] = vAt + b;
        }
        BigFraction[] phaseOne = new BigFraction[cols];
        java.util.Arrays.fill(phaseOne, BigFraction.ZERO);
        for (int c = 0; c < caps; c++) {
            phaseOne[aAt + c] = BigFraction.ONE;
        }
        simplex(t, basis, phaseOne, cols);
        for (int r = 0; r < rows; r++) {
            if (basis[r] >= aAt && t[r][cols].compareTo(BigFraction.ZERO) > 0) {
                return new Answer(null, false);
            }
        }
        boolean degenerate = false;
        for (int r = 0; r < rows; r++) {
            degenerate |= basis[r] >= aAt;
        }
        // Phase two: the artificials may not enter again.
        simplex(t, basis, cost, aAt);
        for (int r = 0; r < rows; r++) {
            degenerate |= t[r][cols].compareTo(BigFraction.ZERO) == 0;
        }
        BigFraction[] reduced = reducedCosts(t, basis, cost, cols);
        BigFraction[] prices = new BigFraction[pollutants + kCount];
        java.util.Arrays.fill(prices, BigFraction.ZERO);
        for (int c = 0; c < capRows; c++) {
            prices[capped.get(c)] = reduced[sAt + c];
        }
        for (int k = 0; k < kCount; k++) {
            prices[pollutants + k] = reduced[sAt + capRows + k];
        }
        return new Answer(prices, degenerate);
    }

    /** Bland's rule: the lowest entering column of negative reduced cost among the first {@code usable}. */
    private static void simplex(BigFraction[][] t, int[] basis, BigFraction[] cost, int usable) {
        int cols = t[0].length - 1;
        while (true) {
            BigFraction[] reduced = reducedCosts(t, basis, cost, cols);
            int enter = -1;
            for (int j = 0; j < usable && enter < 0; j++) {
                if (reduced[j].compareTo(BigFraction.ZERO) < 0) {
                    enter = j;
                }
            }
            if (enter < 0) {
                return;
            }
            int leave = -1;
            BigFraction best = null;
            for (int r = 0; r < t.length; r++) {
                if (t[r][enter].compareTo(BigFraction.ZERO) > 0) {
                    BigFraction ratio = t[r][cols].divide(t[r][enter]);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || (cmp == 0 && basis[r] < basis[leave])) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                throw new IllegalStateException("unbounded: the program has a floor of zero cost, never unbounded");
            }
            pivot(t, leave, enter);
            basis[leave] = enter;
        }
    }

    private static BigFraction[] reducedCosts(BigFraction[][] t, int[] basis, BigFraction[] cost, int cols) {
        BigFraction[] reduced = new BigFraction[cols];
        for (int j = 0; j < cols; j++) {
            BigFraction d = cost[j];
            for (int r = 0; r < t.length; r++) {
                if (t[r][j].compareTo(BigFraction.ZERO) != 0) {
                    d = d.subtract(cost[basis[r]].multiply(t[r][j]));
                }
            }
            reduced[j] = d;
        }
        return reduced;
    }

    private static void pivot(BigFraction[][] t, int row, int col) {
        BigFraction lead = t[row][col];
        for (int j = 0; j < t[row].length; j++) {
            t[row][j] = t[row][j].divide(lead);
        }
        for (int r = 0; r < t.length; r++) {
            BigFraction factor = t[r][col];
            if (r == row || factor.compareTo(BigFraction.ZERO) == 0) {
                continue;
            }
            for (int j = 0; j < t[r].length; j++) {
                if (t[row][j].compareTo(BigFraction.ZERO) != 0) {
                    t[r][j] = t[r][j].subtract(factor.multiply(t[row][j]));
                }
            }
        }
    }

    /** A double read as the decimal it prints as. */
    static BigFraction exact(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(d.scale()))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }
}
