package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.MultiScenarioWriter;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.io.ScenarioTree;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.io.SectionReader;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ScenarioProblem;

/**
 * One run, as a fixed sequence of stages over one {@link RunContext}: parse the JSON once →
 * apply the command line's overrides to the tree → read (the model built once, every section's
 * JSON read by its reader) → check (every section, every problem) → run (each section in turn,
 * on solver arrays converted once) → write (summary.json, the sections' files, scenario.json).
 * {@code validate} stops after the check stage; {@code run} and every sweep run go through the
 * same stages, so they accept and refuse exactly the same files. A run's report is made last, from
 * its result files as staged ({@link StagedReport}).
 */
public final class ScenarioPipeline {
    public static final String SUMMARY = "summary.json";
    public static final String SCENARIO = "scenario.json";

    private final List<Section<?, ?>> sections;
    private final List<SectionReader<?>> readers;
    private final AllocationSolver solver;
    private final String version;
    private final Headlines headlines;
    private final StagedReport report;

    public ScenarioPipeline(List<Section<?, ?>> sections, AllocationSolver solver, String version) {
        this(sections, null, solver, version);
    }

    /** @param report what a run adds from its staged result files; null for nothing */
    public ScenarioPipeline(List<Section<?, ?>> sections, StagedReport report, AllocationSolver solver,
                            String version) {
        this.sections = List.copyOf(sections);
        this.report = report;
        List<SectionReader<?>> all = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Section<?, ?> section : sections) {
            all.addAll(section.readers());
            patterns.add(section.headlines());
        }
        this.readers = List.copyOf(all);
        this.solver = solver;
        this.version = version;
        this.headlines = Headlines.of(patterns);
    }

    /** The readers of every section's JSON, for reading a scenario outside a run. */
    public List<SectionReader<?>> readers() {
        return readers;
    }

    /**
     * Parse, override, read: the scenario file as the model and its sections. Throws
     * {@link ScenarioInputException} with every problem (one at an overridden field names its flag).
     */
    public ScenarioDocument read(ScenarioSource source, Overrides overrides) {
        ScenarioTree parsed = source.parse();
        JsonNode tree = parsed.root();
        try {
            overrides.apply(tree);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("an override's path names no field: " + e.getMessage(), e);
        }
        try {
            return source.sources() != null
                    ? ScenarioReader.readWithSources(source.fileName(), tree, source.sources(), readers)
                    : ScenarioReader.read(source.fileName(), parsed, source.baseDirectory(), readers);
        } catch (ScenarioInputException e) {
            throw new ScenarioInputException(overrides.relabel(e.problems()));
        }
    }

    /** The context a document is checked and run in. */
    public RunContext context(String fileName, ScenarioDocument document) {
        return context(fileName, document, Overrides.NONE);
    }

    /** The same for a document read with {@code overrides}: a problem at a field one set names its flag. */
    public RunContext context(String fileName, ScenarioDocument document, Overrides overrides) {
        return new RunContext(fileName, document, solver, version, ScenarioProblem::of, overrides);
    }

    /**
     * The same, with the scenario's solver arrays made by {@code converter} (a sweep's variant
     * sharing the arrays of its base's sources) instead of converted from its records.
     */
    public RunContext context(String fileName, ScenarioDocument document,
                              Function<Scenario, ScenarioProblem> converter) {
        return new RunContext(fileName, document, solver, version, converter, Overrides.NONE);
    }

    /** The check stage: every section's problems, and the policy's infeasibilities. */
    public Findings check(RunContext context) {
        Findings findings = new Findings(context.fileName(), context.overrides());
        for (Section<?, ?> section : sections) {
            check(section, context, findings);
        }
        return findings;
    }

    private static <S> void check(Section<S, ?> section, RunContext context, Findings findings) {
        S spec = section.spec(context);
        if (spec != null) {
            section.check(spec, context, findings);
        }
    }

    /**
     * The check and run stages: throws {@link ScenarioInputException} with every problem the
     * check finds (nothing is solved then), or with the problem a section finds while running.
     */
    public RunOutcome run(RunContext context) {
        return run(context, check(context));
    }

    /** The run stage after a check stage that found {@code findings} in the same context. */
    public RunOutcome run(RunContext context, Findings findings) {
        if (!findings.problems().isEmpty()) {
            throw new ScenarioInputException(findings.problems());
        }
        List<Section<?, ?>> ran = new ArrayList<>();
        for (Section<?, ?> section : sections) {
            try {
                if (run(section, context)) {
                    ran.add(section);
                }
            } catch (SectionInputException e) {
                // The one place a section's refusal becomes a problem of the file.
                throw new ScenarioInputException(List.of(e.problem(context.fileName())));
            }
        }
        return new RunOutcome(context, ran);
    }

    private static <S, R> boolean run(Section<S, R> section, RunContext context) {
        S spec = section.spec(context);
        if (spec == null) {
            return false;
        }
        R result = section.run(spec, context);
        if (result == null) {
            return false;
        }
        context.result(section, result);
        return true;
    }

    /** summary.json's tree: the run's identity, then each section's part in order. */
    public ObjectNode summary(RunOutcome outcome) {
        RunContext context = outcome.context();
        Scenario scenario = context.scenario();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("scenario", scenario.name());
        root.put("seed", scenario.seed());
        root.put("version", version);
        root.set("units", ScenarioWriter.units(scenario.units()));
        for (Section<?, ?> section : outcome.sections()) {
            summary(section, context, root);
        }
        return root;
    }

    private static <R> void summary(Section<?, R> section, RunContext context, ObjectNode root) {
        section.summary(context.result(section), context, root);
    }

    /** The headline values a sweep keeps of a summary. */
    public ObjectNode headlines(ObjectNode summary) {
        return headlines.keep(summary);
    }

    /** Every result file, in file order: summary.json, each section's, the resolved scenario.json (sources inline). */
    public List<ResultFile> files(RunOutcome outcome) {
        return files(outcome, null);
    }

    /**
     * The same for results written into {@code directory}, which scenario.json names a large
     * sources file from ({@link ScenarioWriter#toJson(ScenarioDocument, Path)}); null to inline the sources.
     */
    public List<ResultFile> files(RunOutcome outcome, Path directory) {
        List<ResultFile> files = new ArrayList<>();
        // The tree here, its text on the writing thread, while this thread computes the report's cost
        // curves (the report reads summary.json, then scenario.json, once they are written).
        ObjectNode summary = summary(outcome);
        files.add(ResultFile.text(SUMMARY, () -> SummaryText.of(summary)));
        for (Section<?, ?> section : outcome.sections()) {
            files.addAll(files(section, outcome.context()));
        }
        ScenarioDocument document = outcome.context().document();
        // Version 2 has its own writer; a large version-1 CSV is named by path and hash (directory given).
        // Printed on the writing thread too, after the tables, from the model, which nothing changes any more.
        files.add(ResultFile.text(SCENARIO, () -> document.isMultiPollutant()
                ? MultiScenarioWriter.toJson(document)
                : directory == null ? ScenarioWriter.toJson(document) : ScenarioWriter.toJson(document, directory)));
        return files;
    }


    private static <R> List<ResultFile> files(Section<?, R> section, RunContext context) {
        return section.files(context.result(section), context);
    }

    /** The report's files, made from the run's result files as staged in {@code staged}. */
    public List<ResultFile> report(RunOutcome outcome, StagedFiles staged) throws IOException {
        return report == null ? List.of() : report.files(outcome.context(), staged);
    }

    /** Every file name a run may write: what an earlier run left and this one does not write is removed. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>(List.of(SUMMARY, SCENARIO));
        sections.forEach(section -> names.addAll(section.fileNames()));
        if (report != null) {
            names.addAll(report.fileNames());
        }
        return names;
    }
}
