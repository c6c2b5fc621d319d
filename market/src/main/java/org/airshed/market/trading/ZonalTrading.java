package org.airshed.market.trading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import org.airshed.core.allocation.AllocationProblem;

/**
 * Zoned trading (RECLAIM) to the competitive equilibrium, without transaction costs. Zone z must
 * cover its sources' emissions with its own permits plus what flows in along allowed directions.
 * An allocation can be routed exactly when every zone set X that nothing may flow into (closed
 * under "may sell to") abates at least its own shortfall D_X = Σ_{i∈X} (baseline_i − permits_i)
 * (Gale's supply–demand theorem with unlimited arc capacities).
 *
 * <p>Prices are the duals: maximise Σ_z h_z(p_z) subject to p_z ≥ p_z' for every allowed z → z'
 * and p ≥ 0, with h_z concave (an isotonic problem on the zones' order). Solved level by level,
 * highest first: the top price is the largest least clearing price of a closed zone set, and the
 * zones at that price are the smallest closed set maximising Σ_z (D_z − supply_z just below it)
 * (the threshold theorem of convex closure problems; ties in that sum broken by the supply's
 * slope there). Then the permits are routed by a maximum flow within each price level: what
 * zones abate strictly below their price is shipped first, units priced exactly at it only as
 * needed. Exact for step and quadratic curves; zones are enumerated by subsets, so at most
 * {@link ZoneRules#MAX_ZONES}.
 */
public final class ZonalTrading {
    private static final double TOLERANCE = 1e-12;
    /** Relative tolerance for sums compared across zone sets, and for the flow's completeness. */
    private static final double SUM_TOLERANCE = 1e-11;

    private final AllocationProblem sources;
    private final ZoneRules rules;
    private final int zones;
    private final double[] own;
    private final double[] permits;
    private final double[] shortfall;
    private final SupplyCurve[] zoneCurve;
    /** reach[u][v]: permits may flow from u to v along allowed directions (u reaches u). */
    private final boolean[][] reach;
    private final double scale;
    /** Least clearing price per zone set, NaN until computed: a closed set's price does not change between levels. */
    private final double[] clearing;

    private ZonalTrading(AllocationProblem sources, double[] permits, ZoneRules rules) {
        this.sources = sources;
        this.rules = rules;
        this.zones = rules.zoneCount();
        int n = sources.sourceCount();
        this.own = new double[n];
        this.permits = permits;
        this.shortfall = new double[zones];
        double size = 0;
        for (int i = 0; i < n; i++) {
            own[i] = sources.baseline(i) - permits[i];
            shortfall[rules.zoneOf(i)] += own[i];
            size += Math.abs(own[i]) + sources.maxAbatement(i);
        }
        this.scale = 1 + size;
        this.clearing = new double[1 << zones];
        Arrays.fill(clearing, Double.NaN);
        this.zoneCurve = new SupplyCurve[zones];
        for (int z = 0; z < zones; z++) {
            zoneCurve[z] = curve(1 << z);
        }
        this.reach = new boolean[zones][zones];
        for (int u = 0; u < zones; u++) {
            for (int v = 0; v < zones; v++) {
                reach[u][v] = rules.allows(u, v);
            }
        }
        for (int k = 0; k < zones; k++) {
            for (int u = 0; u < zones; u++) {
                for (int v = 0; v < zones; v++) {
                    reach[u][v] |= reach[u][k] && reach[k][v];
                }
            }
        }
    }

    /**
     * @param sources baselines and abatement cost curves (mass, money); cap, receptors and welfare
     *                weights play no part
     * @param permits initial permits per source (mass ≥ 0)
     * @param rules   zone of each source and the allowed directions
     * @throws IllegalArgumentException if the inputs disagree, or if some zones that may buy only
     *                                  from each other cannot cover their emissions
     */
    public static ZonalEquilibrium solve(AllocationProblem sources, double[] permits, ZoneRules rules) {
        EquilibriumTrading.checkPermits(permits, sources.sourceCount());
        if (rules.zoneOfSource().length != sources.sourceCount()) {
            throw new IllegalArgumentException("zone rules name " + rules.zoneOfSource().length + " sources, the problem has "
                    + sources.sourceCount());
        }
        ZonalTrading market = new ZonalTrading(sources, permits, rules);
        return market.route(market.prices());
    }

