package org.airshed.market.settlement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.airshed.market.ledger.Quantum;

/**
 * Bilateral trades from net positions when permits may cross zones only in allowed directions.
 * First the equilibrium's flows between zones, arc by arc, then trades within each zone, then —
 * for what rounding or flows through a third zone leave — the most constrained first: buyers
 * that may buy from the fewest zones, then, for each, the sellers that may sell to the fewest;
 * last, where a buyer is reached only through other zones, a chain of trades passing the permits
 * through a holder in each zone between (a zone without holders passes them straight on). Each
 * trade is priced at the seller's zone.
 */
public final class ZoneMatcher {
    private ZoneMatcher() {
    }

    /**
     * @param net        permits bought (+) or sold (−) per holder, PERMIT counts, summing to zero
     * @param zone       zone index per holder
     * @param allowed    allowed[z][z']: permits may go from zone z to zone z' (the diagonal is allowed)
     * @param flows      permits the equilibrium moves from zone z to zone z' (mass)
     * @param zonePrice  money per mass unit a seller in each zone receives
     * @param fee        transaction cost per mass unit, paid by the buyer
     * @return the trades; any quantity left unmatched is in {@code unmatched()}
     */
    public static Result match(List<String> holders, long[] net, int[] zone, boolean[][] allowed, double[][] flows,
                               double[] zonePrice, double fee, String idPrefix, int period) {
        int n = net.length;
        long[] left = net.clone();
        int zones = allowed.length;
        List<Trade> trades = new ArrayList<>();
        for (int from = 0; from < zones; from++) {
            for (int to = 0; to < zones; to++) {
                if (from != to && flows[from][to] > 0) {
                    pair(holders, left, zone, from, to, Quantum.PERMIT.of(flows[from][to]), zonePrice, fee, idPrefix,
                            period, trades);
                }
            }
        }
        for (int z = 0; z < zones; z++) {
            pair(holders, left, zone, z, z, Long.MAX_VALUE, zonePrice, fee, idPrefix, period, trades);
        }
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
        for (int b : buyers) {
            for (int s : sellers) {
                if (left[b] == 0) {
                    break;
                }
                if (left[s] == 0 || !(zone[s] == zone[b] || allowed[zone[s]][zone[b]])) {
                    continue;
                }
                add(holders, left, s, b, Math.min(left[b], -left[s]), zonePrice[zone[s]], fee, idPrefix, period,
                        trades);
            }
        }
        throughOtherZones(holders, left, zone, allowed, buyers, sellers, zonePrice, fee, idPrefix, period, trades);
        long unmatched = 0;
        for (long q : left) {
            unmatched += Math.max(q, 0);
        }
        return new Result(trades, unmatched);
    }

    /**
     * What the direct pairs leave where permits reach a buyer only through other zones (the
     * equilibrium's flows may pass through a zone with no buyer or seller of its own): a chain of
     * trades along allowed directions, each zone between passing the permits on through its first
     * holder, who ends as it began.
     */
    private static void throughOtherZones(List<String> holders, long[] left, int[] zone, boolean[][] allowed,
                                          List<Integer> buyers, List<Integer> sellers, double[] zonePrice, double fee,
                                          String idPrefix, int period, List<Trade> trades) {
        int[] firstHolder = new int[allowed.length];
        Arrays.fill(firstHolder, -1);
        for (int i = left.length - 1; i >= 0; i--) {
            firstHolder[zone[i]] = i;
        }
        for (int b : buyers) {
            for (int s : sellers) {
                if (left[b] == 0) {
                    break;
                }
                if (left[s] == 0) {
                    continue;
                }
                List<Integer> between = zonesBetween(zone[s], zone[b], allowed, firstHolder);
                if (between == null) {
                    continue;
                }
                long q = Math.min(left[b], -left[s]);
                int from = s;
                for (int z : between) {
                    add(holders, left, from, firstHolder[z], q, zonePrice[zone[from]], fee, idPrefix, period, trades);
                    from = firstHolder[z];
                }
                add(holders, left, from, b, q, zonePrice[zone[from]], fee, idPrefix, period, trades);
            }
        }
    }

    /**
     * The zones with holders strictly between {@code from} and {@code to} on a shortest chain of
     * allowed directions, or null when there is no chain.
     */
    private static List<Integer> zonesBetween(int from, int to, boolean[][] allowed, int[] firstHolder) {
        int zones = allowed.length;
        int[] parent = new int[zones];
        Arrays.fill(parent, -1);
        parent[from] = from;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty() && parent[to] < 0) {
            int u = queue.poll();
            for (int v = 0; v < zones; v++) {
                if (parent[v] < 0 && allowed[u][v]) {
                    parent[v] = u;
                    queue.add(v);
                }
            }
        }
        if (parent[to] < 0) {
            return null;
        }
        // A zone without holders passes the permits straight on: no one there could hold them.
        List<Integer> between = new ArrayList<>();
        for (int z = parent[to]; z != from; z = parent[z]) {
            if (firstHolder[z] >= 0) {
                between.add(0, z);
            }
        }
        return between;
    }

    /** Sellers in zone {@code from} to buyers in zone {@code to}, in index order, up to {@code limit}. */
    private static void pair(List<String> holders, long[] left, int[] zone, int from, int to, long limit,
                             double[] zonePrice, double fee, String idPrefix, int period, List<Trade> trades) {
        long room = limit;
        int s = 0;
        int b = 0;
        while (room > 0) {
            while (s < left.length && !(zone[s] == from && left[s] < 0)) {
                s++;
            }
            while (b < left.length && !(zone[b] == to && left[b] > 0)) {
                b++;
            }
            if (s == left.length || b == left.length) {
                return;
            }
            long q = Math.min(room, Math.min(left[b], -left[s]));
            add(holders, left, s, b, q, zonePrice[from], fee, idPrefix, period, trades);
            room -= q;
        }
    }

    private static void add(List<String> holders, long[] left, int s, int b, long q, double price, double fee,
                            String idPrefix, int period, List<Trade> trades) {
        trades.add(new Trade(idPrefix + (trades.size() + 1), period, holders.get(s), holders.get(b), q, price,
                ExactPayment.of(q, price), ExactPayment.of(q, fee)));
        left[b] -= q;
        left[s] += q;
    }

    /** The trades and the permits (PERMIT counts) buyers could not get along allowed directions. */
    public record Result(List<Trade> trades, long unmatched) {
        public Result {
            trades = List.copyOf(trades);
        }
    }
}
