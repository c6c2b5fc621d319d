package org.airshed.scenarios.generate;

/**
 * Sector profiles of the synthetic inventory: how common a sector is, how large its sources are
 * (lognormal baseline, t per year) and what its first abatement block costs (CNY per t).
 * Magnitudes follow the bundled yrd-so2 scenario's measures: flue-gas desulphurisation at large
 * power units is cheapest per tonne, many small "other" sources are dearest.
 */
enum Sector {
    POWER("power", 0.04, 4_000, 1.0, 1_500),
    STEEL("steel", 0.04, 2_500, 0.9, 2_500),
    CEMENT("cement", 0.10, 800, 0.8, 3_500),
    CHEMICALS("chemicals", 0.17, 300, 1.0, 5_000),
    OTHER("other", 0.65, 40, 1.2, 8_000);

    private static final Sector[] ALL = values();

    final String key;
    final double share;
    /** Median baseline emissions (t per year). */
    final double medianBaseline;
    /** Standard deviation of log baseline. */
    final double sigma;
    /** Typical unit cost of the first block at the median size (CNY per t). */
    final double baseUnitCost;

    Sector(String key, double share, double medianBaseline, double sigma, double baseUnitCost) {
        this.key = key;
        this.share = share;
        this.medianBaseline = medianBaseline;
        this.sigma = sigma;
        this.baseUnitCost = baseUnitCost;
    }

    /** The sector whose cumulative share first exceeds {@code u} ∈ [0, 1). */
    static Sector at(double u) {
        double cumulative = 0;
        for (Sector s : ALL) {
            cumulative += s.share;
            if (u < cumulative) {
                return s;
            }
        }
        return OTHER;
    }

    /** Expected baseline of one source over all sectors (t per year): Σ share · median · e^{σ²/2}. */
    static double meanBaseline() {
        double mean = 0;
        for (Sector s : ALL) {
            mean += s.share * s.medianBaseline * StrictMath.exp(0.5 * s.sigma * s.sigma);
        }
        return mean;
    }
}
