package org.airshed.scenarios.pipeline;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.ScenarioProblem;

/**
 * One run's shared state, handed to every section in turn: the scenario file as read (model
 * built once), its solver arrays (converted once, on first use, then shared by every section and
 * every check), the solver, and the results of the sections that ran before.
 */
public final class RunContext {
    private final String fileName;
    private final ScenarioDocument document;
    private final AllocationSolver solver;
    private final String version;
    private final Map<Section<?, ?>, Object> results = new IdentityHashMap<>();
    private final Function<Scenario, ScenarioProblem> converter;
    private ScenarioProblem problem;
    private AllocationReport allocation;

    RunContext(String fileName, ScenarioDocument document, AllocationSolver solver, String version,
               Function<Scenario, ScenarioProblem> converter) {
        this.fileName = fileName;
        this.document = document;
        this.solver = solver;
        this.version = version;
        this.converter = converter;
    }

    /** The scenario file as problems name it. */
    public String fileName() {
        return fileName;
    }

    public ScenarioDocument document() {
        return document;
    }

    public Scenario scenario() {
        return document.scenario();
    }

    public AllocationSolver solver() {
        return solver;
    }

    public String version() {
        return version;
    }

    /** The scenario in solver form, converted on first use and shared from then on. */
    public ScenarioProblem problem() {
        if (problem == null) {
            problem = converter.apply(document.scenario());
        }
        return problem;
    }

    /** The allocation, once its section has run; null before. */
    public AllocationReport allocation() {
        return allocation;
    }

    /** Set by the allocation section: the sections after it trade on, or compensate, this allocation. */
    public void allocation(AllocationReport report) {
        this.allocation = report;
    }

    /** What {@code section} produced in this run; null when it was skipped or has not run. */
    @SuppressWarnings("unchecked")
    public <R> R result(Section<?, R> section) {
        // Safe: results are stored under the section that produced them.
        return (R) results.get(section);
    }

    <R> void result(Section<?, R> section, R result) {
        results.put(section, result);
    }
}
