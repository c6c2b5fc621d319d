package org.airshed.market.study;

import java.util.List;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.permits.AllocationRule;
import org.airshed.core.util.JsonPath;

/**
 * Whether a market's money fits the ledger's long counts, bounded from above before trading
 * (review revH item 2). Every amount is a price times permits: a sale's revenue is a long count
 * of 10^-5 of the money unit in the two auctions, a payment or a balance a long count of 10^-2. The
 * bound takes the highest price a mechanism can reach, P = (max(marginal cost, floor) + 1) ·
 * (1 + r)^(periods − 1) + transaction cost (a banked price grows by 1 + r a period; the double
 * auction's orders stop at the dearest cost plus 1), in the uniform-price auction max(marginal
 * cost, reserve, triggers, bid prices) + 1 + transaction cost, twice the max when part of the cap is
 * given away (a source short of free permits bids twice the dearest cost plus 1 for what it cannot
 * abate; auctioning the whole of an attainable cap covers those bids); and the most permits that
 * can move: all of an account's sales at most
 * 2·(Σ(cap + total baseline) + reserve quantity) (issued, sold at a ceiling, traded again after an
 * auction), one auction sale at most the cap and the reserve, a double-auction fill one lot and all
 * its fills rounds × sources × lot (one order of one lot per source and round). P·(one sale) ≤
 * {@link #ONE_SALE} keeps a revenue under 9·10^18 counts, P·(all) ≤ {@link #ALL_SALES} a balance under
 * 10^18 counts: both within a long (9.22·10^18), so no amount that passes can overflow.
 *
 * <p>With several pollutants (version 2: the equilibrium without frictions, one period, no floor or
 * ceiling) the prices are the cap prices λ_p of the cap-only program as the market pays them
 * ({@link MultiClearing}), which only the solve gives: a measure cutting several pollutants ties their
 * prices together, so λ_p can exceed every option's and block's cost per unit of p (an option source
 * trading one t of p for one of q at a cost of 1 and another trading 0.999 t of p back for one of q at 1
 * price p at 2000 and q at 1999; MultiLedgerRangeTest), and no bound from the file's costs alone holds.
 * The check stage solves the program, the run trades on that solve. An account sells or buys at most the
 * permits issued of each pollutant (the regulator of an auction sells them all; a region's sources
 * together likewise), so Σ_p λ_p·cap_p ≤ {@link #ALL_SALES} bounds every payment (a MONEY count), balance
 * and region sum; the refusal names the cap of the pollutant contributing most.
 */
final class LedgerRange {
    /** Money units one sale may reach: 9·10^18 counts of 10^-5, the revenue being one long product. */
    static final double ONE_SALE = 9e13;
    /** Money units an account's sales may reach together: 10^18 counts of 10^-2. */
    static final double ALL_SALES = 1e16;
    /**
     * Mass the bids of an auction may ask for together: the auction sums them (the demand above each price) in
     * long counts of 10^-3, 10^18 of them here. Each bid is at most 10^12, so 1,000 bids of the largest fit.
     */
    static final double ALL_BIDS = 1e15;

    private LedgerRange() {
    }

    /** The refusal when {@code spec}'s money could leave the ledger's range, else null. */
    static SectionInputException problem(ScenarioProblem sp, MarketSpec spec, List<Double> caps) {
        Scenario scenario = sp.scenario();
        String money = scenario.units().money();
        double baseline = scenario.totalBaseline();
        double highestCost = 0;
        String costly = null;
        for (int i = 0; i < sp.problem().sourceCount(); i++) {
            double max = sp.problem().maxAbatement(i);
            if (max > 0 && sp.problem().marginalCost(i, max) > highestCost) {
                highestCost = sp.problem().marginalCost(i, max);
                costly = scenario.sourceId(i);
            }
        }
        String pricePath = null;
        double price = highestCost;
        if (spec.priceFloor().orElse(0) > price) {
            price = spec.priceFloor().getAsDouble();
            pricePath = "$.market.priceFloor";
        }
        AuctionSpec a = spec.mechanism() == Mechanism.UNIFORM_PRICE_AUCTION ? spec.auction() : null;
        double reserveQuantity = 0;
        if (a != null) {
            reserveQuantity = a.ccrQuantity();
            String at = "$.market.auction";
            double[] prices = {a.reservePrice(), a.ccrTrigger(), a.ecrTrigger()};
            String[] paths = {at + ".reservePrice", at + ".costContainmentReserve.trigger",
                    at + ".emissionsContainmentReserve.trigger"};
            for (int k = 0; k < prices.length; k++) {
                if (prices[k] > price) {
                    price = prices[k];
                    pricePath = paths[k];
                }
            }
            for (int b = 0; b < a.bids().size(); b++) {
                if (a.bids().get(b).price() > price) {
                    price = a.bids().get(b).price();
                    pricePath = at + ".bids[" + b + "].price";
                }
            }
        }
        double growth = 1;
        if (spec.periods() != null) {
            growth = Math.pow(1 + spec.periods().discountRate(), caps.size() - 1);
        }
        // A source short of free permits bids up to twice the dearest cost plus 1 for what it cannot abate; with
        // the whole cap auctioned the cap covers those bids (it is attainable), so the price stays at the curves'.
        boolean mustBuy = a != null && spec.allocation() != AllocationRule.AUCTION;
        double highest = ((mustBuy ? 2 * price : price) + 1) * growth + spec.transactionCost();
        double permits = reserveQuantity;
        for (double cap : caps) {
            permits += cap + baseline;
        }
        double allSales = 2 * permits;
        // Only the auctions count a sale's revenue in 10^-5; a trade's payment is a MONEY count like a balance.
        double oneSale = 0;
        if (a != null) {
            oneSale = caps.get(0) + reserveQuantity;
        } else if (spec.mechanism() == Mechanism.DOUBLE_AUCTION && spec.periods() == null) {
            DoubleAuctionSpec d = spec.doubleAuction();
            int n = Math.max(1, sp.problem().sourceCount());
            oneSale = d.lot() > 0 ? d.lot() : caps.get(0) / (100.0 * n);
            allSales = (double) d.maxRounds() * n * oneSale;
        }
        double one = highest * oneSale;
        double all = highest * allSales;
        if (one <= ONE_SALE && all <= ALL_SALES) {
            return null;
        }
        boolean single = one > ONE_SALE;
        String mass = scenario.units().mass();
        String why = beyond(single ? one : all, single, "prices up to " + ReadableNumbers.of(highest) + " " + money
                + "/" + mass + ", " + ReadableNumbers.of(single ? oneSale : allSales) + " " + mass + " of permits", money);
        if (pricePath != null) {
            return new SectionInputException(pricePath, ReadableNumbers.of(price), why);
        }
        String capPath = spec.periods() != null ? "$.market.periods.caps" : "$.policy.cap";
        String capValue = spec.periods() != null ? list(caps) : ReadableNumbers.of(caps.get(0));
        return new SectionInputException(capPath, capValue, why + (costly == null ? ""
                : "; the highest marginal cost is " + ReadableNumbers.of(highestCost) + " (source " + costly + ")"));
    }

