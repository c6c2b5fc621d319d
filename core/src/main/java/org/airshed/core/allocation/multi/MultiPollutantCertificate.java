package org.airshed.core.allocation.multi;

/**
 * An independent check of an answer (KKT per source): every row met, prices ≥ 0 and zero on rows
 * with slack, every source's choice optimal at its region's prices g_rp (its value C_i − g·a_i
 * within {@code tolerance} relative of the best response's), and the objective equal to the
 * Lagrangian at the reported prices. Used by tests and benchmarks; it recomputes from the problem.
 */
public final class MultiPollutantCertificate {
    private MultiPollutantCertificate() {
    }

    /** The first failed condition, or null when the answer is certified at {@code tolerance}. */
    public static String violation(MultiPollutantProblem q, MultiPollutantSolution s, double tolerance) {
        int pollutants = q.pollutants;
        int regions = q.regions;
        CouplingRows rows = new CouplingRows(q);
        double[] y = new double[rows.count];
        for (int j = 0; j < rows.caps; j++) {
            y[j] = s.capPrices()[rows.capPollutant[j]];
        }
        for (int k = 0; k < q.transfer.length; k++) {
            y[rows.caps + k] = s.receptorPrices()[k];
        }
        for (int p = 0; p < pollutants; p++) {
            if (!(s.capPrices()[p] >= 0) || (!q.hasCap(p) && s.capPrices()[p] != 0)) {
                return "cap price of " + q.pollutantIds[p] + " is " + s.capPrices()[p];
            }
        }
        for (int k = 0; k < q.transfer.length; k++) {
            if (!(s.receptorPrices()[k] >= 0) || Double.isInfinite(s.receptorPrices()[k])) {
                return "receptor price " + k + " is " + s.receptorPrices()[k];
            }
        }
        double[] a = s.abatement();
        double[] x = s.optionShares();
        for (int i = 0; i < q.sources; i++) {
            if (q.optionSource[i]) {
                double sum = 0;
                for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                    if (x[o] < 0) {
                        return "option share " + o + " is " + x[o];
                    }
                    sum += x[o];
                }
                if (sum > 1 + tolerance) {
                    return "option shares of source " + i + " sum to " + sum;
                }
                for (int p = 0; p < pollutants; p++) {
                    double amount = 0;
                    for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                        amount += x[o] * q.optionRemoval[o * pollutants + p] * q.emissions[i * pollutants + p];
                    }
                    double scale = Math.max(1e-300, q.emissions[i * pollutants + p]);
                    if (Math.abs(amount - a[i * pollutants + p]) > tolerance * scale) {
                        return "abatement of source " + i + " pollutant " + p + " is " + a[i * pollutants + p]
                                + ", its option shares give " + amount;
                    }
                }
            } else {
                for (int p = 0; p < pollutants; p++) {
                    double max = q.curveMax(i * pollutants + p);
                    double v = a[i * pollutants + p];
                    if (v < 0 || v > max * (1 + tolerance)) {
                        return "abatement of source " + i + " pollutant " + p + " is " + v + " outside [0, " + max + "]";
                    }
                }
            }
        }
        double[][] total = regionTotals(q, a);
        for (int j = 0; j < rows.count; j++) {
            double value = 0;
            double magnitude = Math.abs(rows.requirement[j]);
            for (int r = 0; r < regions; r++) {
                value += rows.regionTerm(j, r, total[r], regions);
                magnitude += rows.regionMagnitude(j, r, total[r], regions);
            }
            double slack = value - rows.requirement[j];
            if (slack < -tolerance * Math.max(magnitude, 1e-6 * rows.reach[j])) {
                return rows.name(q, j) + " is short by " + -slack;
            }
            if (y[j] > 0 && slack > tolerance * Math.max(magnitude, 1e-6 * rows.reach[j])) {
                return rows.name(q, j) + " has slack " + slack + " but price " + y[j];
            }
        }
        double[] g = new double[pollutants];
        double[] best = new double[pollutants];
        for (int i = 0; i < q.sources; i++) {
            int r = q.sourceRegion[i];
            for (int p = 0; p < pollutants; p++) {
                double price = q.weight[p * regions + r];
                for (int j = 0; j < rows.count; j++) {
                    price += y[j] * rows.coefficient[j][p * regions + r];
                }
                g[p] = price;
            }
            double cost = q.sourceCost(i, a, x);
            double value = cost;
            // The source's own scale: its cost and what its abatement is worth at these prices.
            double magnitude = Math.abs(cost);
            for (int p = 0; p < pollutants; p++) {
                magnitude += Math.abs(g[p]) * q.emissions[i * pollutants + p];
            }
            for (int p = 0; p < pollutants; p++) {
                value -= g[p] * a[i * pollutants + p];
                magnitude += Math.abs(g[p] * a[i * pollutants + p]);
            }
            int option = SourceResponse.respond(q, i, g, 0, 1, best, 0);
            double bestCost = SourceResponse.cost(q, i, option, best, 0);
            double bestValue = bestCost;
            magnitude += Math.abs(bestCost);
            for (int p = 0; p < pollutants; p++) {
                bestValue -= g[p] * best[p];
                magnitude += Math.abs(g[p] * best[p]);
            }
            if (value - bestValue > tolerance * Math.max(magnitude, 1e-300)) {
                return "source " + i + " (region " + q.regionIds[r] + ") is not at its best response: value "
                        + value + " against " + bestValue;
            }
        }
        return null;
    }

    /** A_rp of an allocation, {@code [r][p]}. */
    static double[][] regionTotals(MultiPollutantProblem q, double[] abatement) {
        double[][] total = new double[q.regions][q.pollutants];
        for (int i = 0; i < q.sources; i++) {
            int r = q.sourceRegion[i];
            for (int p = 0; p < q.pollutants; p++) {
                total[r][p] += abatement[i * q.pollutants + p];
            }
        }
        return total;
    }
}
