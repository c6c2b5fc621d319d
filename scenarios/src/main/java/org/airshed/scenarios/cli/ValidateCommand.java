package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.DiscreteStudy;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.study.InfeasibilityExplainer;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.core.study.SolveMode;
import org.airshed.market.compensation.CompensationSectionReader;
import org.airshed.market.compensation.CompensationSpec;
import org.airshed.market.compensation.ScenarioGame;
import org.airshed.market.study.MarketSectionReader;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.MarketStudy;
import org.airshed.scenarios.library.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshed validate SCENARIO}: every problem of the file, one per line on stderr, exit 2
 * if there is any; a valid file whose policy no allocation can meet is reported the same way,
 * since {@code run} would fail on it.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check a scenario and report every problem.",
        description = {"One problem per line: FILE: PATH = VALUE: MESSAGE.",
                "Exit 0 when valid and feasible, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (JSON), or the name of a bundled scenario.")
    String scenario;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        ScenarioInput input = ScenarioInput.resolve(scenario, ScenarioLibrary.bundled());
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = input.validate();
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return ExitCodes.BAD_INPUT;
        }
        ScenarioDocument document = input.read();
        Scenario valid = document.scenario();
        List<Infeasibility> reasons = InfeasibilityExplainer.explain(ScenarioProblem.of(valid));
        if (!reasons.isEmpty()) {
            reasons.forEach(reason -> err.println(input.fileName() + ": " + reason));
            return ExitCodes.BAD_INPUT;
        }
        CompensationSpec compensation = document.section(CompensationSectionReader.INSTANCE);
        MarketSpec market = document.section(MarketSectionReader.INSTANCE);
        if (document.section(SolveMode.READER) == SolveMode.DISCRETE) {
            List<SectionInputException> discrete = DiscreteStudy.problems(valid);
            discrete.forEach(e -> err.println(new Problem(input.fileName(), e.path(), e.value(), e.getMessage())));
            if (!discrete.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
        }
        try {
            if (market != null) {
                MarketStudy.check(valid, market);
            }
            if (compensation != null) {
                ScenarioGame.of(valid, compensation.baseline());
            }
        } catch (SectionInputException e) {
            err.println(new Problem(input.fileName(), e.path(), e.value(), e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println(input.fileName() + ": valid (" + valid.regions().size() + " regions, "
                + valid.sources().size() + " sources)");
        return ExitCodes.OK;
    }
}
