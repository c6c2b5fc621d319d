package org.airshed.scenarios.generate;

/**
 * What to draw: the knobs of {@code airshed generate}, validated here so that the command line
 * and the benchmarks refuse the same values with the same words.
 *
 * @param sources       number of point sources N (≥ 1)
 * @param regions       number of regions R (1 … {@value #MAX_REGIONS})
 * @param receptors     number of receptor limits K (0 … R), set at the K most populous regions
 * @param minBlocks     fewest cost blocks per source (≥ 1)
 * @param maxBlocks     most cost blocks per source (minBlocks … {@value #MAX_BLOCKS}); each
 *                      source draws its count uniformly in [minBlocks, maxBlocks]
 * @param capShare      the cap requires this share of the largest possible total abatement, in (0, 1)
 * @param receptorShare each receptor limit requires this share of the largest possible
 *                      concentration reduction at that receptor, in (0, 1)
 * @param seed          seed of every draw; written to the scenario's {@code seed}
 */
public record GeneratorSpec(int sources, int regions, int receptors, int minBlocks, int maxBlocks,
                            double capShare, double receptorShare, long seed) {
    /** The transfer matrix is R × R; beyond this it stops being a plausible regional model. */
    public static final int MAX_REGIONS = 1_000;
    public static final int MAX_BLOCKS = 50;
    /** Keeps the builder's arrays (N × blocks) within int indices. */
    public static final int MAX_SOURCES = 20_000_000;
    public static final int DEFAULT_REGIONS = 20;
    public static final int DEFAULT_MAX_BLOCKS = 6;
    public static final double DEFAULT_SHARE = 0.6;

    public GeneratorSpec {
        check(sources >= 1 && sources <= MAX_SOURCES, "sources", sources,
                "must be between 1 and " + MAX_SOURCES);
        check(regions >= 1 && regions <= MAX_REGIONS, "regions", regions, "must be between 1 and " + MAX_REGIONS);
        check(receptors >= 0 && receptors <= regions, "receptors", receptors,
                "must be between 0 and the number of regions (" + regions + "): receptors are regions");
        check(minBlocks >= 1 && minBlocks <= MAX_BLOCKS, "min-blocks", minBlocks,
                "must be between 1 and " + MAX_BLOCKS);
        check(maxBlocks >= 1 && maxBlocks <= MAX_BLOCKS, "blocks", maxBlocks, "must be between 1 and " + MAX_BLOCKS);
        check(minBlocks <= maxBlocks, "min-blocks", minBlocks,
                "must not exceed --blocks (" + maxBlocks + ", the most blocks per source)");
        check(capShare > 0 && capShare < 1, "cap-share", capShare,
                "must be greater than 0 and less than 1 (a share of the largest possible abatement)");
        check(receptorShare > 0 && receptorShare < 1, "receptor-share", receptorShare,
                "must be greater than 0 and less than 1 (a share of the largest possible concentration reduction)");
    }

    /** The command line's defaults: 1 to 6 blocks per source, requirements at 60 %. */
    public static GeneratorSpec of(int sources, int regions, int receptors, long seed) {
        return new GeneratorSpec(sources, regions, receptors, 1, DEFAULT_MAX_BLOCKS, DEFAULT_SHARE, DEFAULT_SHARE,
                seed);
    }

    /** The same spec with exactly {@code blocks} blocks per source (the benchmarks use 5). */
    public GeneratorSpec withExactBlocks(int blocks) {
        return new GeneratorSpec(sources, regions, receptors, blocks, blocks, capShare, receptorShare, seed);
    }

    private static void check(boolean ok, String option, Object value, String reason) {
        if (!ok) {
            throw new InvalidSpecException(option, String.valueOf(value), reason);
        }
    }
}
