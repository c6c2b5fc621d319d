package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.SourcePosition;

/**
 * {@code market-sources.csv}: one row per source after the market, in scenario order.
 * {@code initialPermits}, {@code bought}, {@code sold}, {@code surrendered}, {@code shortfall} (mass)
 * and {@code payment}, {@code fee} (money) are exact ledger amounts; {@code emissions} and
 * {@code abatementCost} are the real-valued outcome. {@code payment} is what the source paid for
 * permits net of what it received (negative: it sold); {@code fee} the transaction costs it paid on
 * top. With several periods every column sums over them.
 */
public final class MarketSourcesCsv {
    static final List<String> HEADER = List.of("source", "region", "initialPermits", "bought", "sold", "emissions",
            "surrendered", "shortfall", "abatementCost", "payment", "fee");

    private MarketSourcesCsv() {
    }

    public static String of(MarketReport report) {
        CsvTable table = new CsvTable(HEADER);
        for (SourcePosition p : report.sources()) {
            table.row().text(p.id()).text(p.region()).text(Quantum.PERMIT.toPlainString(p.initialPermits()))
                    .text(Quantum.PERMIT.toPlainString(p.bought())).text(Quantum.PERMIT.toPlainString(p.sold()))
                    .number(p.emissions()).text(Quantum.PERMIT.toPlainString(p.surrendered()))
                    .text(Quantum.PERMIT.toPlainString(p.shortfall())).number(p.abatementCost())
                    .text(Quantum.MONEY.toPlainString(p.payment() - p.fees()))
                    .text(Quantum.MONEY.toPlainString(p.fees())).end();
        }
        return table.text();
    }
}