    /** Zone prices, highest level first. */
    private double[] prices() {
        double[] price = new double[zones];
        int remaining = (1 << zones) - 1;
        while (remaining != 0) {
            List<Integer> closed = closedSubsets(remaining);
            double top = 0;
            for (int mask : closed) {
                top = Math.max(top, clearingPrice(mask));
            }
            if (top == 0) {
                break;
            }
            double[] level = new double[zones];
            double[] slope = new double[zones];
            for (int z = 0; z < zones; z++) {
                level[z] = shortfall[z] - zoneCurve[z].strict(top);
                slope[z] = zoneCurve[z].slopeBelow(top);
            }
            int chosen = smallestBest(closed, level, slope);
            if (chosen == 0) {
                throw new IllegalStateException("no zone set at the top price " + top + ": inconsistent supply curves");
            }
            for (int z = 0; z < zones; z++) {
                if ((chosen >> z & 1) != 0) {
                    price[z] = top;
                }
            }
            remaining &= ~chosen;
        }
        return price;
    }

    /** Non-empty subsets of {@code within} that no zone of {@code within} outside them may sell to. */
    private List<Integer> closedSubsets(int within) {
        List<Integer> out = new ArrayList<>();
        for (int mask = within; mask != 0; mask = (mask - 1) & within) {
            boolean closed = true;
            for (int v = 0; v < zones && closed; v++) {
                if ((mask >> v & 1) == 0) {
                    continue;
                }
                for (int u = 0; u < zones; u++) {
                    if ((within >> u & 1) != 0 && (mask >> u & 1) == 0 && reach[u][v]) {
                        closed = false;
                        break;
                    }
                }
            }
            if (closed) {
                out.add(mask);
            }
        }
        return out;
    }

    /** Least price at which the zones of {@code mask}, on their own, cover their shortfall. */
    private double clearingPrice(int mask) {
        if (Double.isNaN(clearing[mask])) {
            clearing[mask] = computeClearingPrice(mask);
        }
        return clearing[mask];
    }

    private double computeClearingPrice(int mask) {
        SupplyCurve curve = curve(mask);
        double target = 0;
        for (int z = 0; z < zones; z++) {
            if ((mask >> z & 1) != 0) {
                target += shortfall[z];
            }
        }
        double most = curve.maximum();
        if (target > most) {
            if (target > most + TOLERANCE * scale) {
                throw new Uncovered(members(mask), target, most, "zones " + names(mask)
                        + " may buy only from each other and need " + target + " abated, but can abate at most " + most
                        + " (short by " + (target - most) + ")");
            }
            target = most;
        }
        // On a block boundary every price up to the next block clears: the written decimals pick the least.
        WrittenSupply written = new WrittenSupply(sources, sourcesIn(mask), permits, 0);
        return written.leastPrice(curve, curve.leastPrice(target), target, written.scale());
    }

    /**
     * The intersection of the closed sets maximising (Σ level, then Σ slope): the smallest maximiser,
     * since maximisers of a modular function over a lattice of sets are closed under intersection.
     */
    private int smallestBest(List<Integer> closed, double[] level, double[] slope) {
        double bestLevel = Double.NEGATIVE_INFINITY;
        double bestSlope = Double.NEGATIVE_INFINITY;
        double slopeScale = 0;
        for (double s : slope) {
            slopeScale += s;
        }
        double levelTol = SUM_TOLERANCE * scale;
        double slopeTol = SUM_TOLERANCE * (slopeScale + Double.MIN_NORMAL);
        double[] sumLevel = new double[closed.size()];
        double[] sumSlope = new double[closed.size()];
        for (int k = 0; k < closed.size(); k++) {
            int mask = closed.get(k);
            for (int z = 0; z < zones; z++) {
                if ((mask >> z & 1) != 0) {
                    sumLevel[k] += level[z];
                    sumSlope[k] += slope[z];
                }
            }
            if (sumLevel[k] > bestLevel + levelTol
                    || (sumLevel[k] >= bestLevel - levelTol && sumSlope[k] > bestSlope + slopeTol)) {
                bestLevel = sumLevel[k];
                bestSlope = sumSlope[k];
            }
        }
        int chosen = (1 << zones) - 1;
        for (int k = 0; k < closed.size(); k++) {
            if (sumLevel[k] >= bestLevel - levelTol && sumSlope[k] >= bestSlope - slopeTol) {
                chosen &= closed.get(k);
            }
        }
        return chosen;
    }

    /** Abatement per source and flows per zone pair at the given zone prices. */
    private ZonalEquilibrium route(double[] price) {
        int n = sources.sourceCount();
        double[] abatement = new double[n];
        double[][] flow = new double[zones][zones];
        double[] unused = new double[zones];
        boolean[] done = new boolean[zones];
        for (int first = 0; first < zones; first++) {
            if (done[first]) {
                continue;
            }
            int group = 0;
            for (int z = first; z < zones; z++) {
                if (price[z] == price[first]) {
                    group |= 1 << z;
                    done[z] = true;
                }
            }
            routeLevel(group, price[first], abatement, flow, unused);
        }
        double[] emissions = new double[n];
        double cost = 0;
        for (int i = 0; i < n; i++) {
            emissions[i] = sources.baseline(i) - abatement[i];
            cost += sources.cost(i, abatement[i]);
        }
        double[] netImport = new double[zones];
        for (int u = 0; u < zones; u++) {
            for (int v = 0; v < zones; v++) {
                netImport[v] += flow[u][v];
                netImport[u] -= flow[u][v];
            }
        }
        return new ZonalEquilibrium(price, flow, abatement, emissions, netImport, unused, cost);
    }

