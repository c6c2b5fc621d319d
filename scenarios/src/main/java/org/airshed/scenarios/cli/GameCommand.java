package org.airshed.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.JsonDocuments;
import org.airshed.core.util.Progress;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.CompensationStudy;
import org.airshed.market.compensation.GameFile;
import org.airshed.market.compensation.GameFileReader;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.ResultKind;
import org.airshed.scenarios.run.BuildVersion;
import org.airshed.scenarios.run.CoalitionsCsv;
import org.airshed.scenarios.run.GameSummaryJson;
import org.airshed.scenarios.run.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airshed game GAME.json --out DIR}: the compensation rules on a game given by its coalition values. */
@Command(name = "game", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Apply compensation rules to a game given by its coalition values.",
        description = {"GAME.json: {\"players\": [...], \"order\": \"lex\" | \"binary\", \"values\": [...],",
                "\"rules\": [...]} (docs/FORMAT.md, \"Games given directly\"; README for weights,",
                "transactionCosts and seed). Writes DIR/summary.json with the compensation part",
                "and DIR/coalitions.csv with every coalition's value in both orders; they",
                "replace an earlier run's or game's files there (a sweep's DIR is refused).",
                "Exit 0 on success, 2 on bad input, 1 on an internal error."})
final class GameCommand implements Callable<Integer> {
    private static final String COALITIONS = "coalitions.csv";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", description = "A game file (JSON).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for summary.json.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed (sampled Shapley) instead of the file's.")
    Long seed;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        DirectoryArgument.require(out, "--out");
        GameFile game = JsonDocuments.read(file, GameFileReader.INSTANCE);
        long used = seed != null ? seed : game.seed();
        CompensationReport report = CompensationStudy.direct(game.game(), game.rules(), game.weights(),
                game.transactionCost(), used);
        String version = BuildVersion.current();
        List<ResultFile> files = List.of(new ResultFile(ScenarioRunner.SUMMARY, GameSummaryJson.of(report, used, version)),
                new ResultFile(COALITIONS, CoalitionsCsv.of(game.game())));
        // A game's set replaces a run's whole (and a run's a game's): every file a run may write is the directory's.
        List<String> managed = new ScenarioRunner(new ExactAllocationSolver(), version).pipeline().fileNames();
        OwnInputs.refuse("game --out " + out, out, managed,
                List.of(new OwnInputs.Input(file, file.toString(), "file")));
        try (ResultDirectory results = ResultDirectory.lock(out, ResultKind.RUN)) {
            results.replace(files, managed, ScenarioRunner.SUMMARY);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot write results to --out " + out + ": " + FailureHandler.describe(e), e);
        } catch (ResultDirectory.InUseException e) {
            throw new BadInputException("cannot write results to --out: " + e.getMessage(), e);
        }
        Progress.current().finish();
        PrintWriter stdout = spec.commandLine().getOut();
        CompensationSummary.print(report, "", stdout);
        stdout.println("results in " + out + ": summary.json, " + COALITIONS);
        stdout.flush();
        return ExitCodes.OK;
    }

}
