package org.airshed.market.trading;

import java.util.List;

/**
 * Voluntary offset trading from free permits (PERMIT counts throughout).
 *
 * @param kept         free permits each source keeps after the regulator held back its share
 * @param withheld     permits held back before trading so that the holdings meet every receptor limit
 * @param trades       the trades, in the order made
 * @param holdings     each source's permits after trading
 * @param reserve      what the regulator's reserve holds at the end (retired: the limits leave no room)
 * @param rounds       passes over every ordered pair until one made no trade
 * @param stopped      pairs with a gain from one-for-one trading that the limits left without a gain
 */
public record OffsetOutcome(long[] kept, long withheld, List<OffsetTrade> trades, long[] holdings, long reserve,
                            int rounds, int stopped) {
    public OffsetOutcome {
        kept = kept.clone();
        trades = List.copyOf(trades);
        holdings = holdings.clone();
    }

    @Override
    public long[] kept() {
        return kept.clone();
    }

    @Override
    public long[] holdings() {
        return holdings.clone();
    }
}
