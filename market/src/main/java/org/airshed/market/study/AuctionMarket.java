package org.airshed.market.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.study.ReadableNumbers;
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
        long[] free = MarketStudy.freePermits(sp, spec, freeTotal(spec, cap));
        long supply = supply(cap, free);
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

    /** Permits (mass) the allocation rule gives away of {@code cap}: the part {@code auction.share} does not sell. */
    static double freeTotal(MarketSpec spec, double cap) {
        return spec.allocation() == AllocationRule.AUCTION ? 0 : cap * (1 - spec.auction().share());
    }

    /** Permits the regulator auctions (quantity ticks): the cap as issued, less those given away. */
    static long supply(double cap, long[] free) {
        long given = 0;
        for (long q : free) {
            given += q;
        }
        return MarketStudy.issuable(cap) - given;
    }

    /**
     * What keeps {@code a} from making {@link AuctionRules} with {@code supply} permits for sale, in
     * the file's fields: each reserve at least a quantum or none, its trigger above the reserve price
     * (to the cent), the ECR trigger not above the CCR's, and the ECR less than the permits auctioned
     * (it withholds some, never all; with none auctioned, it has nothing to withhold). Empty when
     * {@link #rules} will succeed. An auction of no permits is valid: the bids then only set the price.
     */
    static List<SectionInputException> problems(AuctionSpec a, long supply, String massUnit) {
        String at = "$.market.auction.";
        List<SectionInputException> problems = new ArrayList<>();
        long reserve = Quantum.PRICE.of(a.reservePrice());
        long ccr = reserveTicks(at + "costContainmentReserve.quantity", a.ccrQuantity(), problems);
        long ecr = reserveTicks(at + "emissionsContainmentReserve.quantity", a.ecrQuantity(), problems);
        if (ccr > 0 && Quantum.PRICE.of(a.ccrTrigger()) <= reserve) {
            problems.add(new SectionInputException(at + "costContainmentReserve.trigger", ReadableNumbers.of(
                    a.ccrTrigger()), "must be above the reservePrice " + ReadableNumbers.of(a.reservePrice())
                    + " (to the cent)"));
        }
        if (ecr > 0 && Quantum.PRICE.of(a.ecrTrigger()) <= reserve) {
            problems.add(new SectionInputException(at + "emissionsContainmentReserve.trigger", ReadableNumbers.of(
                    a.ecrTrigger()), "must be above the reservePrice " + ReadableNumbers.of(a.reservePrice())
                    + " (to the cent)"));
        }
        if (ccr > 0 && ecr > 0 && Quantum.PRICE.of(a.ecrTrigger()) > Quantum.PRICE.of(a.ccrTrigger())) {
            problems.add(new SectionInputException(at + "emissionsContainmentReserve.trigger", ReadableNumbers.of(
                    a.ecrTrigger()), "must not exceed costContainmentReserve.trigger " + ReadableNumbers.of(
                    a.ccrTrigger()) + ": else fewer permits would be offered at a higher price"));
        }
        if (ecr > 0 && ecr >= supply) {
            String auctioned = Quantum.PERMIT.toDecimal(supply).stripTrailingZeros().toPlainString();
            problems.add(new SectionInputException(at + "emissionsContainmentReserve.quantity", ReadableNumbers.of(
                    a.ecrQuantity()), "must be less than the " + auctioned + " " + massUnit + " auctioned (the cap,"
                    + " rounded down to " + Quantum.PERMIT.toPlainString(1) + ", less what the allocation rule gives"
                    + " away): the reserve withholds some, never all"));
        }
        return problems;
    }

    /** A reserve's quantity in quantity ticks: 0 is no reserve; a positive quantity below one tick is refused. */
    private static long reserveTicks(String path, double quantity, List<SectionInputException> problems) {
        long ticks = Quantum.PERMIT.of(quantity);
        if (quantity > 0 && ticks == 0) {
            problems.add(new SectionInputException(path, ReadableNumbers.of(quantity), "must be 0 (no reserve) or at"
                    + " least " + Quantum.PERMIT.toPlainString(1) + " (permits are counted in thousandths)"));
        }
        return ticks;
    }

    /** The auction's rules; {@link #problems} has refused every file for which they would not hold. */
    private static AuctionRules rules(AuctionSpec a, long supply) {
        AuctionRules rules = AuctionRules.of(supply, Quantum.PRICE.of(a.reservePrice()))
                .withUndersubscription(a.cancelIfUndersubscribed() ? Undersubscription.CANCEL
                        : Undersubscription.SELL_AT_RESERVE);
        if (Quantum.PERMIT.of(a.ccrQuantity()) > 0) {
            rules = rules.withCostContainmentReserve(Quantum.PRICE.of(a.ccrTrigger()),
                    Quantum.PERMIT.of(a.ccrQuantity()));
        }
        if (Quantum.PERMIT.of(a.ecrQuantity()) > 0) {
            rules = rules.withEmissionsContainmentReserve(Quantum.PRICE.of(a.ecrTrigger()),
                    Quantum.PERMIT.of(a.ecrQuantity()));
        }
        return rules;
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
