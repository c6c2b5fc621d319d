package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.settlement.Trade;
import org.airshed.market.study.MarketReport;

/**
 * {@code trades.csv}: one row per settled trade, in settlement order. {@code quantity} (mass),
 * {@code payment} and {@code fee} (money) are exact ledger amounts; {@code price} is the seller's
 * price per mass unit. The seller {@code regulator} is a sale at auction or at the price ceiling.
 */
final class TradesCsv {
    static final List<String> HEADER = List.of("id", "period", "seller", "buyer", "quantity", "price", "payment", "fee");

    private TradesCsv() {
    }

    static String of(MarketReport report) {
        CsvTable table = new CsvTable(HEADER);
        for (Trade t : report.trades()) {
            table.row().text(t.id()).number(t.period()).text(t.seller()).text(t.buyer())
                    .text(Quantum.PERMIT.toPlainString(t.quantity())).number(t.price())
                    .text(Quantum.MONEY.toPlainString(t.payment())).text(Quantum.MONEY.toPlainString(t.fee())).end();
        }
        return table.text();
    }
}
