package org.airshed.core.discrete.exact;

import java.util.Arrays;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.ScaledProblem;

/**
 * Sources' options in the order branch and bound splits them: by increasing abatement (ties by
 * cost, then option index), flattened into primitive arrays with each option's cost (money per
 * year) and its exact units in every row ({@link ScaledProblem}'s, so "feasible" means here what
 * it means everywhere in discrete mode). Source f's options sit at positions
 * {@code start[f] .. start[f+1]-1}; since units grow with abatement, a source's last allowed
 * position is its largest contribution to every row.
 *
 * <p>A table may be {@linkplain #reduce reduced} to the sources that still have a choice: the
 * others' options are then constants ({@link #costOffset}, taken off {@link #required}), and
 * {@link #sourceOf} maps the table's sources back to the problem's. Never modified once built.
 */
final class OptionTable {
    final ScaledProblem scaled;
    final int sources;
    final int rows;
    /** The problem's index of each of this table's sources. */
    final int[] sourceOf;
    /** One option per problem source: the fixed sources' options (the others are overwritten). */
    final int[] template;
    /** Cost of the fixed sources (money per year). */
    final double costOffset;
    final int[] start;
    /** The option index (as {@link DiscreteProblem} numbers them) at each position. */
    final int[] option;
    final double[] abatement;
    final double[] cost;
    /** {@code units[p * rows + j]}: what the option at position p adds to row j. */
    final long[] units;
    /** Units each row still requires of this table's sources. */
    final long[] required;

    private OptionTable(ScaledProblem scaled, int[] sourceOf, int[] template, double costOffset, int[] start,
                        int[] option, double[] abatement, double[] cost, long[] units, long[] required) {
        this.scaled = scaled;
        this.sources = sourceOf.length;
        this.rows = scaled.rowCount();
        this.sourceOf = sourceOf;
        this.template = template;
        this.costOffset = costOffset;
        this.start = start;
        this.option = option;
        this.abatement = abatement;
        this.cost = cost;
        this.units = units;
        this.required = required;
    }

    /** Every source of the problem with every option. */
    static OptionTable of(ScaledProblem scaled) {
        DiscreteProblem p = scaled.problem();
        int n = p.sourceCount();
        int rows = scaled.rowCount();
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + p.optionCount(i);
        }
        int positions = start[n];
        int[] option = new int[positions];
        double[] abatement = new double[positions];
        double[] cost = new double[positions];
        long[] units = new long[positions * rows];
        for (int i = 0; i < n; i++) {
            Integer[] order = new Integer[p.optionCount(i)];
            Arrays.setAll(order, o -> o);
            int source = i;
            Arrays.sort(order, (u, v) -> {
                int byAbatement = Double.compare(p.abatement(source, u), p.abatement(source, v));
                if (byAbatement != 0) {
                    return byAbatement;
                }
                int byCost = Double.compare(p.annualCost(source, u), p.annualCost(source, v));
                return byCost != 0 ? byCost : Integer.compare(u, v);
            });
            for (int k = 0; k < order.length; k++) {
                int at = start[i] + k;
                option[at] = order[k];
                abatement[at] = p.abatement(i, order[k]);
                cost[at] = p.annualCost(i, order[k]);
                for (int j = 0; j < rows; j++) {
                    units[at * rows + j] = scaled.units(j, i, order[k]);
                }
            }
        }
        long[] required = new long[rows];
        for (int j = 0; j < rows; j++) {
            required[j] = scaled.required(j);
        }
        int[] identity = new int[n];
        Arrays.setAll(identity, i -> i);
        return new OptionTable(scaled, identity, new int[n], 0, start, option, abatement, cost, units, required);
    }

    /** Positions a full table of the problem has: every source's options, no control included. */
    static int positions(DiscreteProblem p) {
        long total = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            total += p.optionCount(i);
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /**
     * The table of the sources that {@code lo}/{@code hi} (positions) leave a choice, with those
     * positions only; the rest become constants.
     */
    OptionTable reduce(int[] lo, int[] hi) {
        int free = 0;
        int positions = 0;
        int[] template = this.template.clone();
        double offset = costOffset;
        long[] required = this.required.clone();
        for (int f = 0; f < sources; f++) {
            if (lo[f] < hi[f]) {
                free++;
                positions += hi[f] - lo[f] + 1;
            } else {
                template[sourceOf[f]] = option[lo[f]];
                offset += cost[lo[f]];
                for (int j = 0; j < rows; j++) {
                    required[j] -= units(lo[f], j);
                }
            }
        }
        int[] sourceOf = new int[free];
        int[] start = new int[free + 1];
        int[] option = new int[positions];
        double[] abatement = new double[positions];
        double[] cost = new double[positions];
        long[] units = new long[positions * rows];
        int g = 0;
        for (int f = 0; f < sources; f++) {
            if (lo[f] == hi[f]) {
                continue;
            }
            sourceOf[g] = this.sourceOf[f];
            int at = start[g];
            for (int p = lo[f]; p <= hi[f]; p++, at++) {
                option[at] = this.option[p];
                abatement[at] = this.abatement[p];
                cost[at] = this.cost[p];
                System.arraycopy(this.units, p * rows, units, at * rows, rows);
            }
            start[++g] = at;
        }
        return new OptionTable(scaled, sourceOf, template, offset, start, option, abatement, cost, units, required);
    }

    DiscreteProblem problem() {
        return scaled.problem();
    }

    long units(int position, int row) {
        return units[position * rows + row];
    }

    /** Every source's full range of positions. */
    void reset(int[] lo, int[] hi) {
        for (int f = 0; f < sources; f++) {
            lo[f] = start[f];
            hi[f] = start[f + 1] - 1;
        }
    }

    /** The problem's choice (one option index per problem source) with this table's sources at {@code positions}. */
    int[] choice(int[] positions) {
        int[] choice = template.clone();
        for (int f = 0; f < sources; f++) {
            choice[sourceOf[f]] = option[positions[f]];
        }
        return choice;
    }

    /** The positions of a problem choice, for a table that has not been reduced. */
    int[] positions(int[] choice) {
        int[] positions = new int[sources];
        for (int f = 0; f < sources; f++) {
            int at = start[f];
            while (option[at] != choice[sourceOf[f]]) {
                at++;
            }
            positions[f] = at;
        }
        return positions;
    }

    /** Whether some choice within the allowed positions meets every row (each source at its largest). */
    boolean canMeet(int[] hi) {
        for (int j = 0; j < rows; j++) {
            long total = 0;
            for (int f = 0; f < sources; f++) {
                total += units(hi[f], j);
            }
            if (total < required[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether these positions meet every row. */
    boolean meets(int[] positions) {
        return canMeet(positions);
    }

    /** Cost of this table's sources at {@code positions} plus the fixed ones' (money per year). */
    double cost(int[] positions) {
        double total = costOffset;
        for (int p : positions) {
            total += cost[p];
        }
        return total;
    }
}
