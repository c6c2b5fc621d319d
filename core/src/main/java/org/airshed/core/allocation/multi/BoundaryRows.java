package org.airshed.core.allocation.multi;

import org.airshed.core.allocation.BoundaryRule;
import org.airshed.core.util.PrimitiveLists;

/**
 * Coupling rows asking for every unit: a requirement that, within {@link BoundaryRule}'s rounding,
 * is the most the sources can give the row (each curve abating all of a pollutant whose coefficient
 * is positive and none where it is negative, each option source taking an option that gives the row
 * its most, or none if none gives more than 0). Only those extreme answers meet such a row, so the
 * master is degenerate on it: on columns all at their extreme the row is the sum of the convexity
 * rows, its price is free there, and the master's own price creeps up to the forcing price without
 * reaching it. Such a row is priced directly, at the least price at which every source answers its
 * extreme with the other rows' prices held: the Lagrangian is flat in that price from there on, so
 * this is its best value along the row — as the one-pollutant solver meets a cap asking for every
 * unit at full abatement, priced at the dearest last unit. Prices in money per unit of the row.
 */
final class BoundaryRows {
    private final MultiPollutantProblem q;
    private final CouplingRows rows;
    /** Indices of the rows asking for every unit, in row order. */
    final int[] indices;

    private BoundaryRows(MultiPollutantProblem q, CouplingRows rows, int[] indices) {
        this.q = q;
        this.rows = rows;
        this.indices = indices;
    }

    static BoundaryRows of(MultiPollutantProblem q, CouplingRows rows) {
        int pollutants = q.pollutants;
        int regions = q.regions;
        // Curve sources' maxima per (region, pollutant); option sources below.
        double[] curveMax = new double[pollutants * regions];
        for (int i = 0; i < q.sources; i++) {
            if (!q.optionSource[i]) {
                for (int p = 0; p < pollutants; p++) {
                    curveMax[p * regions + q.sourceRegion[i]] += q.curveMax(i * pollutants + p);
                }
            }
        }
        // A row stays a candidate while what the sources can give it is within its allowance of the
        // requirement: most rows leave after the curve sources, and the pass stops when none is left.
        double[] most = new double[rows.count];
        double[] limit = new double[rows.count];
        int[] candidate = new int[rows.count];
        int candidates = 0;
        for (int j = 0; j < rows.count; j++) {
            double[] c = rows.coefficient[j];
            for (int k = 0; k < c.length; k++) {
                most[j] += Math.max(0, c[k]) * curveMax[k];
            }
            limit[j] = rows.requirement[j] + BoundaryRule.TOLERANCE * (rows.reach[j] + rows.requirement[j]);
            // A row asking nothing is met by no abatement at all: not degenerate in this way.
            if (rows.requirement[j] > 0 && most[j] <= limit[j]) {
                candidate[candidates++] = j;
            }
        }
        for (int i = 0; i < q.sources && candidates > 0; i++) {
            if (!q.optionSource[i]) {
                continue;
            }
            for (int k = 0; k < candidates; k++) {
                most[candidate[k]] += mostGiven(q, rows.coefficient[candidate[k]], i);
            }
            int kept = 0;
            for (int k = 0; k < candidates; k++) {
                if (most[candidate[k]] <= limit[candidate[k]]) {
                    candidate[kept++] = candidate[k];
                }
            }
            candidates = kept;
        }
        PrimitiveLists.Ints found = new PrimitiveLists.Ints();
        for (int k = 0; k < candidates; k++) {
            found.add(candidate[k]);
        }
        return new BoundaryRows(q, rows, found.toArray());
    }

    boolean isEmpty() {
        return indices.length == 0;
    }

    /**
     * Duals y (original units, coupling rows in order) with each boundary row's price set to its
     * forcing price, rows in order, each at the prices of the others as already set. Any y ≥ 0 gives
     * a valid bound; the caller keeps whichever is higher. Returns a new array.
     */
    double[] lift(double[] y) {
        double[] lifted = y.clone();
        double[] g = new double[q.pollutants];
        for (int j : indices) {
            lifted[j] = 0;
            double price = 0;
            for (int r = 0; r < q.regions; r++) {
                pricesWithout(r, lifted, g);
                for (int s = q.regionStart[r]; s < q.regionStart[r + 1]; s++) {
                    int i = q.regionSources[s];
                    price = Math.max(price, q.optionSource[i] ? optionForcingPrice(rows.coefficient[j], i, g)
                            : curveForcingPrice(rows.coefficient[j], i, r, g));
                }
            }
            lifted[j] = price;
        }
        return lifted;
    }

