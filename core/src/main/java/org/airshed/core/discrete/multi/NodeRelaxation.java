package org.airshed.core.discrete.multi;

import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolver;

/**
 * A node's LP relaxation: the continuous version-2 problem (shares Σ x ≤ 1) over the free sources
 * and their allowed options, with the fixed sources' contributions taken off the requirements,
 * solved by the exact several-pollutant solver. Its row prices feed the Lagrangian bound (valid at
 * any prices), its shares the branching and the rounding.
 */
final class NodeRelaxation {
    /**
     * @param infeasible  the solver proved that no shares meet the node's rows
     * @param rowPrices   π_j ≥ 0 per row of {@link MultiDiscreteProblem} (finite)
     * @param shares      x per (source, option k ≥ 1), {@code shares[i][k]}; null for fixed sources
     * @param objective   the relaxation's optimum as the solver reports it (money per year; NaN when infeasible):
     *                    at the root, the continuous version-2 optimum
     */
    record Solution(boolean infeasible, double[] rowPrices, double[][] shares, double objective) {
    }

    private NodeRelaxation() {
    }

    /** Solves the node; a node without free sources is not solved (no prices, no shares). */
    static Solution solve(MultiDiscreteProblem d, NodeState node, MultiPollutantSolver solver) {
        MultiPollutantProblem base = d.base();
        int pCount = base.pollutantCount();
        int rCount = base.regionCount();
        String[] pollutants = new String[pCount];
        for (int p = 0; p < pCount; p++) {
            pollutants[p] = base.pollutantId(p);
        }
        String[] regions = new String[rCount];
        for (int r = 0; r < rCount; r++) {
            regions[r] = base.regionId(r);
        }
        double[] rest = new double[d.rowCount()];
        for (int j = 0; j < rest.length; j++) {
            rest[j] = d.required(j);
        }
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(pollutants, regions);
        int[] freeSources = new int[d.sourceCount()];
        int free = 0;
        for (int i = 0; i < d.sourceCount(); i++) {
            if (!node.isFree(i)) {
                for (int j = 0; j < rest.length; j++) {
                    rest[j] -= d.units(i, node.fixed[i], j);
                }
                continue;
            }
            freeSources[free++] = i;
            double[] e = new double[pCount];
            for (int p = 0; p < pCount; p++) {
                e[p] = base.emission(i, p);
            }
            b.optionSource(base.sourceRegion(i), e);
            for (int k = 1; k < d.optionCount(i); k++) {
                // A forbidden option stays as a column that costs and removes nothing: indices stay aligned.
                double[] removal = new double[pCount];
                boolean allowed = node.allows(d, i, k);
                for (int p = 0; p < pCount && allowed; p++) {
                    removal[p] = d.removal(i, k, p);
                }
                b.option(allowed ? d.cost(i, k) : 0, removal);
            }
        }
        if (free == 0) {
            return null;
        }
        // A cap row met by the fixed sources is dropped (its coefficients are ≥ 0); receptor rows stay (signed).
        boolean[] capKept = new boolean[d.capRowCount()];
        for (int j = 0; j < d.capRowCount(); j++) {
            if (rest[j] > 0) {
                b.cap(d.rowPollutant(j), rest[j]);
                capKept[j] = true;
            }
        }
        int kCount = d.rowCount() - d.capRowCount();
        for (int k = 0; k < kCount; k++) {
            double[] row = new double[pCount * rCount];
            for (int p = 0; p < pCount; p++) {
                for (int r = 0; r < rCount; r++) {
                    row[p * rCount + r] = base.transfer(k, p, r);
                }
            }
            b.receptor(row, rest[d.capRowCount() + k]);
        }
        MultiPollutantSolution s = solver.solve(b.build());
        if (s.status() == AllocationStatus.INFEASIBLE) {
            return new Solution(true, new double[d.rowCount()], null, Double.NaN);
        }
        double[] prices = new double[d.rowCount()];
        for (int j = 0; j < d.capRowCount(); j++) {
            prices[j] = capKept[j] ? clean(s.capPrices()[d.rowPollutant(j)]) : 0;
        }
        for (int k = 0; k < kCount; k++) {
            prices[d.capRowCount() + k] = clean(s.receptorPrices()[k]);
        }
        double[][] shares = new double[d.sourceCount()][];
        int o = 0;
        for (int f = 0; f < free; f++) {
            int i = freeSources[f];
            shares[i] = new double[d.optionCount(i)];
            for (int k = 1; k < d.optionCount(i); k++) {
                shares[i][k] = node.allows(d, i, k) ? s.optionShares()[o] : 0;
                o++;
            }
        }
        return new Solution(false, prices, shares, s.cost());
    }

    private static double clean(double price) {
        return price > 0 && Double.isFinite(price) ? price : 0;
    }
}
