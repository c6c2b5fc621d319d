package org.airshed.market.orderbook;

import java.util.List;

/**
 * Outcome of a {@link DoubleAuctionMarket} run. Holdings in quantity ticks, per source; the arrays
 * are owned by the result and must not be modified.
 *
 * @param trades          every trade, in execution order
 * @param initialHoldings permits held at the start
 * @param finalHoldings   permits held at the end (same total)
 * @param rounds          rounds run
 * @param seed            seed of every random choice of the run
 */
public record DoubleAuctionResult(List<DoubleAuctionTrade> trades, long[] initialHoldings, long[] finalHoldings, int rounds,
                                  long seed) {
    public DoubleAuctionResult {
        trades = List.copyOf(trades);
    }
}
