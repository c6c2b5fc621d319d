package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import org.airshed.core.model.Units;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.Mechanism;
import org.airshed.market.study.ReceptorOutcome;
import org.airshed.market.study.RegionPosition;
import org.airshed.market.study.SourcePosition;

/**
 * The market on stdout: price, volume and costs against the least-cost and frictionless
 * benchmarks, each region's permits, trades and payments, and whether the ledger balanced.
 */
final class MarketSummary {
    private MarketSummary() {
    }

    /** What market.clearingPrice is for this market, in the README's words: not every market has one price. */
    static String priceName(MarketReport r) {
        if (r.spec().mechanism() == Mechanism.DOUBLE_AUCTION) {
            return "closing price";
        }
        // Ambient trades each at their own price, and zones at their zone's: the volume-weighted mean of the trades.
        return r.spec().ambient() || r.spec().zones() != null && r.volume() > 0 ? "mean price" : "price";
    }

    static void print(MarketReport r, Units u, PrintWriter out) {
        String perMass = " " + u.money() + "/" + u.mass();
        out.println("market, " + r.spec().allocation().key() + " allocation, " + r.spec().mechanism().key() + ": "
                + r.status() + ", " + priceName(r) + " " + n(r.clearingPrice()) + perMass
                + (r.buyerPrice() != r.clearingPrice() && !Double.isNaN(r.buyerPrice())
                ? " (buyers pay " + n(r.buyerPrice()) + ")" : "")
                + ", " + r.trades().size() + " trades, volume " + n(r.volume()) + " " + u.mass());
        StringBuilder costs = new StringBuilder("  cost " + n(r.totalCost()) + " " + u.money() + " = abatement "
                + n(r.abatementCost()) + " + transaction costs " + n(r.transactionCosts()));
        if (!Double.isNaN(r.frictionlessCost()) && r.spec().transactionCost() > 0) {
            costs.append("; without transaction costs ").append(n(r.frictionlessCost())).append(" (loss ")
                    .append(n(r.lossVsFrictionless())).append(")");
        } else if (!Double.isNaN(r.leastCost())) {
            costs.append("; least cost ").append(n(r.leastCost()));
        }
        out.println(costs);
        if (!r.periods().isEmpty() && r.spec().periods() != null && r.spec().periods().discountRate() > 0) {
            out.println("  present value at r = " + n(r.spec().periods().discountRate()) + " (period t over (1 + r)^t): "
                    + n(r.presentValueTotalCost()) + " " + u.money() + " against " + n(r.totalCost()) + " undiscounted");
        }
        TextTable table = new TextTable("region", "free permits " + u.mass(), "emissions " + u.mass(),
                "bought " + u.mass(), "paid " + u.money(), "abatement cost " + u.money());
        for (RegionPosition p : r.regions()) {
            table.add(p.region(), n(p.initialPermits()), n(p.emissions()), n(p.netPurchase()), n(p.payment()),
                    n(p.abatementCost()));
        }
        table.print(out, "  ");
        for (MarketReport.PeriodOutcome p : r.periods()) {
            out.println("  period " + p.period() + " (vintage " + p.vintage() + "): price " + n(p.price()) + perMass
                    + ", emissions " + n(p.emissions()) + ", bank " + n(p.bank())
                    + (p.soldAtCeiling() > 0 ? ", sold at the ceiling " + n(p.soldAtCeiling()) : "")
                    + (p.withheldAtFloor() > 0 ? ", withheld at the floor " + n(p.withheldAtFloor()) : ""));
        }
        for (ReceptorOutcome o : r.receptors()) {
            out.println("  " + o.receptor() + " after trading: " + n(o.concentration()) + " " + u.concentration()
                    + ", limit " + n(o.limit()) + (o.exceeded() ? "  EXCEEDED by " + n(o.excess()) : "  (met)"));
        }
        r.notes().forEach(note -> out.println("  note: " + note));
        out.println("  ledger " + (r.conservation().isConserved() ? "balanced: every permit issued is held,"
                + " surrendered or retired; payments sum to zero" : "NOT balanced: " + r.conservation().violations()));
        long shortfall = 0;
        for (SourcePosition p : r.sources()) {
            shortfall += p.shortfall();
        }
        // A complete journal may record sources that ended short: only without any is that compliance.
        String surrendered = shortfall == 0 ? "every source surrendered for its emissions"
                : "NOT every source surrendered for its emissions (" + Quantum.PERMIT.toPlainString(shortfall) + " "
                + u.mass() + " short: see shortfall)";
        out.println("  journal " + (r.audit().isEmpty() ? "complete: " + r.ledger().ledger().journalSize()
                + " entries, issued within the cap (rounded down to " + Quantum.PERMIT.toPlainString(1) + " "
                + u.mass() + "), " + surrendered + ", closed" : "INCOMPLETE: " + r.audit()));
    }

    private static String n(double value) {
        return Double.isNaN(value) ? "-" : ReadableNumbers.of(value);
    }
}
