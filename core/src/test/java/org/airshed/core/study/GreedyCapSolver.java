package org.airshed.core.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;

/**
 * Obviously-correct reference for cap-only, step-curve, cost-objective problems: take blocks
 * cheapest first (negative-cost ones always) until the requirement is met; λ is the unit cost
 * of the last block taken. Used to test the studies without depending on the exact solver.
 */
final class GreedyCapSolver implements AllocationSolver {
    @Override
    public AllocationSolution solve(AllocationProblem p) {
        if (p.receptorCount() > 0) {
            throw new IllegalArgumentException("greedy reference handles cap-only problems");
        }
        List<double[]> blocks = new ArrayList<>(); // {source, amount, unitCost}
        for (int i = 0; i < p.sourceCount(); i++) {
            if (p.isQuadratic(i)) {
                throw new IllegalArgumentException("greedy reference handles step curves");
            }
            for (int b = 0; b < p.blockCount(i); b++) {
                blocks.add(new double[] {i, p.blockAmount(i, b), p.blockCost(i, b)});
            }
        }
        blocks.sort(Comparator.comparingDouble(block -> block[2]));
        double[] a = new double[p.sourceCount()];
        double left = p.hasCap() ? p.capRequirement() : 0;
        double lambda = 0;
        for (double[] block : blocks) {
            if (left <= 0 && block[2] >= 0) {
                break;
            }
            double used = block[2] < 0 ? block[1] : Math.min(left, block[1]);
            a[(int) block[0]] += used;
            left -= used;
            if (block[2] >= 0) {
                lambda = block[2];
            }
        }
        if (left > 1e-9) {
            return AllocationSolution.infeasible(List.of("greedy: requirement not met"), 0);
        }
        double cost = 0;
        for (int i = 0; i < a.length; i++) {
            cost += p.cost(i, a[i]);
        }
        return new AllocationSolution(AllocationStatus.OPTIMAL, a, cost, lambda, new double[0], 0, 0, List.of());
    }
}
