package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.util.Progress;
import org.airshed.market.ledger.JournalSpool;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.ResultKind;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.RunOutcome;
import org.airshed.scenarios.pipeline.ScenarioPipeline;

/**
 * Solves a scenario through every section ({@link Sections}) and writes its results into a
 * directory (created if missing, locked while the run writes): summary.json, each section's
 * files, the resolved scenario.json and the report made from them. The files contain no times, so the same scenario and
 * seed give byte-identical files. An infeasible scenario gets only summary.json (with the
 * reasons) and scenario.json; files of an earlier run that this one does not write are removed,
 * so the directory never mixes two runs.
 */
public final class ScenarioRunner {
    public static final String SUMMARY = ScenarioPipeline.SUMMARY;
    public static final String SCENARIO = ScenarioPipeline.SCENARIO;

    private final ScenarioPipeline pipeline;

    public ScenarioRunner(AllocationSolver solver, String version) {
        this.pipeline = Sections.pipeline(solver, version);
    }

    public ScenarioPipeline pipeline() {
        return pipeline;
    }

    /** Checks, solves and writes a scenario given as a model. */
    public RunResult run(Scenario scenario, Path directory) throws IOException {
        return run(ScenarioDocument.of(scenario), directory);
    }

    /** Checks, solves and writes a scenario with its sections; its problems are named under its name. */
    public RunResult run(ScenarioDocument document, Path directory) throws IOException {
        return run(pipeline.context(document.scenario().name(), document), directory);
    }

    /**
     * Checks, solves and writes. Throws {@link ScenarioInputException} with every problem before
     * the directory is touched; a {@link java.nio.file.FileSystemException} naming the path when
     * the directory cannot be created; {@link ResultDirectory.InUseException} when another run
     * holds it.
     */
    public RunResult run(RunContext context, Path directory) throws IOException {
        Progress.current().phase("checking the policy");
        Findings findings = pipeline.check(context);
        if (!findings.problems().isEmpty()) {
            throw new ScenarioInputException(findings.problems());
        }
        try (ResultDirectory results = ResultDirectory.lock(directory, ResultKind.RUN)) {
            Progress.current().phase("solving");
            // A market's journal spools into the directory's scratch area, which goes when the lock does.
            JournalSpool.Scope spool = JournalSpool.into(results.scratch());
            RunOutcome outcome;
            try {
                outcome = pipeline.run(context, findings);
            } finally {
                spool.close();
            }
            List<ResultFile> files = pipeline.files(outcome, directory);
            List<Path> written = results.replace(files, pipeline.fileNames(), SUMMARY,
                    staged -> pipeline.report(outcome, staged));
            return new RunResult(outcome, directory, written);
        }
    }

    /** Checks and solves without writing anything (a sweep keeps only the summary's headlines). */
    public RunOutcome solve(ScenarioDocument document) {
        return pipeline.run(pipeline.context(document.scenario().name(), document));
    }

    /** The tree of summary.json for a solved run. */
    public ObjectNode summary(RunOutcome outcome) {
        return pipeline.summary(outcome);
    }
}
