package org.airshed.market.study;

import java.util.List;

/**
 * A region's sources after a version-2 market: what they spent on abatement and paid for permits of
 * every pollutant together (money; payment negative: they received), and per capped pollutant.
 */
public record MultiRegionPosition(String region, double abatementCost, double payment, List<Pollutant> pollutants) {
    public MultiRegionPosition {
        pollutants = List.copyOf(pollutants);
    }

    /** The region's permits of one pollutant: mass, exact to the PERMIT quantum; payment in money. */
    public record Pollutant(String pollutant, double initialPermits, double emissions, double netPurchase,
                            double payment, double shortfall) {
    }
}