    /**
     * The same for a version-2 market (several pollutants), from its clearing prices: the refusal at the cap of
     * the pollutant whose permits move the most money, else null.
     */
    static SectionInputException problem(MultiScenarioProblem problem, MultiClearing clearing) {
        String money = problem.scenario().units().money();
        String mass = problem.scenario().units().mass();
        double all = 0;
        int largest = -1;
        StringBuilder detail = new StringBuilder();
        for (int p : clearing.capped) {
            double value = clearing.price(p) * clearing.writtenCaps[p];
            if (value > 0) {
                detail.append(detail.length() == 0 ? "" : " + ").append(ReadableNumbers.of(clearing.writtenCaps[p]))
                        .append(' ').append(mass).append(" of ").append(problem.pollutant(p)).append(" permits at ")
                        .append(ReadableNumbers.of(clearing.price(p))).append(' ').append(money).append('/')
                        .append(mass);
                all += value;
                if (largest < 0 || value > clearing.price(largest) * clearing.writtenCaps[largest]) {
                    largest = p;
                }
            }
        }
        if (all <= ALL_SALES) {
            return null;
        }
        String pollutant = problem.pollutant(largest);
        return new SectionInputException(JsonPath.child("$.policy.caps", pollutant), ReadableNumbers.of(clearing.writtenCaps[largest]),
                beyond(all, false, detail.toString(), money) + "; " + pollutant + "'s permits clear at "
                        + ReadableNumbers.of(clearing.price(largest)) + " " + money + "/" + mass
                        + ", the marginal abatement cost of the least-cost plan under the caps");
    }

    /** Why money of {@code amount} is refused: what moves it ({@code detail}), the limit it passes, what to do. */
    private static String beyond(double amount, boolean oneSale, String detail, String money) {
        return "the market could move " + ReadableNumbers.of(amount) + " " + money
                + (oneSale ? " in one sale" : " through one account") + " (" + detail + "), beyond the "
                + ReadableNumbers.of(oneSale ? ONE_SALE : ALL_SALES) + " " + money + " the ledger counts exactly (long"
                + " counts of " + (oneSale ? "0.00001" : "0.01") + "); choose larger units (kt, million " + money + ")";
    }

    /**
     * The refusal when the quantities of {@code a}'s bids together pass {@link #ALL_BIDS}, at the bid that takes
     * them past it, else null. Sales are bounded by {@link #problem} (no auction sells more than the cap and the
     * reserve), but bids may ask for more than is sold, and the auction adds them all up.
     */
    static SectionInputException bidsProblem(AuctionSpec a, String mass) {
        double total = 0;
        for (int b = 0; b < a.bids().size(); b++) {
            double quantity = a.bids().get(b).quantity();
            total += quantity;
            if (total > ALL_BIDS) {
                return new SectionInputException("$.market.auction.bids[" + b + "].quantity",
                        ReadableNumbers.of(quantity), "brings the bids' total quantity to " + ReadableNumbers.of(total)
                        + " " + mass + ", beyond the " + ReadableNumbers.of(ALL_BIDS) + " " + mass + " the auction"
                        + " sums exactly (long counts of 0.001 " + mass + "); choose larger units (kt)");
            }
        }
        return null;
    }

    /** Caps as the file lists them: [80, 10]. */
    static String list(List<Double> caps) {
        StringBuilder b = new StringBuilder("[");
        for (int t = 0; t < caps.size(); t++) {
            b.append(t == 0 ? "" : ", ").append(ReadableNumbers.of(caps.get(t)));
        }
        return b.append(']').toString();
    }
}