    /**
     * Routes one price level: phase 1 ships what the zones abate strictly below the price (which
     * must all be used when the price is positive), phase 2 adds units priced exactly at it.
     */
    private void routeLevel(int group, double p, double[] abatement, double[][] flowOut, double[] unused) {
        int source = zones;
        int sink = zones + 1;
        int ties = zones + 2;
        ZoneFlow network = new ZoneFlow(zones + 3, 1e-15 * scale);
        double[] surplus = new double[zones];
        double mandatory = 0;
        double demand = 0;
        for (int z = 0; z < zones; z++) {
            if ((group >> z & 1) == 0) {
                continue;
            }
            surplus[z] = zoneCurve[z].strict(p) - shortfall[z];
            network.setCapacity(source, z, Math.max(surplus[z], 0));
            network.setCapacity(z, sink, Math.max(-surplus[z], 0));
            network.setCapacity(ties, z, zoneCurve[z].inclusive(p) - zoneCurve[z].strict(p));
            mandatory += Math.max(surplus[z], 0);
            demand += Math.max(-surplus[z], 0);
            for (int v = 0; v < zones; v++) {
                if (v != z && (group >> v & 1) != 0 && rules.allows(z, v)) {
                    network.setCapacity(z, v, Double.POSITIVE_INFINITY);
                }
            }
        }
        double shipped = network.augment(source, sink);
        if (p > 0 && shipped < mandatory - SUM_TOLERANCE * scale) {
            throw new IllegalStateException("zones " + names(group) + " at price " + p + " cannot ship " + mandatory
                    + " abated below the price (only " + shipped + "): inconsistent prices");
        }
        network.setCapacity(source, ties, Double.POSITIVE_INFINITY);
        shipped += network.augment(source, sink);
        if (shipped < demand - SUM_TOLERANCE * scale) {
            throw new IllegalStateException("zones " + names(group) + " at price " + p + " meet only " + shipped
                    + " of their shortfall " + demand + ": inconsistent prices");
        }
        for (int z = 0; z < zones; z++) {
            if ((group >> z & 1) == 0) {
                continue;
            }
            double[] fill = zoneCurve[z].fill(p, Math.max(network.flow(ties, z), 0));
            for (int i = 0; i < fill.length; i++) {
                if (rules.zoneOf(i) == z) {
                    abatement[i] = fill[i];
                }
            }
            unused[z] = Math.max(surplus[z], 0) - Math.max(network.flow(source, z), 0);
            for (int v = 0; v < zones; v++) {
                if ((group >> v & 1) != 0 && network.flow(z, v) > 0) {
                    flowOut[z][v] = network.flow(z, v);
                }
            }
        }
    }

    private SupplyCurve curve(int mask) {
        SupplyCurve.Builder builder = SupplyCurve.builder(sources.sourceCount());
        for (int i = 0; i < sources.sourceCount(); i++) {
            if ((mask >> rules.zoneOf(i) & 1) != 0) {
                SourcePieces.add(builder, i, sources, i);
            }
        }
        return builder.build();
    }

    /** The sources in the zones of {@code mask}. */
    private int[] sourcesIn(int mask) {
        return java.util.stream.IntStream.range(0, sources.sourceCount())
                .filter(i -> (mask >> rules.zoneOf(i) & 1) != 0).toArray();
    }

    private int[] members(int mask) {
        return java.util.stream.IntStream.range(0, zones).filter(z -> (mask >> z & 1) != 0).toArray();
    }

    /**
     * Zones (indices of {@link ZoneRules}) that may buy only from one another and cannot cover their
     * shortfall: the market cannot clear. Carries the figures so that a caller can name the zones.
     */
    public static final class Uncovered extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int[] zones;
        private final double need;
        private final double most;

        Uncovered(int[] zones, double need, double most, String message) {
            super(message);
            this.zones = zones.clone();
            this.need = need;
            this.most = most;
        }

        public int[] zones() {
            return zones.clone();
        }

        /** What the zones must abate between them. */
        public double need() {
            return need;
        }

        /** The most they can abate. */
        public double most() {
            return most;
        }
    }

    private String names(int mask) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (int z = 0; z < zones; z++) {
            if ((mask >> z & 1) != 0) {
                out.add(Integer.toString(z));
            }
        }
        return out.toString();
    }
}
