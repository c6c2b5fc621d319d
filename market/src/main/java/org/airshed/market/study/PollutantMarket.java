package org.airshed.market.study;

import java.util.List;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.settlement.Trade;

/**
 * The market for one capped pollutant's permits in a version-2 market: its cap (mass), the permits
 * issued under it (PERMIT counts, the cap rounded down), the clearing price (money per mass: the cap's
 * shadow price λ_p in the cap-only program), and its trades, settled on the market's one ledger.
 *
 * @param emissions Σ emissions of the pollutant after trading, as the plan gives them (mass)
 */
public record PollutantMarket(String pollutant, double cap, long permits, double clearingPrice, double emissions,
                              List<Trade> trades) {
    public PollutantMarket {
        trades = List.copyOf(trades);
    }

    /** Permits that changed hands (mass). */
    public double volume() {
        long units = 0;
        for (Trade t : trades) {
            units += t.quantity();
        }
        return Quantum.PERMIT.toDouble(units);
    }
}
