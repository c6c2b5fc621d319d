package org.airshed.market.compensation;

/**
 * A receptor with a limit, under both plans of a scenario game (concentration units).
 *
 * @param receptor       the receptor region's id
 * @param limit          the limit the scenario writes ({@code policy.receptorLimits})
 * @param baseline       the concentration the baseline plan leaves (everyone at its duty, or at Nash)
 * @param effectiveLimit the limit every coalition is held to: the written one, raised to the
 *                       baseline concentration where the baseline alone exceeds it (duties baseline);
 *                       NaN when the game holds no coalition to a limit (Nash baseline)
 * @param cooperative    the concentration the grand coalition's plan leaves
 */
public record ReceptorOutcome(String receptor, double limit, double baseline, double effectiveLimit,
                              double cooperative) {
    /** Concentrations within this relative margin of the limit count as at it (rounding in the sums). */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    public boolean baselineExceedsLimit() {
        return exceeds(baseline, limit);
    }

    public boolean cooperativeExceedsLimit() {
        return exceeds(cooperative, limit);
    }

    private static boolean exceeds(double concentration, double limit) {
        return concentration > limit + RELATIVE_TOLERANCE * Math.max(1, Math.abs(limit));
    }
}
