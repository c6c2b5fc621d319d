package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.SectionReader;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSectionReader;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.MarketStudy;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;

/**
 * The permit market ({@code $.market}): {@code trades.csv}, {@code market-sources.csv}, the
 * ledger's hash-chained journal {@code ledger.jsonl} (streamed into the staged file: at national
 * scale it is larger than a string can hold) and summary.json's {@code market}. Runs when the
 * allocation has one. A file with several pollutants has its own market section ({@link MultiMarketSection}).
 */
final class MarketSection implements Section<MarketSpec, MarketReport> {
    static final String TRADES = "trades.csv";
    static final String MARKET_SOURCES = "market-sources.csv";
    static final String LEDGER = "ledger.jsonl";

    @Override
    public List<SectionReader<?>> readers() {
        return List.of(MarketSectionReader.INSTANCE);
    }

    @Override
    public MarketSpec spec(RunContext context) {
        return context.isMultiPollutant() ? null : context.document().section(MarketSectionReader.INSTANCE);
    }

    @Override
    public void check(MarketSpec spec, RunContext context, Findings findings) {
        findings.problems(MarketStudy.problems(context.problem(), spec));
    }

    @Override
    public MarketReport run(MarketSpec spec, RunContext context) {
        if (!context.allocation().hasAllocation()) {
            return null;
        }
        return MarketStudy.run(context.problem(), spec, context.scenario().seed());
    }

    @Override
    public List<String> fileNames() {
        return List.of(TRADES, MARKET_SOURCES, LEDGER);
    }

    @Override
    public List<ResultFile> files(MarketReport report, RunContext context) {
        return List.of(new ResultFile(TRADES, TradesCsv.of(report)),
                new ResultFile(MARKET_SOURCES, MarketSourcesCsv.of(report)),
                new ResultFile(LEDGER, out -> report.ledger().ledger().writeJournal(out)));
    }

    @Override
    public void summary(MarketReport report, RunContext context, ObjectNode root) {
        root.set("market", MarketJson.of(report));
    }

    @Override
    public String headlines() {
        return """
                {"market": {"status": 1, "clearingPrice": 1, "buyerPrice": 1, "volume": 1, "trades": 1,
                            "abatementCost": 1, "transactionCosts": 1, "totalCost": 1, "lossVsFrictionless": 1,
                            "receptors": {"*": {"concentration": 1, "exceeded": 1}},
                            "auction": {"status": 1, "clearingPrice": 1, "sold": 1, "unsold": 1, "revenue": 1},
                            "zones": {"*": {"price": 1}},
                            "ambient": {"receptorPrices": "*", "permitValues": "*", "leastCost": 1},
                            "periods": {"*": {"price": 1, "bank": 1, "soldAtCeiling": 1, "withheldAtFloor": 1}},
                            "pollutants": {"*": {"clearingPrice": 1, "volume": 1}},
                            "conservation": {"conserved": 1}}}
                """;
    }
}
