package org.airshed.core.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Each region's aggregate abatement curve: its sources' blocks that can abate, sorted by unit cost
 * with prefix sums, plus its quadratic sources. Answers "how much does region r abate, at what least cost,
 * when every source faces price g" in O(log n_r + q_r). Because transfer coefficients are per
 * region, this is all column generation needs to price a region.
 */
final class RegionCurves {
    private static final int CHUNK_SOURCES = 16_384;
    private final int[] regionBlockStart;
    private final double[] sortedCost;
    /** The blocks' amounts in the order of {@link #sortedCost}. */
    private final double[] sortedAmount;
    /** Prefix sums per region, one longer than the region's block count: index regionBlockStart[r] + r + j. */
    private final double[] cumulativeAmount;
    private final double[] cumulativeCost;
    private final int[] regionQuadStart;
    private final double[] quadLinear;
    private final double[] quadSlope;
    private final double[] quadMax;
    /** Per region, the prices where a quadratic source starts or stops responding, sorted: index regionQuadStart[r] * 2 on. */
    private final double[] quadBreak;
    private final int[][] sourcesByRegion;
    /** Σ of each region's block amounts in source order, and of all of them in region order: the sums as a report adds them. */
    private final double[] regionBlockTotal;
    private final double blockTotal;

    RegionCurves(AllocationProblem p) {
        this(p, Workers.sequential());
    }

    /**
     * Sources are counted and placed in fixed chunks, each chunk's places fixed by the counts of the
     * chunks before it, and regions are sorted independently: several threads give the same curves.
     */
    RegionCurves(AllocationProblem p, Workers workers) {
        this(p, workers, CHUNK_SOURCES);
    }

