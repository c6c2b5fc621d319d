package org.airshed.market.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.auction.AuctionResult;
import org.airshed.market.auction.AuctionRules;
import org.airshed.market.auction.AuctionStatus;
import org.airshed.market.auction.Bid;
import org.airshed.market.auction.CurveBids;
import org.airshed.market.auction.Undersubscription;
import org.airshed.market.auction.UniformPriceAuction;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;

/**
 * The uniform-price sealed-bid auction of the permits the allocation rule does not give away,
 * with RGGI's reserve price and containment reserves. Bids come from the scenario or from each
 * source's cost curve; the regulator sells, winners pay the clearing price, and each source then
 * emits what its permits cover, abating the rest where it can.
 */
final class AuctionMarket {
    private AuctionMarket() {
    }

    static MarketReport run(ScenarioProblem sp, MarketSpec spec, long seed, double cap) {
        AuctionSpec a = spec.auction();
        AllocationProblem p = sp.problem();
        MarketRun run = new MarketRun(sp, spec, seed, MarketStudy.assetZones(sp, spec));
        double freeTotal = spec.allocation() == AllocationRule.AUCTION ? 0 : cap * (1 - a.share());
        long[] free = MarketStudy.freePermits(sp, spec, freeTotal);
        long given = 0;
        for (long q : free) {
            given += q;
        }
        long supply = MarketStudy.issuable(cap) - given;
        AuctionRules rules = rules(a, supply);
        List<Bid> bids = bids(a, p, run, free);
        AuctionResult result = UniformPriceAuction.clear(bids, rules, seed);
        // The cost-containment reserve is sold above the cap: the cap record says how much.
        run.declareCap(spec.vintage(), cap, result.ccrReleased());
        run.issueFree(free, spec.vintage());
        String auctionId = "auction-" + spec.vintage();
        run.issueToRegulator(auctionId + "-supply", supply, spec.vintage());
        run.issueToRegulator(auctionId + "-ccr", result.ccrReleased(), spec.vintage());
        run.book.retire(auctionId + "-ecr", MarketLedger.REGULATOR, run.book.asset(spec.vintage(), "all"),
                result.ecrWithheld());
        double price = result.clearingPrice().isPresent() ? Quantum.PRICE.toDouble(result.clearingPrice().getAsLong())
                : Double.NaN;
        long[] won = new long[run.sources()];
        for (int b = 0; b < bids.size(); b++) {
            won[run.index(bids.get(b).bidder())] += result.award(b);
        }
        int count = 0;
        for (int i = 0; i < won.length; i++) {
            if (won[i] > 0) {
                long payment = Quantum.payment(result.clearingPrice().getAsLong(), won[i]);
                run.settle(new Trade("A" + (++count), 0, MarketLedger.REGULATOR, run.holders.get(i), won[i], price,
                        payment, 0));
            }
        }
        run.emitWhatPermitsCover();
        run.comply(0, run.emissions, spec.vintage());
        if (result.status() == AuctionStatus.CANCELLED) {
            run.notes.add("the auction was cancelled: demand at the reserve price fell short of the supply");
        }
        return run.finish(result.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), price, price, 0,
                Double.NaN, run.leastCost(cap), result, null, null, List.of());
    }

    private static AuctionRules rules(AuctionSpec a, long supply) {
        try {
            AuctionRules rules = AuctionRules.of(supply, Quantum.PRICE.of(a.reservePrice()))
                    .withUndersubscription(a.cancelIfUndersubscribed() ? Undersubscription.CANCEL
                            : Undersubscription.SELL_AT_RESERVE);
            if (a.ccrQuantity() > 0) {
                rules = rules.withCostContainmentReserve(Quantum.PRICE.of(a.ccrTrigger()), Quantum.PERMIT.of(a.ccrQuantity()));
            }
            if (a.ecrQuantity() > 0) {
                rules = rules.withEmissionsContainmentReserve(Quantum.PRICE.of(a.ecrTrigger()),
                        Quantum.PERMIT.of(a.ecrQuantity()));
            }
            return rules;
        } catch (IllegalArgumentException e) {
            throw new SectionInputException("$.market.auction", null, "the auction's rules do not hold together: "
                    + e.getMessage());
        }
    }

    private static List<Bid> bids(AuctionSpec a, AllocationProblem p, MarketRun run, long[] free) {
        List<Bid> bids = new ArrayList<>();
        if (!a.bids().isEmpty()) {
            for (AuctionSpec.BidSpec bid : a.bids()) {
                bids.add(new Bid(bid.bidder(), Quantum.PRICE.of(bid.price()), Quantum.PERMIT.of(bid.quantity())));
            }
            return bids;
        }
        // The must-buy price only ranks what a source cannot abate above every other bid, reserve and
        // trigger; it sets the price only when those parts alone exceed the permits sold.
        double highest = Math.max(Math.max(a.reservePrice(), a.ccrTrigger()), run.highestMarginalCost());
        CurveBids curves = new CurveBids(Quantum.PRICE.ceil(2 * highest + 1), a.quadraticSteps());
        for (int i = 0; i < p.sourceCount(); i++) {
            bids.addAll(curves.forSource(p, i, run.holders.get(i), free[i]));
        }
        return bids;
    }
}
