package org.airshed.scenarios.report;

import java.util.Arrays;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.RegionBlocks;
import org.airshed.core.allocation.Workers;

/**
 * The cost curves of {@link MacCurves} from the blocks the solver already sorted per region
 * ({@link RegionBlocks}) instead of a sort of their own: each region's sorted blocks are its
 * curve's events as they stand, and the total's are the regions' merged, the lower region first
 * among equal prices, which is the stable sort of all blocks in region order that
 * {@link MacCurves#bySort} makes. Regions are checked, merged (in pieces by price) and swept in fixed pieces
 * on the workers, each sum in the reference's order, so the curves are the same bits for any
 * number of threads. Where a region's order is not that stable sort (a cost of −0, or equal costs
 * in a region short enough for the solver's unstable sort) it gives up, and the caller sorts.
 */
final class MergedMacCurves {
    private MergedMacCurves() {
    }

    /** The curves as {@link MacCurves#bySort} makes them, or null where the solver's order does not fit. */
    static List<MacCurve> of(AllocationProblem problem, int totalRows, int regionRows, Workers workers) {
        return of(problem, totalRows, regionRows, workers, PIECE_BLOCKS);
    }

    /** The same with the total's merge in pieces of about {@code pieceBlocks} blocks (tests make them small). */
    static List<MacCurve> of(AllocationProblem problem, int totalRows, int regionRows, Workers workers,
                             int pieceBlocks) {
        int regions = problem.regionCount();
        if (regions == 0) {
            return null;
        }
        RegionBlocks blocks = problem.regionBlocks(workers.threads());
        int n = blocks.to(regions - 1);
        long items = (long) n + problem.sourceCount();
        double[] cost = new double[n];
        double[] amount = new double[n];
        boolean[] stable = new boolean[regions];
        double[] regionMost = new double[regions];
        int[] quadFrom = new int[regions + 1];
        MacCurves.Supply[] quads = new MacCurves.Supply[1];
        // Piece 0 the quadratic sources, then one piece per region: its order checked, its blocks copied.
        workers.forEach(regions + 1, items, (piece, worker) -> {
            if (piece == 0) {
                quads[0] = MacCurves.Supply.quadsInRegionOrder(problem, quadFrom);
            } else {
                int r = piece - 1;
                stable[r] = blocks.stableOrder(r);
                blocks.copy(blocks.from(r), blocks.to(r), cost, amount);
                regionMost[r] = blocks.totalInSourceOrder(r);
            }
        });
        for (boolean s : stable) {
            if (!s) {
                return null;
            }
        }
        MacCurves.Supply q = quads[0];
        // Blocks first, then the quadratic sources: the reference's order of summation.
        double total = blocks.totalInRegionOrder();
        for (double max : q.quadMax()) {
            total += max;
        }
        for (int r = 0; r < regions; r++) {
            for (int k = quadFrom[r]; k < quadFrom[r + 1]; k++) {
                regionMost[r] += q.quadMax()[k];
            }
        }
        MacCurves.Dealt[] quadEvents = MacCurves.Events.quadEvents(q, quadFrom);
        int[] runStart = new int[regions + 1];
        for (int r = 0; r < regions; r++) {
            runStart[r] = blocks.from(r);
        }
        runStart[regions] = n;
        double[][] merged = mergeByPrice(cost, amount, runStart, workers, pieceBlocks);
        MacCurve[] curves = new MacCurve[regions + 1];
        double totalAll = total;
        workers.forEach(regions + 1, items, (piece, worker) -> {
            MacCurves.Events events = piece == 0
                    ? new MacCurves.Events(merged[0], merged[1], 0, n, quadEvents[0].keys()[0], quadEvents[0].values()[0],
                            quadEvents[1].keys()[0], quadEvents[1].values()[0])
                    : new MacCurves.Events(cost, amount, runStart[piece - 1], runStart[piece], quadEvents[0].keys()[piece],
                            quadEvents[0].values()[piece], quadEvents[1].keys()[piece], quadEvents[1].values()[piece]);
            curves[piece] = piece == 0 ? MacCurves.curve(null, events, totalAll, totalRows)
                    : MacCurves.curve(problem.regionId(piece - 1), events, regionMost[piece - 1], regionRows);
        });
        return List.of(curves);
    }

    /** About this many blocks to a piece of the total's merge: a piece sorts within the cache. */
    private static final int PIECE_BLOCKS = 1 << 16;
    /** One key in this many, from each run, samples the keys for the pieces' bounds. */
    private static final int SAMPLE_EVERY = 64;

    /**
     * The sorted runs {@code runStart[j]} to {@code runStart[j + 1]} − 1 merged, the earlier run first among
     * equal keys (the stable sort of them all), in pieces by price: piece p takes every run's keys from bound
     * p (inclusive) to bound p + 1, so equal keys stay in one piece, and each piece is sorted on its own
     * ({@link PairSort#sortRange}, stable, over the few low bits in which its close prices differ: cheaper
     * than merging 200 runs) into its own place. The bounds are quantiles of a fixed sample of the keys, so
     * the pieces, and the result, do not depend on the threads. Returns the keys and values merged.
     */
    static double[][] mergeByPrice(double[] key, double[] value, int[] runStart, Workers workers, int pieceBlocks) {
        int n = key.length;
        int runs = runStart.length - 1;
        int pieces = runs <= 1 ? 1 : Math.max(1, n / pieceBlocks);
        double[] sample = new double[pieces == 1 ? 0 : n / SAMPLE_EVERY + runs];
        int sampled = 0;
        for (int r = 0; r < runs && pieces > 1; r++) {
            for (int k = runStart[r]; k < runStart[r + 1]; k += SAMPLE_EVERY) {
                sample[sampled++] = key[k];
            }
        }
        Arrays.sort(sample, 0, sampled);
        // cut[p][r]: where run r's keys from bound p − 1 on start (cut[0][r] the run's start, cut[pieces][r] its end).
        int[][] cut = new int[pieces + 1][runs];
        for (int r = 0; r < runs; r++) {
            cut[0][r] = runStart[r];
            cut[pieces][r] = runStart[r + 1];
            for (int p = 1; p < pieces; p++) {
                double bound = sample[(int) ((long) sampled * p / pieces)];
                cut[p][r] = firstAtLeast(key, cut[p - 1][r], runStart[r + 1], bound);
            }
        }
        int[] at = new int[pieces + 1];
        for (int p = 0; p < pieces; p++) {
            int size = 0;
            for (int r = 0; r < runs; r++) {
                size += cut[p + 1][r] - cut[p][r];
            }
            at[p + 1] = at[p] + size;
        }
        double[] outKey = new double[n];
        double[] outValue = new double[n];
        // Each piece: its runs' slices side by side in region order, then sorted stably, in place.
        workers.forEach(pieces, n, (p, worker) -> {
            int o = at[p];
            for (int r = 0; r < runs; r++) {
                int length = cut[p + 1][r] - cut[p][r];
                System.arraycopy(key, cut[p][r], outKey, o, length);
                System.arraycopy(value, cut[p][r], outValue, o, length);
                o += length;
            }
            PairSort.sortRange(outKey, outValue, at[p], at[p + 1]);
        });
        return new double[][] {outKey, outValue};
    }

    /** The first index in {@code [from, to)} of the ascending {@code key} whose key is ≥ {@code bound}. */
    private static int firstAtLeast(double[] key, int from, int to, double bound) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (key[mid] < bound) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