    /** The same with chunks of {@code chunkSources} sources (tests make them small). */
    RegionCurves(AllocationProblem p, Workers workers, int chunkSources) {
        int regions = p.regionCount();
        int n = p.sourceCount();
        long items = (long) n + p.blockCost.length;
        int manyChunks = Math.max(1, (n + chunkSources - 1) / chunkSources);
        // One chunk alone, or where a count per chunk and region would be the larger array.
        int chunks = !workers.parallel(items) || (long) manyChunks * regions > n ? 1 : manyChunks;
        int chunkSize = chunks == 1 ? n : chunkSources;
        // Per chunk and region: blocks that can abate, quadratic sources, sources.
        int[][] blockCount = new int[chunks][regions];
        int[][] quadCount = new int[chunks][regions];
        int[][] sourceCount = new int[chunks][regions];
        workers.forEach(chunks, items, (c, worker) -> {
            int[] blocksHere = blockCount[c];
            int[] quadsHere = quadCount[c];
            int[] sourcesHere = sourceCount[c];
            int to = (int) Math.min(n, (long) (c + 1) * chunkSize);
            for (int i = c * chunkSize; i < to; i++) {
                int r = p.sourceRegion[i];
                // Blocks that cannot abate are no breakpoints: leaving them out changes no sum.
                for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                    blocksHere[r] += p.blockAmount[b] > 0 ? 1 : 0;
                }
                sourcesHere[r]++;
                if (p.quadMax[i] > 0) {
                    quadsHere[r]++;
                }
            }
        });
        regionBlockStart = new int[regions + 1];
        regionQuadStart = new int[regions + 1];
        sourcesByRegion = new int[regions][];
        // Each chunk's first place in each region: the region's start plus the counts of the chunks before.
        int[][] blockFill = new int[chunks][regions];
        int[][] quadFill = new int[chunks][regions];
        int[][] sourceFill = new int[chunks][regions];
        for (int r = 0; r < regions; r++) {
            int blocksIn = 0;
            int quadsIn = 0;
            int sourcesIn = 0;
            for (int c = 0; c < chunks; c++) {
                blockFill[c][r] = regionBlockStart[r] + blocksIn;
                quadFill[c][r] = regionQuadStart[r] + quadsIn;
                sourceFill[c][r] = sourcesIn;
                blocksIn += blockCount[c][r];
                quadsIn += quadCount[c][r];
                sourcesIn += sourceCount[c][r];
            }
            regionBlockStart[r + 1] = regionBlockStart[r] + blocksIn;
            regionQuadStart[r + 1] = regionQuadStart[r] + quadsIn;
            sourcesByRegion[r] = new int[sourcesIn];
        }
        int blocks = regionBlockStart[regions];
        double[] cost = new double[blocks];
        double[] amount = new double[blocks];
        quadLinear = new double[regionQuadStart[regions]];
        quadSlope = new double[quadLinear.length];
        quadMax = new double[quadLinear.length];
        workers.forEach(chunks, items, (c, worker) -> {
            int[] nextBlock = blockFill[c];
            int[] nextQuad = quadFill[c];
            int[] nextSource = sourceFill[c];
            int to = (int) Math.min(n, (long) (c + 1) * chunkSize);
            for (int i = c * chunkSize; i < to; i++) {
                int r = p.sourceRegion[i];
                sourcesByRegion[r][nextSource[r]++] = i;
                for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                    if (p.blockAmount[b] > 0) {
                        cost[nextBlock[r]] = p.blockCost[b];
                        amount[nextBlock[r]++] = p.blockAmount[b];
                    }
                }
                if (p.quadMax[i] > 0) {
                    int q = nextQuad[r]++;
                    quadLinear[q] = p.quadLinear[i];
                    quadSlope[q] = p.quadSlope[i];
                    quadMax[q] = p.quadMax[i];
                }
            }
        });
        quadBreak = new double[2 * quadLinear.length];
        for (int r = 0; r < regions; r++) {
            for (int q = regionQuadStart[r]; q < regionQuadStart[r + 1]; q++) {
                quadBreak[2 * q] = quadLinear[q];
                quadBreak[2 * q + 1] = quadLinear[q] + quadSlope[q] * quadMax[q];
            }
            Arrays.sort(quadBreak, 2 * regionQuadStart[r], 2 * regionQuadStart[r + 1]);
        }
        sortedCost = cost;
        sortedAmount = amount;
        double sum = 0;
        for (int k = 0; k < blocks; k++) {
            sum += amount[k];
        }
        blockTotal = sum;
        regionBlockTotal = new double[regions];
        cumulativeAmount = new double[blocks + regions];
        cumulativeCost = new double[blocks + regions];
        // Largest regions first, so that the last one taken is short.
        int[] order = IntStream.range(0, regions).boxed()
                .sorted(Comparator.comparingInt((Integer r) -> regionBlockStart[r] - regionBlockStart[r + 1])
                        .thenComparingInt(r -> r))
                .mapToInt(Integer::intValue).toArray();
        // Scratch grows to the largest region a thread meets, not the largest overall, to spare the heap.
        RadixSort.Scratch[] scratch = new RadixSort.Scratch[workers.threads()];
        workers.forEach(regions, blocks, (task, worker) -> {
            int r = order[task];
            int from = regionBlockStart[r];
            int to = regionBlockStart[r + 1];
            if (scratch[worker] == null || scratch[worker].capacity() < to - from) {
                scratch[worker] = new RadixSort.Scratch(to - from);
            }
            double regionSum = 0;
            for (int k = from; k < to; k++) {
                regionSum += amount[k];
            }
            regionBlockTotal[r] = regionSum;
            RadixSort.byKey(cost, amount, from, to, scratch[worker]);
            int base = from + r;
            for (int k = from; k < to; k++) {
                cumulativeAmount[base + k - from + 1] = cumulativeAmount[base + k - from] + amount[k];
                cumulativeCost[base + k - from + 1] = cumulativeCost[base + k - from] + amount[k] * cost[k];
            }
        });
    }

    int[] sources(int region) {
        return sourcesByRegion[region];
    }

    /** The first of region r's sorted blocks; its last is {@code blockStart(r + 1) − 1}. */
    int blockStart(int region) {
        return regionBlockStart[region];
    }

    double sortedCost(int k) {
        return sortedCost[k];
    }

    double sortedAmount(int k) {
        return sortedAmount[k];
    }

    /** Σ of region r's block amounts in source order (not the sorted order of {@link #maxAbatement}). */
    double blockTotalInSourceOrder(int region) {
        return regionBlockTotal[region];
    }

    /** Σ of every block amount, region after region, each in source order. */
    double blockTotalInRegionOrder() {
        return blockTotal;
    }

    void copySorted(int from, int to, double[] cost, double[] amount) {
        System.arraycopy(sortedCost, from, cost, from, to - from);
        System.arraycopy(sortedAmount, from, amount, from, to - from);
    }

    /** Whether region r's blocks were sorted by {@link RadixSort}'s stable passes, not its short-range quicksort. */
    boolean stablySorted(int region) {
        return regionBlockStart[region + 1] - regionBlockStart[region] >= RadixSort.SMALL;
    }

    double maxAbatement(int region) {
        double total = cumulativeAmount[regionBlockStart[region + 1] + region];
        for (int q = regionQuadStart[region]; q < regionQuadStart[region + 1]; q++) {
            total += quadMax[q];
        }
        return total;
    }

    /** Least cost of the region's response to price g; {@code inclusive} also takes blocks priced exactly g. */
    Point response(int region, double g, boolean inclusive) {
        int from = regionBlockStart[region];
        int to = regionBlockStart[region + 1];
        int taken = firstAbove(from, to, g, inclusive) - from;
        int base = from + region;
        double a = cumulativeAmount[base + taken];
        double c = cumulativeCost[base + taken];
        for (int q = regionQuadStart[region]; q < regionQuadStart[region + 1]; q++) {
            double x = Math.min(Math.max((g - quadLinear[q]) / quadSlope[q], 0), quadMax[q]);
            a += x;
            c += quadLinear[q] * x + 0.5 * quadSlope[q] * x * x;
        }
        return new Point(a, c);
    }

    /**
     * dA/dg just above (up) or just below g: Σ 1/slope over quadratic sources responding on that
     * side of g; at a quadratic's own breakpoint the two sides differ.
     */
    double responseSlope(int region, double g, boolean up) {
        double slope = 0;
        for (int q = regionQuadStart[region]; q < regionQuadStart[region + 1]; q++) {
            double low = quadLinear[q];
            double high = low + quadSlope[q] * quadMax[q];
            if (up ? low <= g && g < high : low < g && g <= high) {
                slope += 1 / quadSlope[q];
            }
        }
        return slope;
    }

    /**
     * The nearest price strictly above g (up) or strictly below it where the region's response
     * changes course: a block's unit cost, or where a quadratic source starts or stops responding;
     * ±∞ when there is none.
     */
    double nextBreakpoint(int region, double g, boolean up) {
        int from = regionBlockStart[region];
        int to = regionBlockStart[region + 1];
        double block;
        if (up) {
            int k = firstAbove(from, to, g, true);
            block = k < to ? sortedCost[k] : Double.POSITIVE_INFINITY;
        } else {
            int k = firstAbove(from, to, g, false);
            block = k > from ? sortedCost[k - 1] : Double.NEGATIVE_INFINITY;
        }
        int qFrom = 2 * regionQuadStart[region];
        int qTo = 2 * regionQuadStart[region + 1];
        double quad;
        if (up) {
            int k = firstAbove(quadBreak, qFrom, qTo, g, true);
            quad = k < qTo ? quadBreak[k] : Double.POSITIVE_INFINITY;
            return Math.min(block, quad);
        }
        int k = firstAbove(quadBreak, qFrom, qTo, g, false);
        quad = k > qFrom ? quadBreak[k - 1] : Double.NEGATIVE_INFINITY;
        return Math.max(block, quad);
    }

    /**
     * Breakpoints bracketing the least price at which the region's inclusive response reaches
     * {@code target}: the unit costs {@code width} sorted blocks below and above it (0 and +∞ past
     * the ends). Always [0, 0] for a target ≤ 0, which price 0 meets.
     */
    double[] bracket(int region, double target, int width) {
        if (!(target > 0)) {
            return new double[] {0, 0};
        }
        int from = regionBlockStart[region];
        int to = regionBlockStart[region + 1];
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (response(region, sortedCost[mid], true).abatement() >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        double lower = low - width >= from ? Math.max(sortedCost[low - width], 0) : 0;
        double upper = low + width < to ? Math.max(sortedCost[low + width], lower) : Double.POSITIVE_INFINITY;
        return new double[] {lower, upper};
    }

    /** The largest |price| at which the region's response changes (0 for a region that cannot abate). */
    double largestBreakpoint(int region) {
        double largest = 0;
        int from = regionBlockStart[region];
        int to = regionBlockStart[region + 1];
        if (to > from) {
            largest = Math.max(Math.abs(sortedCost[from]), Math.abs(sortedCost[to - 1]));
        }
        for (int k = 2 * regionQuadStart[region]; k < 2 * regionQuadStart[region + 1]; k++) {
            largest = Math.max(largest, Math.abs(quadBreak[k]));
        }
        return largest;
    }

    /** Least cost of abating the region's full capacity. */
    Point full(int region) {
        return response(region, Double.POSITIVE_INFINITY, true);
    }

    /** First index in [from, to) whose cost is ≥ g (strict response) or > g (inclusive). */
    private int firstAbove(int from, int to, double g, boolean inclusive) {
        return firstAbove(sortedCost, from, to, g, inclusive);
    }

    /** First index in [from, to) of the sorted {@code values} that is ≥ g, or > g when {@code inclusive}. */
    private static int firstAbove(double[] sortedCost, int from, int to, double g, boolean inclusive) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            boolean taken = inclusive ? sortedCost[mid] <= g : sortedCost[mid] < g;
            if (taken) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A point (abatement, least cost) on a region's curve. */
    record Point(double abatement, double cost) {
    }
}
