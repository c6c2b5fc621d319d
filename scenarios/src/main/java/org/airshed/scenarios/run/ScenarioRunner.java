package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.io.AtomicFiles;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.AllocationStudy;
import org.airshed.core.study.DiscreteLimits;
import org.airshed.core.study.DiscreteReport;
import org.airshed.core.study.DiscreteSettingsReader;
import org.airshed.core.study.DiscreteStudy;
import org.airshed.core.study.SolveMode;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.CompensationSectionReader;
import org.airshed.market.compensation.CompensationSpec;
import org.airshed.market.compensation.CompensationStudy;
import org.airshed.market.ledger.LedgerJournal;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSectionReader;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.MarketStudy;

/**
 * Solves a scenario and writes its results into a directory (created if missing):
 * {@code summary.json}, {@code allocation.csv}, {@code regions.csv}, {@code duties.csv}, with a
 * discrete mode {@code technologies.csv}, with a market section {@code trades.csv} and the ledger's journal {@code ledger.jsonl}, with a
 * compensation section {@code transfers.csv}, and the resolved {@code scenario.json}. Files are written atomically and contain no times, so the same
 * scenario and seed give byte-identical files. An infeasible scenario gets only summary.json
 * (with the reasons) and scenario.json; tables left from an earlier run are removed so that the
 * directory never mixes two runs.
 */
public final class ScenarioRunner {
    public static final String SUMMARY = "summary.json";
    public static final String ALLOCATION = "allocation.csv";
    public static final String REGIONS = "regions.csv";
    public static final String DUTIES = "duties.csv";
    public static final String SCENARIO = "scenario.json";
    public static final String TRANSFERS = "transfers.csv";
    public static final String TRADES = "trades.csv";
    public static final String TECHNOLOGIES = "technologies.csv";
    public static final String LEDGER = "ledger.jsonl";
    public static final String MARKET_SOURCES = "market-sources.csv";

    private final AllocationSolver solver;
    private final String version;

    public ScenarioRunner(AllocationSolver solver, String version) {
        this.solver = solver;
        this.version = version;
    }

    /**
     * Creates the directory, solves, writes. Throws a {@link java.nio.file.FileSystemException}
     * naming the path when the directory cannot be created (a file is in the way, permission)
     * before any time is spent solving.
     */
    public RunResult run(Scenario scenario, Path directory) throws IOException {
        return run(ScenarioDocument.of(scenario), directory);
    }

    /**
     * The same with the document's sections: a {@code compensation} section adds its part of
     * summary.json and transfers.csv. Everything is computed before anything is written, so bad
     * input ({@link SectionInputException}) leaves the directory as it was.
     */
    public RunResult run(ScenarioDocument document, Path directory) throws IOException {
        Scenario scenario = document.scenario();
        Files.createDirectories(directory);
        RunResult solved = solve(document, directory);
        AllocationReport report = solved.report();
        DiscreteReport discrete = solved.discrete();
        MarketReport market = solved.market();
        CompensationReport compensation = solved.compensation();
        List<Path> written = new ArrayList<>();
        write(directory.resolve(SUMMARY), SummaryJson.text(summary(solved)), written);
        if (report.isOptimal()) {
            write(directory.resolve(ALLOCATION), AllocationCsv.of(report), written);
            write(directory.resolve(REGIONS), RegionsCsv.of(scenario, report), written);
            write(directory.resolve(DUTIES), DutiesCsv.of(report), written);
        } else {
            for (String stale : List.of(ALLOCATION, REGIONS, DUTIES)) {
                Files.deleteIfExists(directory.resolve(stale));
            }
        }
        if (discrete != null && discrete.result().isFeasible()) {
            write(directory.resolve(TECHNOLOGIES), TechnologiesCsv.of(discrete), written);
        } else {
            Files.deleteIfExists(directory.resolve(TECHNOLOGIES));
        }
        if (market != null) {
            write(directory.resolve(TRADES), TradesCsv.of(market), written);
            write(directory.resolve(MARKET_SOURCES), MarketSourcesCsv.of(market), written);
            LedgerJournal.write(directory.resolve(LEDGER), market.ledger().ledger().journalView());
            written.add(directory.resolve(LEDGER));
        } else {
            Files.deleteIfExists(directory.resolve(TRADES));
            Files.deleteIfExists(directory.resolve(MARKET_SOURCES));
            Files.deleteIfExists(directory.resolve(LEDGER));
        }
        if (compensation != null) {
            write(directory.resolve(TRANSFERS), TransfersCsv.of(compensation), written);
        } else {
            Files.deleteIfExists(directory.resolve(TRANSFERS));
        }
        write(directory.resolve(SCENARIO), ScenarioWriter.toJson(document), written);
        return new RunResult(scenario, report, discrete, market, compensation, directory, written);
    }

    /**
     * Solves without writing anything: the reports of a run, with no files (a sweep keeps only
     * the summary). Throws {@link SectionInputException} on a section that cannot apply.
     */
    public RunResult solve(ScenarioDocument document) {
        return solve(document, null);
    }

    /** The tree of summary.json for a solved run (the sweep reads its headline numbers from it). */
    public ObjectNode summary(RunResult solved) {
        return SummaryJson.tree(solved.scenario(), solved.report(), solved.discrete(), solved.market(),
                solved.compensation(), version);
    }

    private RunResult solve(ScenarioDocument document, Path directory) {
        Scenario scenario = document.scenario();
        AllocationReport report = AllocationStudy.run(scenario, solver);
        DiscreteReport discrete = null;
        if (document.section(SolveMode.READER) == SolveMode.DISCRETE && report.isOptimal()) {
            DiscreteLimits limits = document.section(DiscreteSettingsReader.INSTANCE);
            discrete = DiscreteStudy.run(scenario, (limits == null ? DiscreteLimits.DEFAULT : limits)
                    .settings(scenario.seed()));
        }
        MarketSpec marketSpec = document.section(MarketSectionReader.INSTANCE);
        MarketReport market = marketSpec == null || !report.isOptimal() ? null
                : MarketStudy.run(scenario, marketSpec, scenario.seed());
        CompensationSpec spec = document.section(CompensationSectionReader.INSTANCE);
        CompensationReport compensation = spec == null ? null : CompensationStudy.run(scenario, spec, scenario.seed());
        return new RunResult(scenario, report, discrete, market, compensation, directory, List.of());
    }

    private static void write(Path file, String content, List<Path> written) throws IOException {
        AtomicFiles.writeString(file, content);
        written.add(file);
    }
}
