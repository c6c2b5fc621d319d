package org.airshed.scenarios.pipeline;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiScenarioProblem;

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
    private final Map<Section<?, ?>, Object> shared = new IdentityHashMap<>();
    private final Function<Scenario, ScenarioProblem> converter;
    private final Overrides overrides;
    private ScenarioProblem problem;
    private AllocationReport allocation;
    private MultiScenarioProblem multiProblem;
    private MultiAllocationReport multiAllocation;

    RunContext(String fileName, ScenarioDocument document, AllocationSolver solver, String version,
               Function<Scenario, ScenarioProblem> converter, Overrides overrides) {
        this.fileName = fileName;
        this.overrides = overrides;
        this.document = document;
        this.solver = solver;
        this.version = version;
        this.converter = converter;
    }

    /** The command line's overrides the document was read with: the check stage's problems name their flags. */
    Overrides overrides() {
        return overrides;
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

    /** Whether the file is a version-2 file with several pollutants (then {@link #multiProblem()} applies). */
    public boolean isMultiPollutant() {
        return document.isMultiPollutant();
    }

    /** A version-2 scenario in solver form, converted on first use and shared from then on. */
    public MultiScenarioProblem multiProblem() {
        if (multiProblem == null) {
            multiProblem = MultiScenarioProblem.of(document.multiPollutant());
        }
        return multiProblem;
    }

    /** A version-2 scenario's allocation, once its section has run; null before (and for version 1). */
    public MultiAllocationReport multiAllocation() {
        return multiAllocation;
    }

    /** Set by the several-pollutant allocation section. */
    public void multiAllocation(MultiAllocationReport report) {
        this.multiAllocation = report;
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

    /**
     * What {@code section} needs in its check and again in its run (the several-pollutant market's clearing
     * prices: one solve), made by {@code make} on first use in this run and kept, null included.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Section<?, ?> section, Supplier<T> make) {
        // Safe: a section keeps one kind of value under its own key.
        if (!shared.containsKey(section)) {
            shared.put(section, make.get());
        }
        return (T) shared.get(section);
    }
}
