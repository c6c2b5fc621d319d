package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.util.Progress;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.run.BuildVersion;
import org.airshed.scenarios.run.Sections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshed validate SCENARIO}: the stages of {@code run} up to the check, on the same
 * code path: every problem of the file, one per line on stderr, exit 2 if there is any. A valid
 * file whose policy no allocation can meet is reported the same way, since {@code run} exits 2
 * on it too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check a scenario and report every problem.",
        description = {"Runs every check run makes before solving, and reports every problem,",
                "one per line: FILE: PATH = VALUE: MESSAGE. File contract: docs/FORMAT.md.",
                "--seed, --mode and --time-limit change the scenario as they do for run.",
                "Exit 0 when valid and feasible, 2 otherwise, 1 on an internal error."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (JSON), or the name of a bundled scenario.")
    String scenario;

    @Mixin
    OverrideOptions overrides;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        ScenarioInput input = ScenarioInput.resolve(scenario, ScenarioLibrary.bundled());
        Progress.current().finish();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioPipeline pipeline = Sections.pipeline(new ExactAllocationSolver(), BuildVersion.current());
        ScenarioDocument document;
        try {
            document = overrides.read(pipeline, input.source());
        } catch (ScenarioInputException e) {
            e.problems().forEach(err::println);
            return ExitCodes.BAD_INPUT;
        }
        Findings findings = pipeline.check(pipeline.context(input.fileName(), document,
                overrides.overrides()));
        List<String> lines = new java.util.ArrayList<>();
        findings.problems().forEach(p -> lines.add(p.toString()));
        lines.addAll(findings.infeasibilityLines());
        if (!lines.isEmpty()) {
            lines.forEach(err::println);
            return ExitCodes.BAD_INPUT;
        }
        Scenario valid = document.scenario();
        String pollutants = document.isMultiPollutant()
                ? ", " + MultiAllocationSummary.pollutants(document.multiPollutant().pollutants().size()) : "";
        int sources = document.isMultiPollutant() ? document.multiPollutant().sources().size() : valid.sources().size();
        spec.commandLine().getOut().println(input.fileName() + ": valid (" + valid.regions().size() + " regions, "
                + sources + " sources" + pollutants + ")");
        return ExitCodes.OK;
    }
}
