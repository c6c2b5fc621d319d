package org.airshed.core.allocation.multi;

/**
 * The continuous allocation problem with several pollutants, in solver form: primitive arrays
 * (structure of arrays), built once by {@link MultiPollutantProblemBuilder}, never modified.
 *
 * <pre>
 * minimise   Σ_i C_i(a_i) − Σ_i Σ_p w_{r(i),p} a_ip
 * subject to Σ_i a_ip ≥ capRequirement[p]                        (dual λ_p ≥ 0, capped pollutants)
 *            Σ_p Σ_r T_kpr A_rp ≥ receptorRequirement[k]          (dual μ_k ≥ 0), A_rp = Σ_{i∈r} a_ip
 * </pre>
 * A source abates in one of two ways (FORMAT.md, version 2): independent convex curves per
 * pollutant (blocks or a quadratic, as in version 1), or control options o with removal
 * fractions ρ_op and annual cost c_o applied in shares x_o ≥ 0, Σ_o x_o ≤ 1, so that
 * a_ip = Σ_o x_o ρ_op e_ip and C_i = Σ_o x_o c_o. Transfer coefficients are signed (nitrate
 * titration) and per source region, so every source of region r faces the prices
 * g_rp = w_rp + λ_p + Σ_k μ_k T_kpr, and for given prices the problem decomposes by source.
 * Index conventions: pollutant p in [0, P), region r in [0, R), receptor row k in [0, K);
 * per-source-and-pollutant arrays are row-major {@code [i * P + p]}, transfer rows
 * {@code [k][p * R + r]}.
 *
 * <p>API fixed by the lead engineer for issue 16 so that the scenario side and the solver can be
 * built at the same time; the solver's engineer owns the internals below the public methods.
 */
public final class MultiPollutantProblem {
    /** Curve kind per (source, pollutant): nothing to abate, blocks, or a quadratic. */
    static final byte NONE = 0;
    static final byte STEPS = 1;
    static final byte QUADRATIC = 2;

    final String[] pollutantIds;
    final String[] regionIds;
    final int pollutants;
    final int regions;
    final int sources;
    final int[] sourceRegion;
    /** e_ip, {@code [i * P + p]}. */
    final double[] emissions;
    /** Options of source i: {@code optionStart[i] .. optionStart[i + 1] - 1}; a curve source has none. */
    final int[] optionStart;
    final boolean[] optionSource;
    final double[] optionCost;
    /** ρ_op, {@code [o * P + p]}. */
    final double[] optionRemoval;
    /** Per (i, p): {@link #NONE}, {@link #STEPS} or {@link #QUADRATIC}. */
    final byte[] curveKind;
    /** Blocks of (i, p): {@code blockStart[i*P+p] .. blockStart[i*P+p+1] - 1}. */
    final int[] blockStart;
    final double[] blockAmount;
    final double[] blockCost;
    /** Quadratic of (i, p): linear·a + slope·a²/2 on [0, max]. */
    final double[] quadLinear;
    final double[] quadSlope;
    final double[] quadMax;
    /** Requirement per pollutant; NaN for a pollutant without a cap. */
    final double[] capRequirement;
    final double[][] transfer;
    final double[] receptorRequirement;
    /** w_rp, {@code [p * R + r]}. */
    final double[] weight;
    /** Sources grouped by region, in source order within a region: {@code regionSources[regionStart[r] ..]}. */
    final int[] regionStart;
    final int[] regionSources;

    MultiPollutantProblem(MultiPollutantProblemBuilder b) {
        pollutantIds = b.pollutantIds.clone();
        regionIds = b.regionIds.clone();
        pollutants = pollutantIds.length;
        regions = regionIds.length;
        sourceRegion = b.sourceRegion.toArray();
        sources = sourceRegion.length;
        emissions = b.emissions.toArray();
        optionStart = b.optionStart.toArray();
        optionSource = new boolean[sources];
        int[] isOption = b.isOptionSource.toArray();
        for (int i = 0; i < sources; i++) {
            optionSource[i] = isOption[i] != 0;
        }
        optionCost = b.optionCost.toArray();
        optionRemoval = b.optionRemoval.toArray();
        int[] kinds = b.curveKind.toArray();
        curveKind = new byte[kinds.length];
        for (int ip = 0; ip < kinds.length; ip++) {
            curveKind[ip] = (byte) kinds[ip];
        }
        blockStart = b.blockStart.toArray();
        blockAmount = b.blockAmount.toArray();
        blockCost = b.blockCost.toArray();
        quadLinear = b.quadLinear.toArray();
        quadSlope = b.quadSlope.toArray();
        quadMax = b.quadMax.toArray();
        capRequirement = b.capRequirement.clone();
        transfer = b.transferRows.toArray(new double[0][]);
        receptorRequirement = b.receptorRequirement.toArray();
        weight = b.weight.clone();
        regionStart = new int[regions + 1];
        for (int i = 0; i < sources; i++) {
            regionStart[sourceRegion[i] + 1]++;
        }
        for (int r = 0; r < regions; r++) {
            regionStart[r + 1] += regionStart[r];
        }
        regionSources = new int[sources];
        int[] next = regionStart.clone();
        for (int i = 0; i < sources; i++) {
            regionSources[next[sourceRegion[i]]++] = i;
        }
    }

