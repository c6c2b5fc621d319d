package org.airshed.core.allocation;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The continuous allocation problem in solver form: primitive arrays (structure of arrays),
 * built once from a scenario or a generator, never modified afterwards.
 *
 * <pre>
 * minimise   Σ_i C_i(a_i) − Σ_i w_{r(i)} a_i
 * subject to Σ_i a_i ≥ capRequirement                      (dual λ ≥ 0, if hasCap)
 *            Σ_r T_kr A_r ≥ receptorRequirement[k]          (dual μ_k ≥ 0), A_r = Σ_{i∈r} a_i
 *            0 ≤ a_i ≤ max_i
 * </pre>
 * A source's cost is either a list of blocks (amount at unit cost, non-decreasing cost) or a
 * quadratic {@code linear·a + slope·a²/2} on [0, max]. {@code w_r} is the welfare weight: the
 * damage avoided per unit abated in region r (Σ_j δ_j T_jr), 0 for the cost objective.
 * Transfer coefficients are per source <em>region</em>, so all sources of a region face the
 * same price {@code g_r = w_r + λ + Σ_k μ_k T_kr}.
 */
public final class AllocationProblem {
    final String[] regionIds;
    final double[] regionWeight;
    final int[] sourceRegion;
    final double[] baseline;
    /** Blocks of source i are {@code blockStart[i] .. blockStart[i+1]-1}. */
    final int[] blockStart;
    final double[] blockCost;
    final double[] blockAmount;
    /** Quadratic curve per source; {@code quadMax[i] == 0} (and slope 1) when source i has blocks. */
    final double[] quadLinear;
    final double[] quadSlope;
    final double[] quadMax;
    /** Sources with a quadratic curve ({@code quadMax[i] > 0}), ascending: passes visit them apart. */
    final int[] quadSources;
    final boolean hasCap;
    final double capRequirement;
    final int[] receptorRegion;
    /** Row-major K × R: {@code transfer[k * R + r]}. */
    final double[] transfer;
    final double[] receptorRequirement;
    /** The per-region curves, made at the first call of {@link #curves(Workers)}: the solve and the report share them. */
    private RegionCurves curves;
    /** Whether the rows can be met, made at the first call of {@link #feasibility}. */
    private FeasibilityCheck feasibility;

    AllocationProblem(AllocationProblemBuilder b) {
        this.regionIds = b.regionIds.toArray(new String[0]);
        this.regionWeight = b.regionWeight.toArray();
        AllocationProblem shared = b.sourcesOf;
        AllocationProblemBuilder.SourceColumns columns = b.columns;
        // Arrays are never modified once built, so problems may share them.
        if (shared != null) {
            this.sourceRegion = shared.sourceRegion;
            this.baseline = shared.baseline;
            this.blockStart = shared.blockStart;
            this.blockCost = shared.blockCost;
            this.blockAmount = shared.blockAmount;
            this.quadLinear = shared.quadLinear;
            this.quadSlope = shared.quadSlope;
            this.quadMax = shared.quadMax;
        } else if (columns != null) {
            this.sourceRegion = columns.region();
            this.baseline = columns.baseline();
            this.blockStart = columns.blockStart();
            this.blockCost = columns.blockCost();
            this.blockAmount = columns.blockAmount();
            this.quadLinear = columns.quadLinear();
            this.quadSlope = columns.quadSlope();
            this.quadMax = columns.quadMax();
        } else {
            this.sourceRegion = b.sourceRegion.toArray();
            this.baseline = b.baseline.toArray();
            this.blockStart = b.blockStart.toArray();
            this.blockCost = b.blockCost.toArray();
            this.blockAmount = b.blockAmount.toArray();
            this.quadLinear = b.quadLinear.toArray();
            this.quadSlope = b.quadSlope.toArray();
            this.quadMax = b.quadMax.toArray();
        }
        this.quadSources = shared != null ? shared.quadSources
                : IntStream.range(0, quadMax.length).filter(i -> quadMax[i] > 0).toArray();
        this.hasCap = b.hasCap;
        this.capRequirement = b.capRequirement;
        this.receptorRegion = b.receptorRegion.toArray();
        int regions = regionIds.length;
        this.transfer = new double[receptorRegion.length * regions];
        for (int k = 0; k < receptorRegion.length; k++) {
            System.arraycopy(b.transferRows.get(k), 0, transfer, k * regions, regions);
        }
        this.receptorRequirement = b.receptorRequirement.toArray();
    }

    public static AllocationProblemBuilder builder() {
        return new AllocationProblemBuilder();
    }

    /**
     * A builder for a problem with this problem's sources (their arrays shared, not copied) and
     * its own region weights, cap and receptor rows: what a sweep run that changes only the policy,
     * damages or transfer coefficients solves. Add the same regions in the same order; no sources.
     */
    public AllocationProblemBuilder builderWithSameSources() {
        return new AllocationProblemBuilder(this);
    }

