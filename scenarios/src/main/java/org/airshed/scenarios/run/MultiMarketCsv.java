package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.settlement.Trade;
import org.airshed.market.study.MultiMarketReport;
import org.airshed.market.study.PollutantMarket;
import org.airshed.market.study.SourcePollutantPosition;

/**
 * The long tables of a market with several pollutants (docs/FORMAT.md "Version 2: market"): version 1's
 * columns with {@code pollutant} added. {@code trades.csv}: one row per trade, pollutant by pollutant in
 * file order. {@code market-sources.csv}: one row per source and capped pollutant, sources in file order;
 * permits and money are exact ledger amounts, {@code emissions} and {@code abatement} the market's plan.
 */
final class MultiMarketCsv {
    static final List<String> TRADES = List.of("id", "period", "pollutant", "seller", "buyer", "quantity", "price",
            "payment", "fee");
    static final List<String> SOURCES = List.of("source", "region", "pollutant", "initialPermits", "bought", "sold",
            "emissions", "abatement", "surrendered", "shortfall", "payment");

    private MultiMarketCsv() {
    }

    static String trades(MultiMarketReport report) {
        CsvTable table = new CsvTable(TRADES);
        for (PollutantMarket m : report.pollutants()) {
            for (Trade t : m.trades()) {
                table.row().text(t.id()).number(t.period()).text(m.pollutant()).text(t.seller()).text(t.buyer())
                        .text(Quantum.PERMIT.toPlainString(t.quantity())).number(t.price())
                        .text(Quantum.MONEY.toPlainString(t.payment())).text(Quantum.MONEY.toPlainString(t.fee()))
                        .end();
            }
        }
        return table.text();
    }

    static String sources(MultiMarketReport report) {
        CsvTable table = new CsvTable(SOURCES);
        for (SourcePollutantPosition p : report.sources()) {
            table.row().text(p.id()).text(p.region()).text(p.pollutant())
                    .text(Quantum.PERMIT.toPlainString(p.initialPermits())).text(Quantum.PERMIT.toPlainString(p.bought()))
                    .text(Quantum.PERMIT.toPlainString(p.sold())).number(p.emissions()).number(p.abatement())
                    .text(Quantum.PERMIT.toPlainString(p.surrendered())).text(Quantum.PERMIT.toPlainString(p.shortfall()))
                    .text(Quantum.MONEY.toPlainString(p.payment())).end();
        }
        return table.text();
    }
}