    public static MultiPollutantProblemBuilder builder(String[] pollutantIds, String[] regionIds) {
        return new MultiPollutantProblemBuilder(pollutantIds, regionIds);
    }

    public int pollutantCount() {
        return pollutants;
    }

    public int regionCount() {
        return regions;
    }

    public int sourceCount() {
        return sources;
    }

    /** Options of source i are the global option indices {@code optionStart(i) .. optionStart(i + 1) - 1}. */
    public int optionStart(int i) {
        return optionStart[i];
    }

    /** Number of options over all sources (the length of {@link MultiPollutantSolution#optionShares()}). */
    public int optionCount() {
        return optionCost.length;
    }

    public int receptorCount() {
        return transfer.length;
    }

    /** Region of source i. */
    public int sourceRegion(int i) {
        return sourceRegion[i];
    }

    /** Baseline emission e_ip of source i (mass). */
    public double emission(int i, int p) {
        return emissions[i * pollutants + p];
    }

    /** Whether source i abates by control options (else by per-pollutant curves). */
    public boolean isOptionSource(int i) {
        return optionSource[i];
    }

    /** Whether pollutant p has a cap row. */
    public boolean hasCap(int p) {
        return !Double.isNaN(capRequirement[p]);
    }

    /** Cap requirement of pollutant p (mass), NaN without a cap. */
    public double capRequirement(int p) {
        return capRequirement[p];
    }

    /** Requirement of receptor row k (concentration). */
    public double receptorRequirement(int k) {
        return receptorRequirement[k];
    }

    /** T_kpr (concentration per mass, signed). */
    public double transfer(int k, int p, int r) {
        return transfer[k][p * regions + r];
    }

    /** w_rp (money per mass). */
    public double weight(int p, int r) {
        return weight[p * regions + r];
    }

    public String pollutantId(int p) {
        return pollutantIds[p];
    }

    public String regionId(int r) {
        return regionIds[r];
    }

    /** Whether pollutant p of curve source i has a quadratic curve (else blocks, possibly none). */
    public boolean isQuadratic(int i, int p) {
        return curveKind[i * pollutants + p] == QUADRATIC;
    }

    /** Number of blocks of pollutant p of curve source i (0 for a quadratic or no curve). */
    public int blockCount(int i, int p) {
        int ip = i * pollutants + p;
        return blockStart[ip + 1] - blockStart[ip];
    }

    /** Amount of block b of pollutant p of curve source i (mass). */
    public double blockAmount(int i, int p, int b) {
        return blockAmount[blockStart[i * pollutants + p] + b];
    }

    /** Unit cost of block b of pollutant p of curve source i (money per mass). */
    public double blockCost(int i, int p, int b) {
        return blockCost[blockStart[i * pollutants + p] + b];
    }

    /** Annual cost of global option o at full application (money). */
    public double optionCost(int o) {
        return optionCost[o];
    }

    /** Removal fraction of pollutant p by global option o. */
    public double optionRemoval(int o, int p) {
        return optionRemoval[o * pollutants + p];
    }

    /** Cost of source i at abatement {@code a[i*P .. i*P+P-1]} (curves), or at the option shares (options). */
    public double sourceCost(int i, double[] abatement, double[] optionShares) {
        if (optionSource[i]) {
            double cost = 0;
            for (int o = optionStart[i]; o < optionStart[i + 1]; o++) {
                cost += optionShares[o] * optionCost[o];
            }
            return cost;
        }
        double cost = 0;
        for (int p = 0; p < pollutants; p++) {
            cost += curveCost(i * pollutants + p, abatement[i * pollutants + p]);
        }
        return cost;
    }

    /** Cost of abating {@code amount} on the curve of (source, pollutant) {@code ip}: blocks filled cheapest first. */
    double curveCost(int ip, double amount) {
        switch (curveKind[ip]) {
            case STEPS -> {
                double left = amount;
                double cost = 0;
                for (int b = blockStart[ip]; b < blockStart[ip + 1] && left > 0; b++) {
                    double take = Math.min(left, blockAmount[b]);
                    cost += take * blockCost[b];
                    left -= take;
                }
                return cost;
            }
            case QUADRATIC -> {
                return quadLinear[ip] * amount + 0.5 * quadSlope[ip] * amount * amount;
            }
            default -> {
                return 0;
            }
        }
    }

    /** Most that each region can abate of each pollutant (mass), for tolerances and scaling. */
    double[][] regionMaxima() {
        double[][] max = new double[regions][pollutants];
        for (int i = 0; i < sources; i++) {
            int r = sourceRegion[i];
            for (int p = 0; p < pollutants; p++) {
                double m = 0;
                if (optionSource[i]) {
                    for (int o = optionStart[i]; o < optionStart[i + 1]; o++) {
                        m = Math.max(m, optionRemoval[o * pollutants + p] * emissions[i * pollutants + p]);
                    }
                } else {
                    m = curveMax(i * pollutants + p);
                }
                max[r][p] += m;
            }
        }
        return max;
    }

    /** Most that (source, pollutant) {@code ip} can abate on its curve. */
    double curveMax(int ip) {
        switch (curveKind[ip]) {
            case STEPS -> {
                double max = 0;
                for (int b = blockStart[ip]; b < blockStart[ip + 1]; b++) {
                    max += blockAmount[b];
                }
                return max;
            }
            case QUADRATIC -> {
                return quadMax[ip];
            }
            default -> {
                return 0;
            }
        }
    }
}
