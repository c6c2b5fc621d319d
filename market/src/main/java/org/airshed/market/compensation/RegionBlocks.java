package org.airshed.market.compensation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.airshed.core.allocation.AllocationProblem;

/**
 * Each region's aggregate cost curve as the coalition programs need it: its sources' step blocks
 * sorted by unit cost (money per mass) with prefix sums of amount (mass) and cost (money), and its
 * quadratic sources kept whole. Built once per game; every coalition reads it.
 */
final class RegionBlocks {
    private final int[] start;
    private final double[] unitCost;
    private final double[] amount;
    /** Per region, one longer than its block count: index start[r] + r + k is the sum over its first k blocks. */
    private final double[] cumulativeAmount;
    private final double[] cumulativeCost;
    private final int[] quadStart;
    private final double[] quadLinear;
    private final double[] quadSlope;
    private final double[] quadMax;

    RegionBlocks(AllocationProblem p) {
        int regions = p.regionCount();
        int[] blocks = new int[regions];
        int[] quads = new int[regions];
        for (int i = 0; i < p.sourceCount(); i++) {
            blocks[p.sourceRegion(i)] += p.blockCount(i);
            quads[p.sourceRegion(i)] += p.isQuadratic(i) ? 1 : 0;
        }
        start = new int[regions + 1];
        quadStart = new int[regions + 1];
        for (int r = 0; r < regions; r++) {
            start[r + 1] = start[r] + blocks[r];
            quadStart[r + 1] = quadStart[r] + quads[r];
        }
        double[] cost = new double[start[regions]];
        double[] size = new double[start[regions]];
        quadLinear = new double[quadStart[regions]];
        quadSlope = new double[quadLinear.length];
        quadMax = new double[quadLinear.length];
        int[] blockFill = Arrays.copyOf(start, regions);
        int[] quadFill = Arrays.copyOf(quadStart, regions);
        for (int i = 0; i < p.sourceCount(); i++) {
            int r = p.sourceRegion(i);
            for (int b = 0; b < p.blockCount(i); b++) {
                cost[blockFill[r]] = p.blockCost(i, b);
                size[blockFill[r]++] = p.blockAmount(i, b);
            }
            if (p.isQuadratic(i)) {
                int q = quadFill[r]++;
                quadLinear[q] = p.quadLinear(i);
                quadSlope[q] = p.quadSlope(i);
                quadMax[q] = p.maxAbatement(i);
            }
        }
        unitCost = new double[cost.length];
        amount = new double[cost.length];
        cumulativeAmount = new double[cost.length + regions];
        cumulativeCost = new double[cost.length + regions];
        for (int r = 0; r < regions; r++) {
            int from = start[r];
            // Stable by unit cost, so equal costs keep source order and the curve is the same on every run.
            int[] order = IntStream.range(from, start[r + 1]).boxed()
                    .sorted(Comparator.comparingDouble((Integer b) -> cost[b])).mapToInt(Integer::intValue).toArray();
            int base = from + r;
            for (int k = 0; k < order.length; k++) {
                unitCost[from + k] = cost[order[k]];
                amount[from + k] = size[order[k]];
                cumulativeAmount[base + k + 1] = cumulativeAmount[base + k] + amount[from + k];
                cumulativeCost[base + k + 1] = cumulativeCost[base + k] + amount[from + k] * unitCost[from + k];
            }
        }
    }

    int blockCount(int region) {
        return start[region + 1] - start[region];
    }

    /** Unit cost of the region's k-th cheapest block. */
    double unitCost(int region, int k) {
        return unitCost[start[region] + k];
    }

    double amount(int region, int k) {
        return amount[start[region] + k];
    }

    /** Mass of the region's k cheapest blocks. */
    double amountBelow(int region, int k) {
        return cumulativeAmount[start[region] + region + k];
    }

    /** Cost of the region's k cheapest blocks, each taken whole. */
    double costBelow(int region, int k) {
        return cumulativeCost[start[region] + region + k];
    }

    /** The number of the region's blocks priced below {@code price}: the first one priced at or above it. */
    int firstAtOrAbove(int region, double price) {
        int low = start[region];
        int high = start[region + 1];
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (unitCost[mid] < price) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - start[region];
    }

    /** The number of the region's blocks priced at or below {@code price}. */
    int countAtOrBelow(int region, double price) {
        int low = start[region];
        int high = start[region + 1];
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (unitCost[mid] <= price) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - start[region];
    }

    int quadraticCount(int region) {
        return quadStart[region + 1] - quadStart[region];
    }

    double quadLinear(int region, int q) {
        return quadLinear[quadStart[region] + q];
    }

    double quadSlope(int region, int q) {
        return quadSlope[quadStart[region] + q];
    }

    double quadMax(int region, int q) {
        return quadMax[quadStart[region] + q];
    }
}
