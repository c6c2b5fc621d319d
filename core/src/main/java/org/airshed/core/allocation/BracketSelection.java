package org.airshed.core.allocation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The fast path of {@link EquiMarginalSelection}, for many sources at once and for several
 * independent groups of them in one sweep (all sources against the cap, or each region's sources
 * against the region's total). Same answer, bit for bit: the same price, the same abatements,
 * blocks tied at the price filled in source order.
 *
 * <ol>
 *   <li>A seeded sample guesses a bracket around each group's price ({@link SampledBracket}).</li>
 *   <li>One branch-free pass over all blocks, in fixed chunks of sources ({@link ChunkedPasses}),
 *       adds up what lies below each bracket and lists the few blocks (and quadratic sources)
 *       inside it.</li>
 *   <li>The breakpoint search runs on those few ({@link BreakpointSearch}). A group whose
 *       bracket turned out not to hold the price is filtered again from the missed end to 0 or
 *       +∞, which must hold it; should rounding still disagree, the full selection takes over.</li>
 *   <li>Where a quadratic source spans the final piece, the price is solved from sums taken in
 *       source order, exactly as the full selection takes them; otherwise it is the breakpoint.</li>
 *   <li>One pass writes each source's response; the group totals are summed in source order and
 *       the remainder goes to the blocks priced exactly at the price, in source order.</li>
 * </ol>
 * The chunked passes may run on several threads: chunks depend only on the number of sources, the
 * sums that steer the search are combined in chunk order, and those that make the bits of the
 * answer (the price on a quadratic piece, the group totals, the costs) are taken in source order.
 *
 * <p>A response within rounding of the requirement meets it ({@link BoundaryRule}). One caveat,
 * shared with the full selection: when a response lies at the very edge of that allowance, the
 * comparison at that breakpoint is decided by rounding, which depends on the order of summation;
 * the full selection's answer then depends on its pivot seed, and this one may differ from it in
 * the last bits. It never depends on the number of threads.
 */
final class BracketSelection {
    static final int DEFAULT_SAMPLE_SIZE = 4096;
    static final int DEFAULT_CHUNK_SOURCES = 4096;
    /** Sorted blocks kept on either side of a region's price when its curve gives the bracket. */
    static final int CURVE_BRACKET_BLOCKS = 64;

    private final AllocationProblem p;
    private final SplittableRandom random;
    private final Workers workers;
    private final int sampleSize;
    private final int chunkSources;
    private final double margin;
    /** Times a group's bracket is widened to the side of the price before falling back (1, or 0 in tests). */
    private final int widenings;
    /** Groups whose guessed bracket missed the price, and groups that fell back to the full selection. */
    private int misses;
    private int fallbacks;

    BracketSelection(AllocationProblem problem, SplittableRandom random, Workers workers) {
        this(problem, random, workers, DEFAULT_SAMPLE_SIZE, DEFAULT_CHUNK_SOURCES, SampledBracket.MARGIN, 1);
    }

    /**
     * @param sampleSize most sources sampled per group
     * @param margin     standard errors of the sampled estimate kept on either side (tests set 0 to force misses)
     * @param widenings  after a miss, searches from the missed end outwards this many times before the
     *                   full selection takes over (tests set 0 to exercise the fallback)
     */
    BracketSelection(AllocationProblem problem, SplittableRandom random, Workers workers, int sampleSize,
                     int chunkSources, double margin, int widenings) {
        if (sampleSize < 1 || chunkSources < 1) {
            throw new IllegalArgumentException("sample size and chunk size must be positive, got " + sampleSize
                    + " and " + chunkSources);
        }
        this.p = problem;
        this.random = random;
        this.workers = workers;
        this.sampleSize = sampleSize;
        this.chunkSources = chunkSources;
        this.margin = margin;
        this.widenings = widenings;
    }

    /**
     * All sources against one requirement, each facing the price plus its region's offset; the
     * same as {@code new EquiMarginalSelection(p, random).solve(all, offset, requirement, abatement)}.
     *
     * @param totalMax   Σ_i max_i (mass), which scales the sampled estimate
     * @param sourceCost output, may be null: C_i(a_i) per source (money)
     * @return λ* ≥ 0 (money per mass)
     */
    double solveAll(double[] offset, double requirement, double totalMax, double[] abatement, double[] sourceCost) {
        int[] groupOfRegion = new int[p.regionCount()];
        return solve(groupOfRegion, offset, new int[][] {null}, new double[] {requirement}, new double[] {totalMax},
                null, abatement, sourceCost)[0];
    }

    /**
     * Each region's sources against the region's own requirement, without offsets; for each region
     * the same as the full selection over {@code sourcesOfRegion[r]}.
     *
     * @return the price of each region (0 for a region without sources)
     */
    double[] solveByRegion(int[][] sourcesOfRegion, double[] requirement, double[] regionMax, double[] abatement,
                           double[] sourceCost) {
        int regions = p.regionCount();
        int[] groupOfRegion = new int[regions];
        for (int r = 0; r < regions; r++) {
            groupOfRegion[r] = r;
        }
        return solve(groupOfRegion, new double[regions], sourcesOfRegion, requirement, regionMax, null, abatement,
                sourceCost);
    }

    /**
     * As {@link #solveByRegion(int[][], double[], double[], double[], double[])}, with each region's
     * bracket read off its sorted curve instead of sampled: a few blocks either side of the price.
     */
    double[] solveByRegion(RegionCurves curves, double[] requirement, double[] abatement, double[] sourceCost) {
        int regions = p.regionCount();
        int[] groupOfRegion = new int[regions];
        int[][] members = new int[regions][];
        double[] regionMax = new double[regions];
        double[][] guess = new double[regions][];
        for (int r = 0; r < regions; r++) {
            groupOfRegion[r] = r;
            members[r] = curves.sources(r);
            regionMax[r] = curves.maxAbatement(r);
            guess[r] = curves.bracket(r, requirement[r], CURVE_BRACKET_BLOCKS);
        }
        return solve(groupOfRegion, new double[regions], members, requirement, regionMax, guess, abatement, sourceCost);
    }

    /** @param guess a bracket per group, or null to sample one */
    private double[] solve(int[] groupOfRegion, double[] shift, int[][] members, double[] requirement,
                           double[] groupMax, double[][] guess, double[] abatement, double[] sourceCost) {
        int groups = requirement.length;
        double[] lowerGuess = new double[groups];
        double[] upperGuess = new double[groups];
        boolean[] active = new boolean[groups];
        for (int g = 0; g < groups; g++) {
            active[g] = members[g] == null || members[g].length > 0;
            if (active[g]) {
                double[] bracket = guess != null ? guess[g] : SampledBracket.guess(p, members[g], shift,
                        requirement[g], groupMax[g], sampleSize, margin, random);
                lowerGuess[g] = bracket[0];
                upperGuess[g] = bracket[1];
            }
        }
        ChunkedPasses pass = new ChunkedPasses(p, workers, chunkSources, groupOfRegion, shift, groups);
        double[] price = new double[groups];
        boolean[] missed = new boolean[groups];
        double[] pieceLower = new double[groups];
        double[] pieceUpper = new double[groups];
        boolean[] needsPiece = new boolean[groups];
        FilteredChunk[] filtered;
        for (int attempt = 0; ; attempt++) {
            filtered = pass.filter(lowerGuess, upperGuess);
            BreakpointSearch[] searches = itemsByGroup(filtered, groupOfRegion, shift, groups, active);
            boolean[] tooHigh = new boolean[groups];
            int missedNow = 0;
            for (int g = 0; g < groups; g++) {
                if (!active[g]) {
                    continue;
                }
                BreakpointSearch search = searches[g];
                double constant = 0;
                double alpha = 0;
                double beta = 0;
                int spanning = 0;
                for (FilteredChunk f : filtered) {
                    constant += f.below[g];
                }
                for (FilteredChunk f : filtered) {
                    constant += f.quadConstant[g];
                    alpha += f.alpha[g];
                    beta += f.beta[g];
                    spanning += f.spanning[g];
                }
                search.start(lowerGuess[g], upperGuess[g], constant, alpha, beta, spanning);
                double need = BoundaryRule.target(requirement[g], groupMax[g]);
                missed[g] = false;
                needsPiece[g] = false;
                if (search.responseAtOrBelow(lowerGuess[g]) >= need) {
                    // Price 0 exactly as the full selection decides it; a positive lower guess was too high.
                    missed[g] = lowerGuess[g] > 0;
                    tooHigh[g] = true;
                    price[g] = 0;
                } else if (upperGuess[g] < Double.POSITIVE_INFINITY && search.responseAtOrBelow(upperGuess[g]) < need) {
                    missed[g] = true;
                } else {
                    search.search(need, random);
                    pieceLower[g] = search.lower();
                    pieceUpper[g] = search.upper();
                    needsPiece[g] = search.spanning() > 0;
                    price[g] = search.upper();
                }
                search.release();
                missedNow += missed[g] ? 1 : 0;
            }
            if (attempt == 0) {
                misses += missedNow;
            }
            if (missedNow == 0 || attempt >= widenings) {
                break;
            }
            // The guess that missed is itself a breakpoint on the right side of the price: search from it.
            for (int g = 0; g < groups; g++) {
                if (missed[g] && tooHigh[g]) {
                    upperGuess[g] = lowerGuess[g];
                    lowerGuess[g] = 0;
                } else if (missed[g]) {
                    lowerGuess[g] = upperGuess[g];
                    upperGuess[g] = Double.POSITIVE_INFINITY;
                }
            }
        }
        solvePieces(groupOfRegion, shift, requirement, needsPiece, pieceLower, pieceUpper, price);

        boolean[] filled = new boolean[groups];
        for (int g = 0; g < groups; g++) {
            filled[g] = active[g] && !missed[g];
        }
        pass.fill(filled, price, abatement, sourceCost);
        fillTies(filtered, groupOfRegion, shift, filled, price, requirement, abatement, sourceCost);
        for (int g = 0; g < groups; g++) {
            if (missed[g]) {
                fallbacks++;
                int[] sources = members[g] != null ? members[g] : allSources();
                price[g] = new EquiMarginalSelection(p, random).solve(sources, shift, requirement[g], groupMax[g],
                        abatement);
                if (sourceCost != null) {
                    for (int i : sources) {
                        sourceCost[i] = p.cost(i, abatement[i]);
                    }
                }
            }
        }
        return price;
    }

    int misses() {
        return misses;
    }

    int fallbacks() {
        return fallbacks;
    }

    private int[] allSources() {
        int[] all = new int[p.sourceCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** The listed blocks and quadratic sources of each group, as a search over them. */
    private BreakpointSearch[] itemsByGroup(FilteredChunk[] filtered, int[] groupOfRegion, double[] shift, int groups,
                                            boolean[] active) {
        int[] blockCount = new int[groups];
        int[] quadCount = new int[groups];
        for (FilteredChunk f : filtered) {
            if (f.blockSource == null) {
                blockCount[0] += f.blockCount;
            }
            for (int k = 0; f.blockSource != null && k < f.blockCount; k++) {
                blockCount[groupOfRegion[p.sourceRegion[f.blockSource[k]]]]++;
            }
            for (int k = 0; k < f.quadCount; k++) {
                quadCount[groupOfRegion[p.sourceRegion[f.quadSource[k]]]]++;
            }
        }
        double[][] t = new double[groups][];
        double[][] amount = new double[groups][];
        double[][] lo = new double[groups][];
        double[][] hi = new double[groups][];
        double[][] inverseSlope = new double[groups][];
        double[][] max = new double[groups][];
        for (int g = 0; g < groups; g++) {
            t[g] = new double[blockCount[g]];
            amount[g] = new double[blockCount[g]];
            lo[g] = new double[quadCount[g]];
            hi[g] = new double[quadCount[g]];
            inverseSlope[g] = new double[quadCount[g]];
            max[g] = new double[quadCount[g]];
        }
        Arrays.fill(blockCount, 0);
        Arrays.fill(quadCount, 0);
        for (FilteredChunk f : filtered) {
            if (f.blockSource == null) {
                System.arraycopy(f.t, 0, t[0], blockCount[0], f.blockCount);
                System.arraycopy(f.amount, 0, amount[0], blockCount[0], f.blockCount);
                blockCount[0] += f.blockCount;
            }
            for (int k = 0; f.blockSource != null && k < f.blockCount; k++) {
                int g = groupOfRegion[p.sourceRegion[f.blockSource[k]]];
                t[g][blockCount[g]] = f.t[k];
                amount[g][blockCount[g]++] = f.amount[k];
            }
            for (int k = 0; k < f.quadCount; k++) {
                int i = f.quadSource[k];
                int r = p.sourceRegion[i];
                int g = groupOfRegion[r];
                int q = quadCount[g]++;
                lo[g][q] = p.quadLinear[i] - shift[r];
                hi[g][q] = lo[g][q] + p.quadSlope[i] * p.quadMax[i];
                inverseSlope[g][q] = 1 / p.quadSlope[i];
                max[g][q] = p.quadMax[i];
            }
        }
        BreakpointSearch[] searches = new BreakpointSearch[groups];
        for (int g = 0; g < groups; g++) {
            if (active[g]) {
                searches[g] = new BreakpointSearch(t[g], amount[g], blockCount[g], lo[g], hi[g], inverseSlope[g],
                        max[g], quadCount[g]);
            }
        }
        return searches;
    }

    /**
     * The price on a piece where quadratic sources respond linearly, from sums taken in source order
     * as {@link EquiMarginalSelection} takes them, so that the bits agree.
     */
    private void solvePieces(int[] groupOfRegion, double[] shift, double[] requirement, boolean[] needsPiece,
                             double[] lower, double[] upper, double[] price) {
        int groups = requirement.length;
        boolean any = false;
        for (boolean needs : needsPiece) {
            any |= needs;
        }
        if (!any) {
            return;
        }
        double[] constant = new double[groups];
        double[] alpha = new double[groups];
        double[] beta = new double[groups];
        for (int i = 0; i < p.sourceCount(); i++) {
            int r = p.sourceRegion[i];
            int g = groupOfRegion[r];
            if (g < 0 || !needsPiece[g]) {
                continue;
            }
            double offset = shift[r];
            double low = lower[g];
            double c = constant[g];
            int end = p.blockStart[i + 1];
            for (int b = p.blockStart[i]; b < end; b++) {
                // Adds the amount when cost − offset ≤ low, else +0 (which leaves a sum ≥ +0 unchanged).
                long above = Double.doubleToRawLongBits((low - (p.blockCost[b] - offset)) + 0.0) >> 63;
                c += Double.longBitsToDouble(Double.doubleToRawLongBits(p.blockAmount[b]) & ~above);
            }
            if (p.quadMax[i] > 0) {
                double qLow = p.quadLinear[i] - offset;
                double qHigh = qLow + p.quadSlope[i] * p.quadMax[i];
                if (qHigh <= low) {
                    c += p.quadMax[i];
                } else if (qLow <= low && qHigh >= upper[g]) {
                    alpha[g] += 1 / p.quadSlope[i];
                    beta[g] += qLow / p.quadSlope[i];
                }
            }
            constant[g] = c;
        }
        for (int g = 0; g < groups; g++) {
            if (needsPiece[g] && alpha[g] > 0) {
                double solved = (requirement[g] - constant[g] + beta[g]) / alpha[g];
                price[g] = solved < upper[g] ? Math.max(solved, lower[g]) : upper[g];
            }
        }
    }

    /** Group totals in source order, then the remainder on blocks priced exactly at the price, in source order. */
    private void fillTies(FilteredChunk[] filtered, int[] groupOfRegion, double[] shift, boolean[] filled, double[] price,
                          double[] requirement, double[] abatement, double[] sourceCost) {
        int groups = requirement.length;
        double[] total = new double[groups];
        if (groups == 1 && filled[0]) {
            double sum = 0;
            for (double a : abatement) {
                sum += a;
            }
            total[0] = sum;
        } else {
            for (int i = 0; i < p.sourceCount(); i++) {
                int g = groupOfRegion[p.sourceRegion[i]];
                if (g >= 0 && filled[g]) {
                    total[g] += abatement[i];
                }
            }
        }
        double[] missing = new double[groups];
        boolean anyMissing = false;
        for (int g = 0; g < groups; g++) {
            missing[g] = filled[g] ? requirement[g] - total[g] : 0;
            anyMissing |= missing[g] > 0;
        }
        if (!anyMissing) {
            return;
        }
        for (FilteredChunk f : filtered) {
            for (int k = 0; k < f.blockCount; k++) {
                int i = f.blockSource != null ? f.blockSource[k] : -1;
                int g = i >= 0 ? groupOfRegion[p.sourceRegion[i]] : 0;
                if (missing[g] > 0 && f.t[k] == price[g]) {
                    int b = f.block[k];
                    i = i >= 0 ? i : sourceOfBlock(b);
                    double take = Math.min(missing[g], p.blockAmount[b]);
                    abatement[i] += take;
                    missing[g] -= take;
                    if (sourceCost != null) {
                        sourceCost[i] = p.cost(i, abatement[i]);
                    }
                }
            }
        }
    }

    /** The source owning block b. */
    private int sourceOfBlock(int b) {
        int low = 0;
        int high = p.sourceCount();
        // Last i with blockStart[i] ≤ b: sources without blocks share their start with the next one.
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (p.blockStart[mid] <= b) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
