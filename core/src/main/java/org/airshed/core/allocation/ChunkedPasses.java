package org.airshed.core.allocation;

import java.util.Arrays;

/**
 * The two passes of {@link BracketSelection} over all sources, in fixed chunks of
 * {@code chunkSources} sources that may run on several threads: filtering (what lies below, across
 * and inside each group's bracket) and filling (each source's response at its group's price, and
 * its cost). A chunk's boundaries depend only on the number of sources and it writes only its own
 * results, so the outcome is the same bits on any number of threads. Hot loops are branch-free:
 * unit costs straddle a bracket or a price at random, and a branch on them would mispredict.
 */
final class ChunkedPasses {
    private final AllocationProblem p;
    private final Workers workers;
    private final int chunkSources;
    private final int[] groupOfRegion;
    private final double[] shift;
    private final int groups;
    private final int chunks;
    private final long work;
    /** One group and no offsets: the blocks of a chunk are filtered as one flat run. */
    private final boolean flat;

    /**
     * @param groupOfRegion group of each region's sources (−1: not taking part)
     * @param shift         per-region subtraction from unit costs (welfare weights, or zeros)
     */
    ChunkedPasses(AllocationProblem problem, Workers workers, int chunkSources, int[] groupOfRegion, double[] shift,
                  int groups) {
        this.p = problem;
        this.workers = workers;
        this.chunkSources = chunkSources;
        this.groupOfRegion = groupOfRegion;
        this.shift = shift;
        this.groups = groups;
        boolean plain = groups == 1;
        for (int r = 0; r < shift.length; r++) {
            // Raw bits: an offset of −0 would turn a unit cost of −0 into +0.
            plain &= groupOfRegion[r] == 0 && Double.doubleToRawLongBits(shift[r]) == 0;
        }
        this.flat = plain;
        this.chunks = (p.sourceCount() + chunkSources - 1) / chunkSources;
        this.work = (long) p.sourceCount() + p.blockCost.length;
    }

    private int from(int chunk) {
        return chunk * chunkSources;
    }

    private int to(int chunk) {
        return Math.min(p.sourceCount(), (chunk + 1) * chunkSources);
    }

    FilteredChunk[] filter(double[] lower, double[] upper) {
        FilteredChunk[] out = new FilteredChunk[chunks];
        int widest = 0;
        for (int c = 0; c < chunks; c++) {
            widest = Math.max(widest, p.blockStart[to(c)] - p.blockStart[from(c)]);
        }
        Scratch[] scratch = new Scratch[workers.threads()];
        int scratchLength = widest;
        workers.forEach(chunks, work, (c, worker) -> {
            if (scratch[worker] == null) {
                scratch[worker] = new Scratch(scratchLength, !flat);
            }
            out[c] = flat ? filterFlat(c, lower[0], upper[0], scratch[worker])
                    : filterChunk(c, lower, upper, scratch[worker]);
        });
        return out;
    }

    private FilteredChunk filterFlat(int c, double low, double high, Scratch scratch) {
        FilteredChunk f = new FilteredChunk(groups);
        double[] blockCost = p.blockCost;
        double[] blockAmount = p.blockAmount;
        int[] block = scratch.block;
        int listed = 0;
        double sum = 0;
        int end = p.blockStart[to(c)];
        for (int b = p.blockStart[from(c)]; b < end; b++) {
            double t = blockCost[b];
            // Sign bits, not branches: prices straddle the bracket at random and would mispredict.
            long below = Double.doubleToRawLongBits((t - low) + 0.0) >> 63;
            long above = Double.doubleToRawLongBits((high - t) + 0.0) >>> 63;
            sum += Double.longBitsToDouble(Double.doubleToRawLongBits(blockAmount[b]) & below);
            block[listed] = b;
            listed += (int) (1 + below - above);
        }
        f.below[0] = sum;
        for (int q = firstQuad(from(c)); q < p.quadSources.length && p.quadSources[q] < to(c); q++) {
            classifyQuad(f, 0, p.quadSources[q], 0, low, high);
        }
        f.block = Arrays.copyOf(block, listed);
        // Only the few listed blocks are read again, in increasing order.
        f.t = new double[listed];
        f.amount = new double[listed];
        for (int k = 0; k < listed; k++) {
            f.t[k] = blockCost[f.block[k]];
            f.amount[k] = blockAmount[f.block[k]];
        }
        f.blockCount = listed;
        return f;
    }

    private void classifyQuad(FilteredChunk f, int g, int i, double offset, double low, double high) {
        double lo = p.quadLinear[i] - offset;
        double hi = lo + p.quadSlope[i] * p.quadMax[i];
        if (hi <= low) {
            f.quadConstant[g] += p.quadMax[i];
        } else if (lo >= high) {
            return;
        } else if (lo <= low && hi >= high) {
            double inverse = 1 / p.quadSlope[i];
            f.alpha[g] += inverse;
            f.beta[g] += lo * inverse;
            f.spanning[g]++;
        } else {
            f.addQuad(i);
        }
    }

