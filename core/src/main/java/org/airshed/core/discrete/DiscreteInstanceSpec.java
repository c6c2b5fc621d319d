package org.airshed.core.discrete;

/**
 * Size and tightness of a generated discrete instance.
 *
 * @param sources          number of sources (≥ 1)
 * @param regions          number of regions (≥ 1)
 * @param receptors        number of receptor limits (0 … regions)
 * @param optionsPerSource listed control options per source, besides no control (≥ 1)
 * @param targetFraction   cap requirement as a fraction of the largest achievable reduction, in (0, 1);
 *                         receptor requirements are drawn a little tighter (see the generator)
 */
public record DiscreteInstanceSpec(int sources, int regions, int receptors, int optionsPerSource,
                                   double targetFraction) {
    public DiscreteInstanceSpec {
        if (sources < 1) {
            throw new IllegalArgumentException("invalid sources: " + sources + " (must be >= 1)");
        }
        if (regions < 1) {
            throw new IllegalArgumentException("invalid regions: " + regions + " (must be >= 1)");
        }
        if (receptors < 0 || receptors > regions) {
            throw new IllegalArgumentException("invalid receptors: " + receptors + " (must be in [0, regions])");
        }
        if (optionsPerSource < 1) {
            throw new IllegalArgumentException("invalid optionsPerSource: " + optionsPerSource + " (must be >= 1)");
        }
        if (!(targetFraction > 0 && targetFraction < 1)) {
            throw new IllegalArgumentException("invalid targetFraction: " + targetFraction + " (must be in (0, 1))");
        }
    }

    /** The measured instances of docs/PERFORMANCE.md: 6 options per source, half with fixed costs, 50 % target. */
    public static DiscreteInstanceSpec of(int sources, int regions, int receptors) {
        return new DiscreteInstanceSpec(sources, regions, receptors, 6, 0.5);
    }
}
