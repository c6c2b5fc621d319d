package org.airshed.core.allocation.multi;

/**
 * One source's best response to its region's prices g (money per mass, one per pollutant, possibly
 * negative): the abatement minimising C_i(a) − g·a. Curves abate where the marginal cost is below
 * g_p (a block at exactly g_p is left out, so the answer is a vertex); an option source takes the
 * first option with the largest g·(ρ_o ∘ e_i) − c_o if that is positive. With {@code costWeight}
 * 0 the costs are ignored (the phase-1 question: the most a source can give the weighted rows).
 * Deterministic in (source, g, costWeight): the solver stores prices, not answers, and recomputes.
 */
final class SourceResponse {
    private SourceResponse() {
    }

    /**
     * Writes a_i into {@code a[aOffset .. aOffset + P)} and returns the chosen global option index
     * (−1 for none or for a curve source). The cost of the answer is {@link #cost}.
     */
    static int respond(MultiPollutantProblem q, int i, double[] g, int gOffset, double costWeight,
                       double[] a, int aOffset) {
        int pollutants = q.pollutants;
        if (q.optionSource[i]) {
            int best = -1;
            double bestValue = 0;
            for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                double value = -costWeight * q.optionCost[o];
                for (int p = 0; p < pollutants; p++) {
                    value += g[gOffset + p] * q.optionRemoval[o * pollutants + p] * q.emissions[i * pollutants + p];
                }
                if (value > bestValue) {
                    bestValue = value;
                    best = o;
                }
            }
            for (int p = 0; p < pollutants; p++) {
                a[aOffset + p] = best < 0 ? 0
                        : q.optionRemoval[best * pollutants + p] * q.emissions[i * pollutants + p];
            }
            return best;
        }
        for (int p = 0; p < pollutants; p++) {
            a[aOffset + p] = curveResponse(q, i * pollutants + p, g[gOffset + p], costWeight);
        }
        return -1;
    }

    /**
     * As {@link #respond}, and for a curve source also each curve's cost at its answer into
     * {@code pieceCost[0 .. P)} in the same pass over its blocks (the pricing's hot loop).
     */
    static int respond(MultiPollutantProblem q, int i, double[] g, int gOffset, double costWeight,
                       double[] a, double[] pieceCost) {
        if (q.optionSource[i]) {
            return respond(q, i, g, gOffset, costWeight, a, 0);
        }
        int pollutants = q.pollutants;
        for (int p = 0; p < pollutants; p++) {
            int ip = i * pollutants + p;
            double price = g[gOffset + p];
            double amount = 0;
            double cost = 0;
            switch (q.curveKind[ip]) {
                case MultiPollutantProblem.STEPS -> {
                    for (int b = q.blockStart[ip], end = q.blockStart[ip + 1]; b < end; b++) {
                        double unitCost = q.blockCost[b];
                        if (costWeight * unitCost >= price) {
                            break; // blocks are in non-decreasing cost order
                        }
                        amount += q.blockAmount[b];
                        cost += q.blockAmount[b] * unitCost;
                    }
                }
                case MultiPollutantProblem.QUADRATIC -> {
                    amount = curveResponse(q, ip, price, costWeight);
                    cost = q.quadLinear[ip] * amount + 0.5 * q.quadSlope[ip] * amount * amount;
                }
                default -> {
                }
            }
            a[p] = amount;
            pieceCost[p] = cost;
        }
        return -1;
    }

    /** Cost of the answer just written by {@link #respond} (money). */
    static double cost(MultiPollutantProblem q, int i, int option, double[] a, int aOffset) {
        if (q.optionSource[i]) {
            return option < 0 ? 0 : q.optionCost[option];
        }
        double cost = 0;
        for (int p = 0; p < q.pollutants; p++) {
            cost += q.curveCost(i * q.pollutants + p, a[aOffset + p]);
        }
        return cost;
    }

    static double curveResponse(MultiPollutantProblem q, int ip, double price, double costWeight) {
        switch (q.curveKind[ip]) {
            case MultiPollutantProblem.STEPS -> {
                double amount = 0;
                for (int b = q.blockStart[ip]; b < q.blockStart[ip + 1]; b++) {
                    if (costWeight * q.blockCost[b] < price) {
                        amount += q.blockAmount[b];
                    } else {
                        break; // blocks are in non-decreasing cost order
                    }
                }
                return amount;
            }
            case MultiPollutantProblem.QUADRATIC -> {
                double linear = costWeight * q.quadLinear[ip];
                double slope = costWeight * q.quadSlope[ip];
                if (price <= linear) {
                    return 0;
                }
                if (slope == 0) {
                    return q.quadMax[ip];
                }
                return Math.min(q.quadMax[ip], (price - linear) / slope);
            }
            default -> {
                return 0;
            }
        }
    }
}
