package org.airshed.scenarios.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.DiscreteLimits;
import org.airshed.core.study.DiscreteSettingsReader;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.study.SolveMode;
import org.airshed.scenarios.library.ScenarioLibrary;
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
                "summary.json, allocation.csv, regions.csv, duties.csv, scenario.json,",
                "technologies.csv in discrete mode, trades.csv and ledger.jsonl with a market",
                "section, and transfers.csv with a compensation section.",
                "Exit 0 on success, 2 on bad input or an infeasible problem,",
                "1 on an internal error."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (JSON), or the name of a bundled scenario.")
    String scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the results.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed instead of the scenario's.")
    Long seed;

    @Option(names = "--mode", paramLabel = "MODE", description = "continuous or discrete (instead of the scenario's"
            + " $.mode): discrete picks one technology option per source.")
    String mode;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Discrete mode: search for this many seconds"
            + " instead of the step limits (not reproducible; the default stops after 1000 unimproved steps).")
    Double timeLimit;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        ScenarioInput input = ScenarioInput.resolve(scenario, ScenarioLibrary.bundled());
        ScenarioDocument document = input.read();
        if (seed != null) {
            Scenario s = document.scenario();
            document = document.withScenario(new Scenario(s.name(), s.description(), seed, s.units(), s.objective(),
                    s.regions(), s.transfer(), s.sources(), s.policy()));
        }
        document = overrides(document);
        RunResult result;
        try {
            result = new ScenarioRunner(new ExactAllocationSolver(), BuildVersion.current()).run(document, out);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot write results to --out " + out + ": " + FailureHandler.describe(e), e);
        } catch (SectionInputException e) {
            throw new ScenarioInputException(List.of(new Problem(input.fileName(), e.path(), e.value(),
                    e.getMessage())));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        RunSummary.print(result, stdout);
        stdout.flush();
        if (!result.report().isOptimal()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("airshed: " + input.fileName() + " is infeasible, so there is no allocation:");
            for (Infeasibility reason : result.report().reasons()) {
                err.println(input.fileName() + ": " + reason);
            }
            err.println("(" + out.resolve(ScenarioRunner.SUMMARY) + " records the status and these reasons.)");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /** {@code --mode} and {@code --time-limit} over the file's {@code $.mode} and {@code $.discrete}. */
    private ScenarioDocument overrides(ScenarioDocument document) {
        ScenarioDocument d = document;
        if (mode != null) {
            SolveMode m = SolveMode.fromKey(mode);
            if (m == null) {
                throw new BadInputException("--mode " + mode + ": must be one of " + String.join(", ", SolveMode.keys()),
                        null);
            }
            d = d.withSection(SolveMode.READER, m, TextNode.valueOf(m.key()));
        }
        if (timeLimit != null) {
            if (!(timeLimit > 0 && timeLimit <= 86_400)) {
                throw new BadInputException("--time-limit " + timeLimit + ": must be in (0, 86400] seconds", null);
            }
            if (d.section(SolveMode.READER) != SolveMode.DISCRETE) {
                throw new BadInputException("--time-limit applies to discrete mode: add --mode discrete (or \"mode\":"
                        + " \"discrete\" in the scenario)", null);
            }
            // A time limit replaces the step limits: the search runs for that long (or to the bound).
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("timeLimitSeconds", timeLimit);
            d = d.withSection(DiscreteSettingsReader.INSTANCE,
                    new DiscreteLimits(0, 0, Duration.ofMillis(Math.round(timeLimit * 1000))), json);
        }
        return d;
    }
}
