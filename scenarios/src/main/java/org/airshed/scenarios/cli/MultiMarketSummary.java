package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import org.airshed.core.model.Units;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.market.study.MultiMarketReport;
import org.airshed.market.study.MultiRegionPosition;
import org.airshed.market.study.PollutantMarket;
import org.airshed.market.study.ReceptorOutcome;

/**
 * A market with several pollutants on stdout: each permit's price and volume, the cost against the
 * cap-only least cost, who paid whom by region, the air after trading and whether the ledger balanced.
 */
final class MultiMarketSummary {
    private MultiMarketSummary() {
    }

    static void print(MultiMarketReport r, Units u, PrintWriter out) {
        out.println("market, " + r.spec().allocation().key() + " allocation, " + r.spec().mechanism().key() + ": "
                + r.status() + ", one permit per capped pollutant; abatement cost " + n(r.abatementCost()) + " "
                + u.money() + ", least cost under the caps " + n(r.leastCost()));
        TextTable permits = new TextTable("permit", "cap " + u.mass(), "price " + u.money() + "/" + u.mass(),
                "trades", "volume " + u.mass());
        for (PollutantMarket m : r.pollutants()) {
            permits.add(m.pollutant(), n(m.cap()), n(m.clearingPrice()), String.valueOf(m.trades().size()),
                    n(m.volume()));
        }
        permits.print(out, "  ");
        TextTable regions = new TextTable("region", "permit", "free " + u.mass(), "emissions " + u.mass(),
                "bought " + u.mass(), "paid " + u.money());
        for (MultiRegionPosition region : r.regions()) {
            for (MultiRegionPosition.Pollutant p : region.pollutants()) {
                regions.add(region.region(), p.pollutant(), n(p.initialPermits()), n(p.emissions()),
                        n(p.netPurchase()), n(p.payment()));
            }
        }
        regions.print(out, "  ");
        for (ReceptorOutcome o : r.receptors()) {
            out.println("  " + o.receptor() + " after trading: " + n(o.concentration()) + " " + u.concentration()
                    + ", limit " + n(o.limit()) + (o.exceeded() ? "  EXCEEDED by " + n(o.excess()) : "  (met)"));
        }
        r.notes().forEach(note -> out.println("  note: " + note));
        out.println("  ledger " + (r.conservation().isConserved() ? "balanced for every pollutant; payments sum to"
                + " zero" : "NOT balanced: " + r.conservation().violations()) + "; journal " + (r.audit().isEmpty()
                ? "complete (" + r.ledger().ledger().journalSize() + " entries)" : "INCOMPLETE: " + r.audit()));
    }

    private static String n(double value) {
        return Double.isNaN(value) ? "-" : ReadableNumbers.of(value);
    }
}
