package org.airshed.market.trading;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.market.ledger.Quantum;

/**
 * Ambient trading as voluntary bilateral offset trades (Krupnick, Oates and Van de Verg 1983): a
 * permit lets its holder emit one unit; the regulator approves a trade only if no receptor limit
 * and not the cap can be broken by it, and sources trade only when both gain.
 * <ol>
 *   <li>Each source emits what its permits cover, between its floor (all it cannot abate) and its
 *       baseline. If the free permits would put a receptor above its limit, the regulator holds back
 *       the same fraction of what every source could still abate — the smallest that meets every
 *       limit — in a reserve.</li>
 *   <li>A seller s giving up Δs permits lets the buyer b receive Δb up to Δs + reserve, and at each
 *       receptor k that b reaches no more than raises b's emissions by (slack_k⁺ + T_ks·Δe_s) / T_kb:
 *       one for one where the limits have room, the offset ratio T_ks/T_kb where one binds; below one
 *       the rest goes to the reserve, above one the reserve supplies it. Emissions therefore always
 *       meet every limit and the permits, with the reserve, sum to those issued.</li>
 *   <li>The regulator sells the permits a trade draws from the reserve, and buys those an offset
 *       ratio below one sends to it, at the ambient cap price λ: at Montgomery's ambient equilibrium
 *       no trade then gains, so the reserve goes where it is worth most rather than to whichever pair
 *       trades first.</li>
 *   <li>A source that holds less than it must emit pays a penalty per unit short (the dearest
 *       marginal cost of any source plus one), so it buys what it cannot abate.</li>
 *   <li>Each ordered pair (buyers, then sellers, in source order) trades the Δs that maximises its
 *       joint gain: the buyer's saving minus the seller's extra cost minus t·Δs minus the reserve's
 *       price. Every permit is paid at the seller's marginal cost of the last one given — a price
 *       between the seller's and the buyer's permit values, at the seller's end, as competing
 *       sellers would ask — so neither side ends worse off than without the trade. Passes repeat
 *       until one makes no trade.</li>
 * </ol>
 * Pairwise trades stop where no two sources gain; with a binding limit that can be above the ambient
 * least cost (trades among three or more would be needed), which the report shows. O(n²) per pass.
 */
public final class VoluntaryOffsets {
    /** Passes at most; each pass that trades lowers total cost, and passes stop at the first without a trade. */
    public static final int MAX_ROUNDS = 200;
    /** A trade must gain at least this (MONEY counts), so that each side's half survives rounding to the fen. */
    private static final long LEAST_GAIN = 4;
    /** Rounding allowance when permits received are counted down to the quantum. */
    private static final double COUNT_SLACK = 1e-7;

    private final AllocationProblem p;
    private final double t;
    private final double capPrice;
    private final double penalty;
    private final double q = Quantum.PERMIT.size();
    private final long[] h;
    private final double[] slack;
    private long reserve;

    private VoluntaryOffsets(AllocationProblem p, long[] holdings, double transactionCost, double capPrice) {
        this.p = p;
        this.t = transactionCost;
        this.capPrice = capPrice;
        this.penalty = shortfallPenalty(p, capPrice);
        this.h = holdings.clone();
        this.slack = new double[p.receptorCount()];
    }

