package org.airshed.market.study;

/**
 * A receptor's air after trading (concentration units): background plus what the sources emit
 * through the transfer matrix, against the policy's limit there. With several periods, the worst.
 *
 * @param period        the period of this concentration (0 for a single-period market)
 * @param concentration background_j + Σ_r transfer[j][r] · emissions_r after the market
 * @param limit         the receptor limit of the policy
 * @param resolution    how far the ledger's rounding (one quantum per source) can move the concentration
 */
public record ReceptorOutcome(String receptor, int period, double concentration, double limit, double resolution) {
    /** Above the limit by more than the ledger's rounding can explain. */
    public boolean exceeded() {
        return concentration - limit > resolution;
    }

    /** Concentration minus limit (positive: above it). */
    public double excess() {
        return concentration - limit;
    }
}
