package org.airshed.market.study;

/**
 * One source's permits of one capped pollutant after a version-2 market (long form: one per source and
 * capped pollutant). Permits in PERMIT counts, money in MONEY counts, emissions and abatement in mass.
 *
 * @param initialPermits permits of this pollutant given free before trading
 * @param surrendered    permits handed in: the emissions counted in permits (see {@link MultiMarketReport})
 * @param shortfall      emissions not covered beyond rounding (0 when compliant)
 * @param payment        money paid for this pollutant's permits, minus money received for them
 * @param emissions      emissions of the pollutant in the market's plan (real-valued)
 * @param abatement      abatement of the pollutant in that plan
 */
public record SourcePollutantPosition(String id, String region, String pollutant, long initialPermits, long bought,
                                      long sold, long surrendered, long shortfall, long payment, double emissions,
                                      double abatement) {
    /** Permits bought (+) or sold (−). */
    public long netPurchase() {
        return bought - sold;
    }
}
