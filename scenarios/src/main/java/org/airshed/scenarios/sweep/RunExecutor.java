package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.pipeline.Overrides;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.RunOutcome;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.pipeline.ScenarioSource;
import org.airshed.scenarios.run.ScenarioRunner;

/**
 * Runs one variant through the same pipeline as {@code airshed run} (read, check, run), without
 * writing files, and turns the outcome into its journal line. A variant that is not a valid
 * scenario, or whose allocation is infeasible, or that fails inside, becomes a row saying so with
 * the reason; it never stops the sweep. When no parameter names a source, runs share the base's
 * sources and their solver arrays ({@link SharedBase}); otherwise each run copies and reads the
 * whole tree. Both routes give the same lines. Safe for many threads at once.
 */
public final class RunExecutor {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SweepPlan plan;
    private final String fileName;
    private final Supplier<ScenarioRunner> runners;
    /** Null when runs read the whole tree. */
    private final SharedBase shared;

    private RunExecutor(SweepPlan plan, String fileName, Supplier<ScenarioRunner> runners, SharedBase shared) {
        this.plan = plan;
        this.fileName = fileName;
        this.runners = runners;
        this.shared = shared;
    }

    /**
     * Reads and converts the base once, now, when the runs can share it; the executor then keeps
     * neither the base's text nor its whole tree.
     */
    public static RunExecutor of(SweepPlan plan, SweepBase base, Supplier<ScenarioRunner> runners) {
        if (!plan.leavesSourcesAlone() || base.tree().has("pollutants")) {
            // Sharing sources is the one-pollutant route; a file with pollutants reads each run whole.
            return treeRoute(plan, base, runners);
        }
        return new RunExecutor(plan.withoutBaseTree(), base.runName(), runners,
                SharedBase.of(base, runners.get().pipeline()));
    }

    /** Every run copies and reads the whole tree: the reference route. */
    static RunExecutor treeRoute(SweepPlan plan, SweepBase base, Supplier<ScenarioRunner> runners) {
        return new RunExecutor(plan, base.runName(), runners, null);
    }

    /** Whether runs share the base's sources and solver arrays. */
    public boolean sharesSources() {
        return shared != null;
    }

    /** Run {@code index}'s line in the journal and runs.jsonl. */
    public String line(int index) {
        return line(run(index));
    }

    SweepRow run(int index) {
        ObjectNode none = JsonNodeFactory.instance.objectNode();
        SweepPlan.Variant v;
        try {
            v = variant(index);
        } catch (IllegalArgumentException e) {
            // An earlier parameter changed what a later path names (an id renamed, say).
            return new SweepRow(index, plan.seed(index), plan.dimensionValues(index), SweepRow.INVALID,
                    "the sweep's parameters cannot be applied to this run: " + e.getMessage(), none);
        }
        try {
            ScenarioPipeline pipeline = runners.get().pipeline();
            RunOutcome outcome = pipeline.run(context(v, pipeline));
            ObjectNode results = pipeline.headlines(pipeline.summary(outcome));
            if (outcome.isInfeasible()) {
                return new SweepRow(index, v.seed(), v.values(), SweepRow.INFEASIBLE, reasons(outcome),
                        results);
            }
            return new SweepRow(index, v.seed(), v.values(), SweepRow.OK, null, results);
        } catch (ScenarioInputException e) {
            return new SweepRow(index, v.seed(), v.values(), SweepRow.INVALID, e.getMessage().replace("\n", "; "), none);
        } catch (RuntimeException e) {
            return new SweepRow(index, v.seed(), v.values(), SweepRow.ERROR, RunFailure.reason(e), none);
        }
    }

    /**
     * Run {@code index}'s values applied to a copy of the base's tree, or, on the shared route, of
     * its tree without the sources. Throws IllegalArgumentException when they cannot be applied.
     */
    SweepPlan.Variant variant(int index) {
        return shared == null ? plan.variant(index) : plan.variant(index, shared.skeleton(), shared.baselineTotal());
    }

    /**
     * The context {@code pipeline} checks and runs the variant in: read from its whole tree, or with
     * the base's sources and a problem sharing their arrays. Throws ScenarioInputException when the
     * variant does not read.
     */
    RunContext context(SweepPlan.Variant v, ScenarioPipeline pipeline) {
        if (shared == null) {
            ScenarioDocument document = pipeline.read(ScenarioSource.tree(fileName, v.scenario(),
                    SweepSetup.RESOLVED), Overrides.NONE);
            return pipeline.context(fileName, document);
        }
        ScenarioDocument document = pipeline.read(ScenarioSource.withSources(fileName, v.scenario(),
                shared.sources()), Overrides.NONE);
        return pipeline.context(fileName, document, shared::problem);
    }

    /** Why the allocation has no solution, as summary.json's {@code allocation.reasons} words it. */
    private static String reasons(RunOutcome outcome) {
        List<String> reasons = outcome.reasons().stream().map(Object::toString).toList();
        return reasons.isEmpty() ? outcome.status().key() : String.join("; ", reasons);
    }

    /** The row as its journal line (and runs.jsonl line): compact JSON, keys in a fixed order. */
    static String line(SweepRow row) {
        try {
            return MAPPER.writeValueAsString(row.toJson());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