    /** The per-region sorted curves, built once (on {@code workers}: the same curves for any number of threads). */
    synchronized RegionCurves curves(Workers workers) {
        if (curves == null) {
            curves = new RegionCurves(this, workers);
        }
        return curves;
    }

    /** The problem's {@link FeasibilityCheck}, made by {@code check} at the first call. */
    synchronized FeasibilityCheck feasibility(java.util.function.Supplier<FeasibilityCheck> check) {
        if (feasibility == null) {
            feasibility = check.get();
        }
        return feasibility;
    }

    /**
     * Each region's step blocks sorted by unit cost: the curves the exact solver sorted for its
     * column generation when it had receptor rows, else sorted now with up to {@code parallelism}
     * threads (≥ 1; the result never depends on it).
     */
    public RegionBlocks regionBlocks(int parallelism) {
        return new RegionBlocks(curves(Workers.of(parallelism)), regionCount());
    }

    public int regionCount() {
        return regionIds.length;
    }

    public String regionId(int r) {
        return regionIds[r];
    }

    public double regionWeight(int r) {
        return regionWeight[r];
    }

    public int sourceCount() {
        return sourceRegion.length;
    }

    public int sourceRegion(int i) {
        return sourceRegion[i];
    }

    public double baseline(int i) {
        return baseline[i];
    }

    public int blockCount(int i) {
        return blockStart[i + 1] - blockStart[i];
    }

    /** Unit cost of block b (0-based within source i). */
    public double blockCost(int i, int b) {
        return blockCost[blockStart[i] + b];
    }

    public double blockAmount(int i, int b) {
        return blockAmount[blockStart[i] + b];
    }

    public boolean isQuadratic(int i) {
        return blockStart[i + 1] == blockStart[i] && quadMax[i] > 0;
    }

    public double quadLinear(int i) {
        return quadLinear[i];
    }

    public double quadSlope(int i) {
        return quadSlope[i];
    }

    /** Largest abatement of source i (mass). */
    public double maxAbatement(int i) {
        double total = quadMax[i];
        for (int b = blockStart[i]; b < blockStart[i + 1]; b++) {
            total += blockAmount[b];
        }
        return total;
    }

    /** Cost of abating {@code a} at source i (money), a clamped to [0, max]. */
    public double cost(int i, double a) {
        double left = Math.max(0, a);
        double total = 0;
        for (int b = blockStart[i]; b < blockStart[i + 1] && left > 0; b++) {
            double used = Math.min(left, blockAmount[b]);
            total += used * blockCost[b];
            left -= used;
        }
        if (quadMax[i] > 0) {
            double x = Math.min(left, quadMax[i]);
            total += quadLinear[i] * x + 0.5 * quadSlope[i] * x * x;
        }
        return total;
    }

    /**
     * Marginal cost of source i at abatement a: the unit cost of the block holding the last unit
     * abated (the first block when a = 0), or linear + slope·a for a quadratic source; NaN for a
     * source that cannot abate.
     */
    public double marginalCost(int i, double a) {
        if (quadMax[i] > 0) {
            return quadLinear[i] + quadSlope[i] * Math.min(Math.max(a, 0), quadMax[i]);
        }
        int first = blockStart[i];
        int end = blockStart[i + 1];
        if (first == end) {
            return Double.NaN;
        }
        double filled = 0;
        for (int b = first; b < end; b++) {
            filled += blockAmount[b];
            if (a <= filled * (1 + 1e-12) && blockAmount[b] > 0) {
                return blockCost[b];
            }
        }
        return blockCost[end - 1];
    }

    public boolean hasCap() {
        return hasCap;
    }

    /** Minimum total abatement the cap requires (mass); meaningful only if {@link #hasCap()}. */
    public double capRequirement() {
        return capRequirement;
    }

    public int receptorCount() {
        return receptorRegion.length;
    }

    /** Region index of receptor k. */
    public int receptorRegion(int k) {
        return receptorRegion[k];
    }

    /** Concentration at receptor k per unit of emission from region r. */
    public double transfer(int k, int r) {
        return transfer[k * regionIds.length + r];
    }

    /** Minimum Σ_r T_kr A_r that receptor k's limit requires (concentration). */
    public double receptorRequirement(int k) {
        return receptorRequirement[k];
    }

    /** Price faced by every source of region r at duals (λ, μ): w_r + λ + Σ_k μ_k T_kr. */
    public double regionPrice(int r, double capPrice, double[] receptorPrices) {
        double g = regionWeight[r] + capPrice;
        for (int k = 0; k < receptorRegion.length; k++) {
            g += receptorPrices[k] * transfer[k * regionIds.length + r];
        }
        return g;
    }

    @Override
    public String toString() {
        return "AllocationProblem[regions=" + Arrays.toString(regionIds) + ", sources=" + sourceCount()
                + ", blocks=" + blockCost.length + ", cap=" + (hasCap ? capRequirement : "none")
                + ", receptors=" + receptorCount() + "]";
    }
}
