package org.airshed.market.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.airshed.market.ledger.MoneyUnits;
import org.airshed.market.ledger.PermitUnits;

/**
 * Bilateral trades from net positions when permits may cross zones only in allowed directions.
 * The most constrained go first — buyers that may buy from the fewest zones, then, for each, the
 * sellers that may sell to the fewest — so nested rules such as RECLAIM's (inland buys from
 * anyone, coastal only from coastal) always match. Each trade is priced at the seller's zone.
 */
public final class ZoneMatcher {
    private ZoneMatcher() {
    }

    /**
     * @param net        permits bought (+) or sold (−) per holder, PermitUnits, summing to zero
     * @param zone       zone index per holder
     * @param allowed    allowed[z][z']: permits may go from zone z to zone z' (the diagonal is allowed)
     * @param zonePrice  money per mass unit a seller in each zone receives
     * @param fee        transaction cost per mass unit, paid by the buyer
     * @return the trades; any quantity left unmatched is in {@code unmatched()}
     */
    public static Result match(List<String> holders, long[] net, int[] zone, boolean[][] allowed, double[] zonePrice,
                               double fee, String idPrefix, int period) {
        int n = net.length;
        long[] left = net.clone();
        int zones = allowed.length;
        int[] buyFrom = new int[zones];
        int[] sellTo = new int[zones];
        for (int z = 0; z < zones; z++) {
            for (int y = 0; y < zones; y++) {
                if (z == y || allowed[y][z]) {
                    buyFrom[z]++;
                }
                if (z == y || allowed[z][y]) {
                    sellTo[z]++;
                }
            }
        }
        List<Integer> buyers = IntStream.range(0, n).filter(i -> net[i] > 0).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> buyFrom[zone[i]]).thenComparingInt(i -> i)).toList();
        List<Integer> sellers = IntStream.range(0, n).filter(i -> net[i] < 0).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> sellTo[zone[i]]).thenComparingInt(i -> i)).toList();
        List<Trade> trades = new ArrayList<>();
        for (int b : buyers) {
            for (int s : sellers) {
                if (left[b] == 0) {
                    break;
                }
                if (left[s] == 0 || !(zone[s] == zone[b] || allowed[zone[s]][zone[b]])) {
                    continue;
                }
                long q = Math.min(left[b], -left[s]);
                double mass = PermitUnits.toDouble(q);
                double price = zonePrice[zone[s]];
                trades.add(new Trade(idPrefix + (trades.size() + 1), period, holders.get(s), holders.get(b), q, price,
                        MoneyUnits.of(mass * price), MoneyUnits.of(mass * fee)));
                left[b] -= q;
                left[s] += q;
            }
        }
        long unmatched = 0;
        for (long q : left) {
            unmatched += Math.max(q, 0);
        }
        return new Result(trades, unmatched);
    }

    /** The trades and the permits (PermitUnits) buyers could not get along allowed directions. */
    public record Result(List<Trade> trades, long unmatched) {
        public Result {
            trades = List.copyOf(trades);
        }
    }
}
