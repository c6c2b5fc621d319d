package org.airshed.market.trading;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.market.ledger.Quantum;

/**
 * Single-period trading from initial permits to the competitive equilibrium, one zone, with a
 * per-unit transaction cost t ≥ 0 paid by the buyer: sellers receive p, buyers pay p + t.
 *
 * <p>With a_i0 = baseline_i − permits_i (the abatement that would cover source i's own emissions),
 * the equilibrium minimises Σ C_i(a_i) + t·Σ max(0, a_i0 − a_i) subject to Σ a_i ≥ Σ a_i0, and the
 * seller price p is the dual of that constraint: each source's curve, with the units below a_i0
 * made t cheaper (abating them saves buying at p + t), is still convex, so the market clears at
 * the least p where the summed responses reach Σ a_i0 (Montgomery 1972 when t = 0; Stavins 1995
 * when t &gt; 0). Found over the curves' breakpoints; where the requirement sits exactly on a
 * block boundary (every price from that block's cost to the next clears) the sums are decided in the
 * written decimals ({@link WrittenSupply}), so p is the least clearing price, the allocation's λ at
 * t = 0, whichever way the permits were split. Units below the price are always taken, units priced
 * exactly at it in source order.
 *
 * <p>Only the sources' baselines and cost curves are used: the problem's cap, receptor rows and
 * welfare weights play no part.
 */
public final class EquilibriumTrading {
    /** Relative shortfall of the permits forgiven as floating-point rounding. */
    private static final double TOLERANCE = 1e-12;
    /**
     * Absolute shortfall forgiven: permits are issued rounded down to the ledger's quantum, so a cap
     * at exactly the most the sources can abate leaves them short by less than one quantum.
     */
    private static final double QUANTUM = Quantum.PERMIT.size();

    private EquilibriumTrading() {
    }

    /**
     * @param sources         baselines and abatement cost curves (mass, money)
     * @param permits         initial permits per source (mass ≥ 0)
     * @param transactionCost t ≥ 0 per unit bought (money per mass)
     * @throws IllegalArgumentException if an input is invalid, or if the permits cannot cover
     *                                  emissions even with every source at its maximum abatement
     */
    public static TradingEquilibrium solve(AllocationProblem sources, double[] permits, double transactionCost) {
        int n = sources.sourceCount();
        checkPermits(permits, n);
        if (!Double.isFinite(transactionCost) || transactionCost < 0) {
            throw new IllegalArgumentException("transaction cost must be finite and ≥ 0, got " + transactionCost);
        }
        double[] own = new double[n];
        double required = 0;
        double scale = 0;
        int blocks = n;
        for (int i = 0; i < n; i++) {
            blocks += sources.blockCount(i);
        }
        // Each block is one piece, or two where the wedge splits it (at most one per source).
        SupplyCurve.Builder builder = SupplyCurve.builder(n, blocks);
        for (int i = 0; i < n; i++) {
            own[i] = sources.baseline(i) - permits[i];
            required += own[i];
            scale += Math.abs(sources.baseline(i)) + permits[i];
            SourcePieces.add(builder, i, sources, i, own[i], transactionCost, 1);
        }
        SupplyCurve curve = builder.build();
        double most = curve.maximum();
        if (required > most) {
            if (required > most + QUANTUM + TOLERANCE * (Math.abs(most) + Math.abs(required))) {
                throw new IllegalArgumentException("the permits cover emissions only if the sources abate " + required
                        + " in total, but they can abate at most " + most + " (short by " + (required - most) + ")");
            }
            required = most;
        }
        double price = curve.leastPrice(required);
        if (price == Double.POSITIVE_INFINITY && required >= most * (1 - TOLERANCE)) {
            // Every source abates all it can: the price is the dearest piece, not +∞.
            price = curve.fullSupplyPrice();
        }
        // On a block boundary every price up to the next block clears: the written decimals pick the least.
        price = new WrittenSupply(sources, WrittenSupply.all(sources), permits, transactionCost)
                .leastPrice(curve, price, required, scale + most);
        double[] abatement = curve.fill(price, Math.max(required - curve.strict(price), 0));
        return settle(sources, own, abatement, price, transactionCost);
    }

    /** The same permits traded at t = 0 and at t (Stavins). */
    public static TransactionCostEffect compare(AllocationProblem sources, double[] permits, double transactionCost) {
        return new TransactionCostEffect(solve(sources, permits, 0), solve(sources, permits, transactionCost));
    }

    /**
     * Net purchases from the abatements: a_i0 − a_i. At price 0 the sellers may hold more than the
     * buyers want; then each seller sells the same share of its surplus and keeps the rest unused.
     */
    private static TradingEquilibrium settle(AllocationProblem sources, double[] own, double[] abatement, double price,
                                             double t) {
        int n = own.length;
        double[] net = new double[n];
        double[] emissions = new double[n];
        double bought = 0;
        double offered = 0;
        double cost = 0;
        for (int i = 0; i < n; i++) {
            net[i] = own[i] - abatement[i];
            emissions[i] = sources.baseline(i) - abatement[i];
            cost += sources.cost(i, abatement[i]);
            if (net[i] > 0) {
                bought += net[i];
            } else {
                offered -= net[i];
            }
        }
        double unused = 0;
        if (offered > bought) {
            double share = offered > 0 ? bought / offered : 0;
            for (int i = 0; i < n; i++) {
                if (net[i] < 0) {
                    net[i] *= share;
                }
            }
            unused = offered - bought;
        }
        return new TradingEquilibrium(t, price, abatement, emissions, net, bought, cost, t * bought, unused);
    }

    static void checkPermits(double[] permits, int sources) {
        if (permits.length != sources) {
            throw new IllegalArgumentException("permits: one per source expected (" + sources + "), got " + permits.length);
        }
        for (int i = 0; i < permits.length; i++) {
            if (!Double.isFinite(permits[i]) || permits[i] < 0) {
                throw new IllegalArgumentException("permits[" + i + "] must be finite and ≥ 0, got " + permits[i]);
            }
        }
    }
}
