package org.airshed.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.util.Progress;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.RunOutcome;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.report.Reports;
import org.airshed.scenarios.run.BuildVersion;
import org.airshed.scenarios.run.RunResult;
import org.airshed.scenarios.run.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airshed run SCENARIO --out DIR}: solve, write the result files, print a summary. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Solve a scenario and write its results into a directory.",
        description = {"Writes into DIR (created if missing):",
                "summary.json, allocation.csv, regions.csv, duties.csv, mac.csv, scenario.json,",
                "with several pollutants (version 2) options.csv and receptors.csv instead of",
                "duties.csv and mac.csv,",
                "technologies.csv in discrete mode (with several pollutants also",
                "technology-abatement.csv), trades.csv, market-sources.csv and",
                "ledger.jsonl with a market section, transfers.csv and coalitions.csv with a",
                "compensation section, and report.html with charts/ (the results drawn; one",
                "file that opens offline).",
                "Exit 0 on success (also when the solver stops at its iteration limit with a",
                "certified gap: a warning says so), 2 on bad input or an infeasible problem,",
                "1 on an internal error. File contract: docs/FORMAT.md."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (JSON), or the name of a bundled scenario.")
    String scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the results.")
    Path out;

    @Mixin
    OverrideOptions overrides;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        DirectoryArgument.require(out, "--out");
        Reports.prepare();
        ScenarioInput input = ScenarioInput.resolve(scenario, ScenarioLibrary.bundled());
        ScenarioRunner runner = new ScenarioRunner(new ExactAllocationSolver(), BuildVersion.current());
        ScenarioPipeline pipeline = runner.pipeline();
        ScenarioDocument document = overrides.read(pipeline, input.source());
        List<OwnInputs.Input> inputs = new ArrayList<>(input.inputs());
        inputs.addAll(OwnInputs.sourcesFile(document, input.fileName()));
        OwnInputs.refuse("run --out " + out, out, pipeline.fileNames(), inputs);
        RunResult result;
        try {
            result = runner.run(pipeline.context(input.fileName(), document, overrides.overrides()), out);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot write results to --out " + out + ": " + FailureHandler.describe(e), e);
        } catch (ResultDirectory.InUseException e) {
            throw new BadInputException("cannot write results to --out: " + e.getMessage(), e);
        }
        Progress.current().finish();
        PrintWriter stdout = spec.commandLine().getOut();
        RunSummary.print(result, stdout);
        stdout.flush();
        RunOutcome outcome = result.outcome();
        PrintWriter err = spec.commandLine().getErr();
        if (result.outcome().stoppedAtIterationLimit()) {
            err.println("airshed: warning: " + input.fileName() + ": the solver stopped at its iteration limit with a"
                    + " certified relative gap of " + String.format(Locale.ROOT, "%.3g", outcome.relativeGap())
                    + " (the objective is within that of the optimum); every result is written");
        }
        if (result.outcome().isInfeasible()) {
            err.println("airshed: " + input.fileName() + " is infeasible, so there is no allocation:");
            for (Infeasibility reason : outcome.reasons()) {
                err.println(input.fileName() + ": " + reason);
            }
            err.println("(" + out.resolve(ScenarioRunner.SUMMARY) + " records the status and these reasons.)");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
