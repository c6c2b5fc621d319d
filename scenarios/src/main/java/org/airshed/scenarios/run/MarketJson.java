package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.airshed.market.auction.AuctionResult;
import org.airshed.market.ledger.ConservationReport;
import org.airshed.market.ledger.MoneyTotals;
import org.airshed.market.ledger.PermitTotals;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.ReceptorOutcome;
import org.airshed.market.study.RegionPosition;

/**
 * The {@code market} part of summary.json: docs/FORMAT.md's {@code clearingPrice}, {@code volume} and
 * per-region {@code initialPermits}, {@code emissions}, {@code netPurchase}, {@code payment},
 * {@code receptors}, {@code issuance} and {@code journal}, plus the additions the README lists
 * (costs, present values, the conservation report, the auction, zones, ambient trading, periods).
 * Undefined numbers are null.
 */
final class MarketJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How the present values discount, stated in summary.json beside them. */
    static final String DISCOUNTING = "period t's costs are divided by (1 + r)^t: period 0 is today, undiscounted;"
            + " r is periods.discountRate, the rate at which the banked price rises";

    private MarketJson() {
    }

    static ObjectNode of(MarketReport r) {
        ObjectNode node = head(r.spec(), r.status());
        node.put("pollutant", r.spec().pollutant());
        node.put("seed", r.seed());
        SummaryJson.number(node, "clearingPrice", r.clearingPrice());
        SummaryJson.number(node, "buyerPrice", r.buyerPrice());
        SummaryJson.number(node, "volume", r.volume());
        node.put("trades", r.trades().size());
        SummaryJson.number(node, "transactionCost", r.spec().transactionCost());
        SummaryJson.number(node, "abatementCost", r.abatementCost());
        SummaryJson.number(node, "transactionCosts", r.transactionCosts());
        SummaryJson.number(node, "totalCost", r.totalCost());
        SummaryJson.number(node, "frictionlessCost", r.frictionlessCost());
        SummaryJson.number(node, "lossVsFrictionless", r.lossVsFrictionless());
        SummaryJson.number(node, "leastCost", r.leastCost());
        if (!r.periods().isEmpty()) {
            SummaryJson.number(node, "discountRate", r.spec().periods() == null ? 0 : r.spec().periods().discountRate());
            node.put("discounting", DISCOUNTING);
            SummaryJson.number(node, "presentValueAbatementCost", r.presentValueAbatementCost());
            SummaryJson.number(node, "presentValueTotalCost", r.presentValueTotalCost());
        }
        ObjectNode regions = node.putObject("regions");
        for (RegionPosition p : r.regions()) {
            ObjectNode region = permits(regions.putObject(p.region()), p.initialPermits(), p.emissions(),
                    p.netPurchase(), p.payment());
            SummaryJson.number(region, "abatementCost", p.abatementCost());
            SummaryJson.number(region, "shortfall", p.shortfall());
            if (!r.periods().isEmpty()) {
                SummaryJson.number(region, "presentValueAbatementCost", p.presentValueAbatementCost());
            }
        }
        node.set("receptors", receptors(r.receptors(), !r.periods().isEmpty()));
        node.set("conservation", conservation(r.conservation()));
        node.set("issuance", MarketJournalJson.issuance(r));
        node.set("journal", MarketJournalJson.journal(r));
        if (r.auction() != null) {
            node.set("auction", auction(r.auction()));
        }
        if (r.zones() != null) {
            node.set("zones", zones(r.zones()));
        }
        if (r.ambient() != null) {
            node.set("ambient", ambient(r.ambient()));
        }
        if (!r.periods().isEmpty()) {
            ArrayNode periods = node.putArray("periods");
            for (MarketReport.PeriodOutcome p : r.periods()) {
                ObjectNode period = periods.addObject();
                period.put("period", p.period());
                period.put("vintage", p.vintage());
                SummaryJson.number(period, "cap", p.cap());
                SummaryJson.number(period, "price", p.price());
                SummaryJson.number(period, "abatement", p.abatement());
                SummaryJson.number(period, "emissions", p.emissions());
                SummaryJson.number(period, "bank", p.bank());
                SummaryJson.number(period, "soldAtCeiling", p.soldAtCeiling());
                SummaryJson.number(period, "withheldAtFloor", p.withheldAtFloor());
                SummaryJson.number(period, "abatementCost", p.abatementCost());
                SummaryJson.number(period, "presentValueAbatementCost", p.presentValueAbatementCost());
            }
        }
        ArrayNode notes = node.putArray("notes");
        r.notes().forEach(notes::add);
        return node;
    }

    /** The market's first keys, in both versions: its rule, its mechanism and how it ended. */
    static ObjectNode head(MarketSpec spec, String status) {
        ObjectNode node = NODES.objectNode();
        node.put("allocation", spec.allocation().key());
        node.put("mechanism", spec.mechanism().key());
        node.put("status", status);
        return node;
    }

    /** A region's permits in both versions (per pollutant in version 2): mass, and money paid net of received. */
    static ObjectNode permits(ObjectNode node, double initialPermits, double emissions, double netPurchase,
                              double payment) {
        SummaryJson.number(node, "initialPermits", initialPermits);
        SummaryJson.number(node, "emissions", emissions);
        SummaryJson.number(node, "netPurchase", netPurchase);
        SummaryJson.number(node, "payment", payment);
        return node;
    }

    /** Each receptor limit against the concentration after trading; {@code periods}: say which period. */
    static ObjectNode receptors(List<ReceptorOutcome> outcomes, boolean periods) {
        ObjectNode receptors = NODES.objectNode();
        for (ReceptorOutcome o : outcomes) {
            ObjectNode receptor = receptors.putObject(o.receptor());
            SummaryJson.number(receptor, "concentration", o.concentration());
            SummaryJson.number(receptor, "limit", o.limit());
            receptor.put("exceeded", o.exceeded());
            if (periods) {
                receptor.put("period", o.period());
            }
        }
        return receptors;
    }

    /** The ledger's conservation report: permits per asset, money per currency, violations. */
    static ObjectNode conservation(ConservationReport c) {
        ObjectNode node = NODES.objectNode();
        node.put("conserved", c.isConserved());
        ArrayNode permits = node.putArray("permits");
        for (PermitTotals t : c.permits()) {
            ObjectNode p = permits.addObject();
            p.put("pollutant", t.asset().pollutant());
            p.put("vintage", t.asset().vintage());
            p.put("zone", t.asset().zone());
            p.put("issued", permits(t.issued()));
            p.put("held", permits(t.held()));
            p.put("surrendered", permits(t.surrendered()));
            p.put("retired", permits(t.retired()));
        }
        ArrayNode money = node.putArray("money");
        for (MoneyTotals t : c.money()) {
            ObjectNode m = money.addObject();
            m.put("currency", t.currency().currency());
            m.put("participants", money(t.participants()));
            m.put("external", money(t.external()));
        }
        ArrayNode violations = node.putArray("violations");
        c.violations().forEach(violations::add);
        return node;
    }

    /** Exact totals, printed with the ledger's decimals. */
    private static BigDecimal permits(BigInteger units) {
        return new BigDecimal(units, Quantum.PERMIT.decimals());
    }

    private static BigDecimal money(BigInteger units) {
        return new BigDecimal(units, Quantum.MONEY.decimals());
    }

    private static ObjectNode auction(AuctionResult a) {
        ObjectNode node = NODES.objectNode();
        node.put("status", a.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        SummaryJson.number(node, "clearingPrice", a.clearingPrice().isPresent()
                ? Quantum.PRICE.toDouble(a.clearingPrice().getAsLong()) : Double.NaN);
        SummaryJson.number(node, "sold", Quantum.PERMIT.toDouble(a.sold()));
        SummaryJson.number(node, "unsold", Quantum.PERMIT.toDouble(a.unsold()));
        SummaryJson.number(node, "costContainmentReleased", Quantum.PERMIT.toDouble(a.ccrReleased()));
        SummaryJson.number(node, "emissionsContainmentWithheld", Quantum.PERMIT.toDouble(a.ecrWithheld()));
        SummaryJson.number(node, "revenue", Quantum.REVENUE.toDouble(a.revenue()));
        node.put("seed", a.seed());
        return node;
    }

    private static ObjectNode zones(MarketReport.ZoneOutcome z) {
        ObjectNode node = NODES.objectNode();
        List<String> names = z.zones();
        for (int a = 0; a < names.size(); a++) {
            ObjectNode zone = node.putObject(names.get(a));
            SummaryJson.number(zone, "price", z.prices()[a]);
            ObjectNode exports = zone.putObject("exports");
            for (int b = 0; b < names.size(); b++) {
                if (a != b && z.flows()[a][b] > 0) {
                    SummaryJson.number(exports, names.get(b), z.flows()[a][b]);
                }
            }
        }
        return node;
    }

    private static ObjectNode ambient(MarketReport.AmbientOutcome a) {
        ObjectNode node = NODES.objectNode();
        ObjectNode receptors = node.putObject("receptorPrices");
        for (int k = 0; k < a.receptors().size(); k++) {
            SummaryJson.number(receptors, a.receptors().get(k), a.receptorPrices()[k]);
        }
        ObjectNode values = node.putObject("permitValues");
        for (int r = 0; r < a.regions().size(); r++) {
            SummaryJson.number(values, a.regions().get(r), a.permitValues()[r]);
        }
        node.put("trading", "voluntary offsets");
        SummaryJson.number(node, "capPrice", a.capPrice());
        SummaryJson.number(node, "leastCost", a.leastCost());
        SummaryJson.number(node, "withheldForLimits", a.withheld());
        SummaryJson.number(node, "retiredByRatios", a.retired());
        node.put("rejectedTrades", a.rejectedTrades());
        node.put("rounds", a.rounds());
        SummaryJson.number(node, "shortfallPenalty", a.shortfallPenalty());
        return node;
    }
}