    /**
     * @param problem         sources, the cap and the receptor limits (cost objective)
     * @param free            free permits per source (PERMIT counts)
     * @param transactionCost t ≥ 0, money per permit given, paid by the buyer
     * @param capPrice        λ ≥ 0 of the ambient least cost: the reserve's price (money per mass)
     */
    public static OffsetOutcome trade(AllocationProblem problem, long[] free, double transactionCost,
                                      double capPrice) {
        if (free.length != problem.sourceCount() || !(transactionCost >= 0) || Double.isInfinite(transactionCost)
                || !(capPrice >= 0) || Double.isInfinite(capPrice)) {
            throw new IllegalArgumentException("offset trading needs one holding per source (" + problem.sourceCount()
                    + ", got " + free.length + "), a finite transaction cost ≥ 0 (got " + transactionCost
                    + ") and a finite cap price ≥ 0 (got " + capPrice + ")");
        }
        VoluntaryOffsets market = new VoluntaryOffsets(problem, free, transactionCost, capPrice);
        long withheld = market.holdBack();
        long[] kept = market.h.clone();
        List<OffsetTrade> trades = new ArrayList<>();
        int rounds = 0;
        int stopped = 0;
        boolean traded = true;
        while (traded && rounds < MAX_ROUNDS) {
            traded = false;
            rounds++;
            stopped = 0;
            for (int b = 0; b < free.length; b++) {
                for (int s = 0; s < free.length; s++) {
                    if (s == b || market.h[s] <= 0) {
                        continue;
                    }
                    OffsetTrade trade = market.best(s, b);
                    if (trade != null) {
                        market.apply(trade);
                        trades.add(trade);
                        traded = true;
                    } else if (market.gainsOneForOne(s, b)) {
                        stopped++;
                    }
                }
            }
        }
        return new OffsetOutcome(kept, withheld, trades, market.h, market.reserve, rounds, stopped);
    }

    /**
     * Holds back the least common fraction f of what every source could still abate (its emissions
     * above its floor), so that emissions meet every limit; returns the permits held back. Emitting
     * at every floor meets the limits whenever the ambient allocation is feasible, so f ≤ 1.
     */
    private long holdBack() {
        double fraction = 0;
        for (int k = 0; k < slack.length; k++) {
            slack[k] = limit(k) - concentration(k);
            if (slack[k] < 0) {
                double reducible = 0;
                for (int i = 0; i < h.length; i++) {
                    reducible += p.transfer(k, p.sourceRegion(i)) * (emissions(i, h[i]) - floor(i));
                }
                fraction = Math.max(fraction, reducible > 0 ? Math.min(1, -slack[k] / reducible) : 1);
            }
        }
        long withheld = 0;
        if (fraction > 0) {
            for (int i = 0; i < h.length; i++) {
                double e = emissions(i, h[i]);
                long keep = Math.min(h[i], (long) Math.floor((e - fraction * (e - floor(i))) / q));
                withheld += h[i] - keep;
                h[i] = keep;
            }
            for (int k = 0; k < slack.length; k++) {
                slack[k] = limit(k) - concentration(k);
            }
        }
        reserve = withheld;
        return withheld;
    }

    /**
     * What a source pays per unit it emits beyond its permits (money per mass): the dearest marginal
     * cost of any source, or λ if higher, plus one — so a source short of permits always buys.
     */
    public static double shortfallPenalty(AllocationProblem p, double capPrice) {
        double highest = capPrice;
        for (int i = 0; i < p.sourceCount(); i++) {
            if (p.maxAbatement(i) > 0) {
                highest = Math.max(highest, p.marginalCost(i, p.maxAbatement(i)));
            }
        }
        return highest + 1;
    }