    private FilteredChunk filterChunk(int c, double[] lower, double[] upper, Scratch scratch) {
        FilteredChunk f = new FilteredChunk(groups);
        int[] blockStart = p.blockStart;
        double[] blockCost = p.blockCost;
        double[] blockAmount = p.blockAmount;
        int[] block = scratch.block;
        int[] source = scratch.source;
        int listed = 0;
        for (int i = from(c); i < to(c); i++) {
            int r = p.sourceRegion[i];
            int g = groupOfRegion[r];
            if (g < 0) {
                continue;
            }
            double offset = shift[r];
            double low = lower[g];
            double high = upper[g];
            double sum = 0;
            int end = blockStart[i + 1];
            for (int b = blockStart[i]; b < end; b++) {
                double t = blockCost[b] - offset;
                long below = Double.doubleToRawLongBits((t - low) + 0.0) >> 63;
                long above = Double.doubleToRawLongBits((high - t) + 0.0) >>> 63;
                sum += Double.longBitsToDouble(Double.doubleToRawLongBits(blockAmount[b]) & below);
                block[listed] = b;
                source[listed] = i;
                listed += (int) (1 + below - above);
            }
            f.below[g] += sum;
        }
        for (int q = firstQuad(from(c)); q < p.quadSources.length && p.quadSources[q] < to(c); q++) {
            int i = p.quadSources[q];
            int r = p.sourceRegion[i];
            int g = groupOfRegion[r];
            if (g >= 0) {
                classifyQuad(f, g, i, shift[r], lower[g], upper[g]);
            }
        }
        f.block = Arrays.copyOf(block, listed);
        f.blockSource = Arrays.copyOf(source, listed);
        f.t = new double[listed];
        f.amount = new double[listed];
        for (int k = 0; k < listed; k++) {
            int b = f.block[k];
            f.t[k] = blockCost[b] - shift[p.sourceRegion[f.blockSource[k]]];
            f.amount[k] = blockAmount[b];
        }
        f.blockCount = listed;
        return f;
    }

    /** Strict response of every source of a filled group at its price, and its cost if wanted. */
    void fill(boolean[] filled, double[] price, double[] abatement, double[] sourceCost) {
        workers.forEach(chunks, work, (c, worker) -> {
            int[] blockStart = p.blockStart;
            double[] blockCost = p.blockCost;
            double[] blockAmount = p.blockAmount;
            for (int i = from(c); i < to(c); i++) {
                int r = p.sourceRegion[i];
                int g = groupOfRegion[r];
                if (g < 0 || !filled[g]) {
                    continue;
                }
                double offset = shift[r];
                double at = price[g];
                double a = 0;
                int end = blockStart[i + 1];
                for (int b = blockStart[i]; b < end; b++) {
                    long below = Double.doubleToRawLongBits(((blockCost[b] - offset) - at) + 0.0) >> 63;
                    a += Double.longBitsToDouble(Double.doubleToRawLongBits(blockAmount[b]) & below);
                }
                abatement[i] = a;
                if (sourceCost != null) {
                    sourceCost[i] = blockCostOf(i, a);
                }
            }
            // Quadratic sources have no blocks: their response so far is +0, as in the full selection.
            for (int q = firstQuad(from(c)); q < p.quadSources.length && p.quadSources[q] < to(c); q++) {
                int i = p.quadSources[q];
                int r = p.sourceRegion[i];
                int g = groupOfRegion[r];
                if (g < 0 || !filled[g]) {
                    continue;
                }
                double x = (price[g] - (p.quadLinear[i] - shift[r])) / p.quadSlope[i];
                double a = abatement[i] + Math.min(Math.max(x, 0), p.quadMax[i]);
                abatement[i] = a;
                if (sourceCost != null) {
                    sourceCost[i] = costOf(i, a);
                }
            }
        });
    }

    /** Index into {@code p.quadSources} of the first quadratic source at or after source i. */
    private int firstQuad(int i) {
        int low = 0;
        int high = p.quadSources.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (p.quadSources[mid] < i) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * {@link AllocationProblem#cost} without its early exit, which mispredicts: once nothing is left
     * every further block adds ±0, so the bits are the same.
     */
    private double costOf(int i, double a) {
        double total = blockCostOf(i, a);
        if (p.quadMax[i] > 0) {
            double left = Math.max(0, a);
            for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                left -= Math.min(left, p.blockAmount[b]);
            }
            double x = Math.min(left, p.quadMax[i]);
            total += p.quadLinear[i] * x + 0.5 * p.quadSlope[i] * x * x;
        }
        return total;
    }

    /** The blocks' part of {@link #costOf}. */
    private double blockCostOf(int i, double a) {
        double left = Math.max(0, a);
        double total = 0;
        int end = p.blockStart[i + 1];
        for (int b = p.blockStart[i]; b < end; b++) {
            double used = Math.min(left, p.blockAmount[b]);
            total += used * p.blockCost[b];
            left -= used;
        }
        return total;
    }

    /** One thread's room for the blocks a chunk lists, before they are copied out at their real number. */
    private static final class Scratch {
        final int[] block;
        final int[] source;

        /** @param grouped whether the owners are recorded too (else only block indices) */
        Scratch(int length, boolean grouped) {
            block = new int[length];
            source = grouped ? new int[length] : null;
        }
    }
}
