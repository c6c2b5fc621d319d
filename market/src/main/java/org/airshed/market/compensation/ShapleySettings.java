package org.airshed.market.compensation;

/** How Shapley is computed: the method, random orders drawn when sampled, and the confidence level of the intervals. */
record ShapleySettings(ShapleyMethod method, int permutations, double confidence) {
    static final ShapleySettings DEFAULT = new ShapleySettings(ShapleyMethod.AUTO,
            CompensationSpec.DEFAULT_PERMUTATIONS, CompensationSpec.DEFAULT_CONFIDENCE);
}