    /** The pair's best trade, or null when it gains nothing worth a trade. */
    private OffsetTrade best(int s, int b) {
        if (gain(s, b, 1) <= 0) {
            return null;
        }
        // The gain is concave in Δs: find the last count that still adds to it.
        long low = 1;
        long high = h[s];
        while (low < high) {
            long mid = low + (high - low + 1) / 2;
            if (gain(s, b, mid) > gain(s, b, mid - 1)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        long given = low;
        long received = received(s, b, given);
        double sellerCost = cost(s, h[s] - given) - cost(s, h[s]);
        double buyerSaving = cost(b, h[b]) - cost(b, h[b] + received);
        long fee = Quantum.MONEY.of(t * Quantum.PERMIT.toDouble(given));
        long reservePayment = Quantum.MONEY.of(capPrice * Quantum.PERMIT.toDouble(received - given));
        long least = Quantum.MONEY.ceil(sellerCost);
        long most = Quantum.MONEY.floor(buyerSaving) - fee - reservePayment;
        if (received <= 0 || most - least < LEAST_GAIN) {
            return null;
        }
        // The seller's marginal cost of its last permit given, for every permit: what a competitive seller
        // asks. By convexity it covers the seller's extra cost; the buyer keeps the rest of the gain.
        double marginal = cost(s, h[s] - given) - cost(s, h[s] - given + 1);
        long payment = Math.max(least, Math.min(most, Quantum.MONEY.of(marginal * given)));
        return new OffsetTrade(s, b, given, received, payment, fee, reservePayment, sellerCost, buyerSaving);
    }

    /** The pair's joint gain (money) from s giving {@code given} counts. */
    private double gain(int s, int b, long given) {
        if (given == 0) {
            return 0;
        }
        long received = received(s, b, given);
        return cost(b, h[b]) - cost(b, h[b] + received) - t * given * q - capPrice * (received - given) * q
                - (cost(s, h[s] - given) - cost(s, h[s]));
    }

    /** Whether the pair would gain from a one-for-one trade of one quantum, limits aside. */
    private boolean gainsOneForOne(int s, int b) {
        return cost(b, h[b]) - cost(b, h[b] + 1) - t * q - (cost(s, h[s] - 1) - cost(s, h[s])) > 0;
    }

    /**
     * Δb in counts for Δs = {@code given} counts: the cap with the reserve, and at every receptor b
     * reaches, the buyer's extra emissions within the room left plus what the seller no longer emits.
     * Permits that only cover a shortfall, or go beyond the baseline, add no emissions.
     */
    private long received(int s, int b, long given) {
        int rs = p.sourceRegion(s);
        int rb = p.sourceRegion(b);
        double sellerCut = emissions(s, h[s]) - emissions(s, h[s] - given);
        double allowed = Double.POSITIVE_INFINITY;
        for (int k = 0; k < slack.length; k++) {
            double tb = p.transfer(k, rb);
            if (tb > 0) {
                allowed = Math.min(allowed, (Math.max(slack[k], 0) + p.transfer(k, rs) * sellerCut) / tb);
            }
        }
        double most = given + reserve;
        if (allowed < p.baseline(b) - emissions(b, h[b])) {
            double shortfall = Math.max(0, floor(b) - h[b] * q);
            most = Math.min(most, (shortfall + allowed) / q);
        }
        return Math.max(0, (long) Math.floor(most + COUNT_SLACK));
    }

    private void apply(OffsetTrade trade) {
        int s = trade.seller();
        int b = trade.buyer();
        double sellerCut = emissions(s, h[s]) - emissions(s, h[s] - trade.given());
        double buyerRise = emissions(b, h[b] + trade.received()) - emissions(b, h[b]);
        h[s] -= trade.given();
        h[b] += trade.received();
        reserve -= trade.fromReserve();
        for (int k = 0; k < slack.length; k++) {
            slack[k] += p.transfer(k, p.sourceRegion(s)) * sellerCut - p.transfer(k, p.sourceRegion(b)) * buyerRise;
        }
    }

    /** What source i emits holding {@code counts} permits: what they cover, between its floor and its baseline. */
    private double emissions(int i, long counts) {
        return Math.min(p.baseline(i), Math.max(floor(i), counts * q));
    }

    /** What source i emits at its maximum abatement (mass). */
    private double floor(int i) {
        return p.baseline(i) - p.maxAbatement(i);
    }

    /** What source i spends holding {@code counts} permits: abatement, and the penalty for any units short. */
    private double cost(int i, long counts) {
        double e = emissions(i, counts);
        return p.cost(i, p.baseline(i) - e) + penalty * Math.max(0, e - counts * q);
    }

    /** Σ_i T_k,region(i)·emissions_i: the concentration above background the holdings let through at k. */
    private double concentration(int k) {
        double total = 0;
        for (int i = 0; i < h.length; i++) {
            total += p.transfer(k, p.sourceRegion(i)) * emissions(i, h[i]);
        }
        return total;
    }

    /** The most {@link #concentration} may reach at receptor k. */
    private double limit(int k) {
        double total = -p.receptorRequirement(k);
        for (int i = 0; i < p.sourceCount(); i++) {
            total += p.transfer(k, p.sourceRegion(i)) * p.baseline(i);
        }
        return total;
    }
}
