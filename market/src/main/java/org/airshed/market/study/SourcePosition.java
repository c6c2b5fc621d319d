package org.airshed.market.study;

/**
 * One source after the market: permits in exact PERMIT counts, money in MONEY counts, the rest in the
 * scenario's units.
 *
 * @param initialPermits permits given free before trading
 * @param bought         permits bought, at auction or from other sources
 * @param sold           permits sold to other sources or given up in offset trades
 * @param netPurchase    permits bought (+) or sold (−), at auction or from other sources
 * @param held           permits held after trading, before compliance
 * @param surrendered    permits handed in against emissions
 * @param shortfall      emissions not covered by permits (0 when compliant)
 * @param payment        money paid for permits and transaction costs, minus money received
 * @param fees           transaction costs paid (part of {@code payment})
 * @param emissions      emissions after abatement (mass)
 * @param abatement      abatement (mass)
 * @param abatementCost  cost of that abatement (money)
 */
public record SourcePosition(String id, String region, long initialPermits, long bought, long sold,
                             long netPurchase, long held, long surrendered, long shortfall, long payment, long fees,
                             double emissions, double abatement, double abatementCost) {
}
