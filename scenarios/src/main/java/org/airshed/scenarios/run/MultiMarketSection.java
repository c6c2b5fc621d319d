package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.io.SectionReader;
import org.airshed.market.study.MarketSectionReader;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.MultiClearing;
import org.airshed.market.study.MultiMarketReport;
import org.airshed.market.study.MultiMarketStudy;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;

/**
 * The permit market of a file with several pollutants ({@code $.market}, one permit per capped
 * pollutant): the long {@code trades.csv} and {@code market-sources.csv} (one row per source and
 * pollutant), the one ledger's journal {@code ledger.jsonl} and summary.json's {@code market}. Runs when
 * the allocation has one; {@link MarketSection} keeps the one-pollutant files, and reads the section.
 */
final class MultiMarketSection implements Section<MarketSpec, MultiMarketReport> {
    private final MultiPollutantSolver solver;

    MultiMarketSection(MultiPollutantSolver solver) {
        this.solver = solver;
    }

    @Override
    public List<SectionReader<?>> readers() {
        return List.of();
    }

    @Override
    public MarketSpec spec(RunContext context) {
        return context.isMultiPollutant() ? context.document().section(MarketSectionReader.INSTANCE) : null;
    }

    @Override
    public void check(MarketSpec spec, RunContext context, Findings findings) {
        List<SectionInputException> problems = MultiMarketStudy.problems(context.multiProblem(), spec,
                context.document().sectionJson().get("market"));
        // The money range needs the clearing prices, so the check solves the market, once (the run trades on
        // that solve), and only one that can run: nothing else wrong with it, a policy some allocation meets.
        if (problems.isEmpty() && findings.infeasibilities().isEmpty()) {
            problems = MultiMarketStudy.moneyProblems(context.multiProblem(), clearing(context));
        }
        findings.problems(problems);
    }

    @Override
    public MultiMarketReport run(MarketSpec spec, RunContext context) {
        if (context.multiAllocation() == null || !context.multiAllocation().hasAllocation()) {
            return null;
        }
        return MultiMarketStudy.run(context.multiProblem(), spec, context.scenario().seed(), clearing(context));
    }

    private MultiClearing clearing(RunContext context) {
        return context.shared(this, () -> MultiMarketStudy.clearing(context.multiProblem(), solver));
    }

    @Override
    public List<String> fileNames() {
        return List.of(MarketSection.TRADES, MarketSection.MARKET_SOURCES, MarketSection.LEDGER);
    }

    @Override
    public List<ResultFile> files(MultiMarketReport report, RunContext context) {
        return List.of(new ResultFile(MarketSection.TRADES, MultiMarketCsv.trades(report)),
                new ResultFile(MarketSection.MARKET_SOURCES, MultiMarketCsv.sources(report)),
                new ResultFile(MarketSection.LEDGER, out -> report.ledger().ledger().writeJournal(out)));
    }

    @Override
    public void summary(MultiMarketReport report, RunContext context, ObjectNode root) {
        root.set("market", MultiMarketJson.of(report));
    }

    @Override
    public String headlines() {
        // MarketSection's pattern covers both versions' market part.
        return "{}";
    }
}
