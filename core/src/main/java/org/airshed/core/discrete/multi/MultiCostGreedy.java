package org.airshed.core.discrete.multi;

/**
 * The EPA Control Strategy Tool's "least cost" strategy over co-control options, as a named
 * baseline. CoST targets one pollutant: measures are ranked by annualised cost per ton of the
 * target pollutant reduced and applied until the target is met; reductions of other pollutants are
 * co-benefits. With several caps and receptor limits it targets each requirement in turn:
 * <ol>
 *   <li>rows in order: the caps in pollutant order, then the receptor limits in region order;</li>
 *   <li>while the targeted row falls short, apply the move with the least incremental cost per unit
 *       of that row's incremental reduction, Δcost / Δu_j (u_j = ρ e for a cap, Σ_p T_jp ρ_p e_p for
 *       a limit), among moves that raise it: a source without control takes an option, or a
 *       controlled source upgrades to an option removing at least as much of every pollutant and
 *       more of one (adding SCR to a scrubbed unit is the move to "FGD+SCR");</li>
 *   <li>a later move can undo an earlier row (a NOx cut raising nitrate at a receptor), so the
 *       passes repeat until every row is met or the targeted row has no move left (not met).</li>
 * </ol>
 * Each source's option only rises in that dominance order, so the greedy ends. Ties break on the
 * source and option index. No bound, and it overshoots.
 */
public final class MultiCostGreedy {
    private MultiCostGreedy() {
    }

    /**
     * @param met    whether every row was met (false when some row ran out of moves)
     * @param choice one option per source (0 = none)
     * @param cost   total annual cost (money per year)
     * @param moves  options taken or upgraded
     */
    public record Result(boolean met, int[] choice, double cost, int moves) {
    }

    public static Result solve(MultiDiscreteProblem d) {
        int[] choice = new int[d.sourceCount()];
        int moves = 0;
        boolean stuck = false;
        while (!stuck) {
            int j = firstShort(d, choice);
            if (j < 0) {
                break;
            }
            int bestSource = -1;
            int bestOption = -1;
            double bestRatio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < d.sourceCount(); i++) {
                for (int k = 1; k < d.optionCount(i); k++) {
                    double gain = d.units(i, k, j) - d.units(i, choice[i], j);
                    if (k == choice[i] || !(gain > 0) || !dominates(d, i, k, choice[i])) {
                        continue;
                    }
                    double ratio = (d.cost(i, k) - d.cost(i, choice[i])) / gain;
                    if (ratio < bestRatio) {
                        bestRatio = ratio;
                        bestSource = i;
                        bestOption = k;
                    }
                }
            }
            if (bestSource < 0) {
                stuck = true;
                continue;
            }
            choice[bestSource] = bestOption;
            moves++;
        }
        return new Result(!stuck && d.meets(choice), choice, d.cost(choice), moves);
    }

    /** The first row (in row order) that falls short, its total summed afresh (no drift); −1 when all are met. */
    private static int firstShort(MultiDiscreteProblem d, int[] choice) {
        for (int j = 0; j < d.rowCount(); j++) {
            if (d.rowTotal(choice, j) < d.required(j) - d.tolerance(j)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether option k of source i removes at least as much of every pollutant as option c, and more of one. */
    static boolean dominates(MultiDiscreteProblem d, int i, int k, int c) {
        boolean more = false;
        for (int p = 0; p < d.base().pollutantCount(); p++) {
            double a = d.removal(i, k, p);
            double b = d.removal(i, c, p);
            if (a < b) {
                return false;
            }
            more |= a > b;
        }
        return more;
    }
}