    /** Region r's prices w_r + Σ_j y_j coefficient_j(·, r) (phase 2: costs weigh 1). */
    private void pricesWithout(int r, double[] y, double[] g) {
        for (int p = 0; p < q.pollutants; p++) {
            double price = q.weight[p * q.regions + r];
            for (int j = 0; j < rows.count; j++) {
                price += y[j] * rows.coefficient[j][p * q.regions + r];
            }
            g[p] = price;
        }
    }

    /** Least price of a row with coefficients c at which curve source i abates all it can where c > 0 and nothing where c < 0. */
    private double curveForcingPrice(double[] c, int i, int r, double[] g) {
        double price = 0;
        int pollutants = q.pollutants;
        for (int p = 0; p < pollutants; p++) {
            int ip = i * pollutants + p;
            double coefficient = c[p * q.regions + r];
            if (coefficient == 0 || q.curveKind[ip] == MultiPollutantProblem.NONE || q.curveMax(ip) <= 0) {
                continue;
            }
            boolean steps = q.curveKind[ip] == MultiPollutantProblem.STEPS;
            if (coefficient > 0) {
                double last = steps ? q.blockCost[q.blockStart[ip + 1] - 1]
                        : q.quadLinear[ip] + q.quadSlope[ip] * q.quadMax[ip];
                price = Math.max(price, (last - g[p]) / coefficient);
            } else {
                double first = steps ? q.blockCost[q.blockStart[ip]] : q.quadLinear[ip];
                price = Math.max(price, (g[p] - first) / -coefficient);
            }
        }
        return price;
    }

    /** Least price of a row with coefficients c at which option source i prefers an option giving the row its most. */
    private double optionForcingPrice(double[] c, int i, double[] g) {
        double most = mostGiven(q, c, i);
        double slack = 1e-12 * most;
        boolean noneForced = most <= slack; // no option gives more than 0: taking none is extreme too
        // The forced answer: among the options giving the most (and none, if that is among them) the best at g.
        int forced = -1;
        double forcedValue = 0;
        for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
            double value = optionValue(i, o, g);
            if (given(q, c, i, o) >= most - slack && (forced < 0 && !noneForced || value > forcedValue)) {
                forced = o;
                forcedValue = value;
            }
        }
        double forcedGiven = forced < 0 ? 0 : given(q, c, i, forced);
        // Against taking none, then against every option giving the row less.
        double price = noneForced || forcedValue >= 0 ? 0 : -forcedValue / forcedGiven;
        for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
            double given = given(q, c, i, o);
            if (given < most - slack) {
                price = Math.max(price, (optionValue(i, o, g) - forcedValue) / (forcedGiven - given));
            }
        }
        return price;
    }

    /** The most option source i gives a row with coefficients c: its best option's, or 0 (none). */
    private static double mostGiven(MultiPollutantProblem q, double[] c, int i) {
        double most = 0;
        for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
            most = Math.max(most, given(q, c, i, o));
        }
        return most;
    }

    /** What option o of source i gives a row with coefficients c: Σ_p c_p,r ρ_op e_ip. */
    private static double given(MultiPollutantProblem q, double[] c, int i, int o) {
        int pollutants = q.pollutants;
        int r = q.sourceRegion[i];
        double given = 0;
        for (int p = 0; p < pollutants; p++) {
            given += c[p * q.regions + r] * q.optionRemoval[o * pollutants + p] * q.emissions[i * pollutants + p];
        }
        return given;
    }

    /** Option o's value g·(ρ_o ∘ e_i) − c_o at region prices g. */
    private double optionValue(int i, int o, double[] g) {
        int pollutants = q.pollutants;
        double value = -q.optionCost[o];
        for (int p = 0; p < pollutants; p++) {
            value += g[p] * q.optionRemoval[o * pollutants + p] * q.emissions[i * pollutants + p];
        }
        return value;
    }
}
