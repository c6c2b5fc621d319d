package org.airshed.market.auction;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.model.Checks;
import org.airshed.market.ledger.Quantum;

/**
 * Turns a source's abatement-cost curve into the demand bids of a cost-minimising source: it
 * would rather buy a permit than abate a unit that costs more. A block of {@code amount} abatable
 * at {@code unitCost} becomes a bid for {@code amount} at {@code unitCost}; the part of the
 * baseline it cannot abate (baseline − max abatement) becomes a bid at {@code mustBuyPrice}; a
 * quadratic curve (marginal cost linear + slope·a on [0, max]) is cut into {@code quadraticSteps}
 * equal-quantity steps priced at the marginal cost at each step's midpoint. Prices are rounded to
 * the nearest tick and clamped into [0, mustBuyPrice]; quantities are rounded at cumulative
 * boundaries (the must-buy boundary up, so that a source bids for all it cannot abate, unless only
 * binary noise lies above a tick; the others to nearest), so a source's bids sum to its baseline
 * rounded to ticks. Bids never exceed the baseline (the cheapest abatement is dropped first), and
 * the permits already held cover the highest-priced bids first: a source bids only for what it lacks.
 *
 * @param mustBuyPrice   price of the non-abatable part, a price cap (price ticks, &gt; 0)
 * @param quadraticSteps steps per quadratic curve (≥ 1)
 */
public record CurveBids(long mustBuyPrice, int quadraticSteps) {
    /** Relative rounding error of a difference of doubles: far below a tick, far above binary noise. */
    private static final double NOISE = 1e-12;

    public CurveBids {
        new Checks().require(mustBuyPrice > 0, "mustBuyPrice", mustBuyPrice, "must be > 0 (price ticks)")
                .require(quadraticSteps >= 1, "quadraticSteps", quadraticSteps, "must be >= 1")
                .throwIfAny();
    }

    /** Bidder name used by {@link #forAll}: {@code source-<index>}. */
    public static String bidderName(int source) {
        return "source-" + source;
    }

    /** Bids of every source, {@code holdings[i]} permits (quantity ticks) already held by source i. */
    public List<Bid> forAll(AllocationProblem problem, long[] holdings) {
        if (holdings.length != problem.sourceCount()) {
            throw new IllegalArgumentException("holdings has " + holdings.length + " entries for "
                    + problem.sourceCount() + " sources");
        }
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < holdings.length; i++) {
            bids.addAll(forSource(problem, i, bidderName(i), holdings[i]));
        }
        return bids;
    }

    /** Bids of source {@code source}, highest price first, for what {@code holdings} (quantity ticks) leaves. */
    public List<Bid> forSource(AllocationProblem problem, int source, String bidder, long holdings) {
        if (holdings < 0) {
            throw new IllegalArgumentException("holdings of source " + source + " must be >= 0 quantity ticks, got "
                    + holdings);
        }
        List<Bid> bids = new ArrayList<>();
        double baseline = problem.baseline(source);
        double cumulative = 0;
        long boundary = 0;
        for (Segment segment : segments(problem, source)) {
            cumulative = Math.min(baseline, cumulative + segment.amount);
            // What a source cannot abate it must cover in full: that boundary rounds up, the others to nearest.
            long next = Math.max(boundary, segment.mustBuy ? mustBuyBoundary(cumulative, baseline)
                    : Quantum.PERMIT.of(cumulative));
            long quantity = next - Math.max(boundary, holdings);
            if (quantity > 0) {
                bids.add(new Bid(bidder, segment.price, quantity));
            }
            boundary = next;
        }
        return bids;
    }

    /**
     * The unabatable part (mass) rounded up to quantity ticks, but binary noise just above a tick
     * (1.1 − 0.7 = 0.40000000000000013) is no tick more to cover: within {@link #NOISE} of the
     * baseline above one counts as on it. Else a cap of exactly the maximum abatement would leave that
     * tick without a permit and the price at the must-buy price.
     */
    private static long mustBuyBoundary(double unabatable, double baseline) {
        long nearest = Quantum.PERMIT.of(unabatable);
        return Math.abs(unabatable - Quantum.PERMIT.toDouble(nearest)) <= NOISE * baseline ? nearest
                : Quantum.PERMIT.ceil(unabatable);
    }

    /** The curve as (price, mass) steps, highest price first. */
    private List<Segment> segments(AllocationProblem problem, int i) {
        List<Segment> segments = new ArrayList<>();
        double unabatable = problem.baseline(i) - problem.maxAbatement(i);
        if (unabatable > 0) {
            segments.add(new Segment(mustBuyPrice, unabatable, true));
        }
        if (problem.isQuadratic(i)) {
            double width = problem.maxAbatement(i) / quadraticSteps;
            for (int k = quadraticSteps - 1; k >= 0; k--) {
                segments.add(new Segment(price(problem.quadLinear(i) + problem.quadSlope(i) * (k + 0.5) * width),
                        width, false));
            }
        } else {
            for (int b = problem.blockCount(i) - 1; b >= 0; b--) {
                segments.add(new Segment(price(problem.blockCost(i, b)), problem.blockAmount(i, b), false));
            }
        }
        return segments;
    }

    private long price(double moneyPerMass) {
        double clamped = Math.max(0, Math.min(moneyPerMass, Quantum.PRICE.toDouble(mustBuyPrice)));
        return Math.min(mustBuyPrice, Quantum.PRICE.of(clamped));
    }

    private record Segment(long price, double amount, boolean mustBuy) {
    }
}
