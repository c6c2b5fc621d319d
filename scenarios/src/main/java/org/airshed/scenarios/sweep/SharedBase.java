package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.scenarios.pipeline.ScenarioPipeline;

/**
 * What the runs of a sweep that names no source share, made once per worker (the threads of a
 * local sweep, a Spark executor's tasks): the base read into the model once, its solver arrays
 * converted once, and its tree without the sources, which is all a run copies and edits. A run
 * then reads only that small tree, with the base's sources ({@link ScenarioReader#readWithSources}),
 * and its problem shares the base's source arrays, with its own region weights, cap and receptor
 * rows ({@link ScenarioProblem#withSourcesOf}): a cap, a limit, a damage, a transfer coefficient,
 * a transaction cost or a market or compensation setting is an edit of a few arrays, not a
 * re-reading of a national inventory.
 */
final class SharedBase {
    private final ObjectNode skeleton;
    private final List<Source> sources;
    private final ScenarioProblem problem;
    private final double baselineTotal;

    private SharedBase(ObjectNode skeleton, List<Source> sources, ScenarioProblem problem, double baselineTotal) {
        this.skeleton = skeleton;
        this.sources = sources;
        this.problem = problem;
        this.baselineTotal = baselineTotal;
    }

    /** Reads and converts the base once, with the sections of {@code pipeline}. */
    static SharedBase of(SweepBase base, ScenarioPipeline pipeline) {
        ScenarioDocument document = ScenarioReader.read(base.fileName(), base.tree(), SweepSetup.RESOLVED,
                pipeline.readers());
        Scenario scenario = document.scenario();
        ObjectNode skeleton = JsonNodeFactory.instance.objectNode();
        base.tree().fields().forEachRemaining(e -> {
            if (!e.getKey().equals("sources")) {
                skeleton.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return new SharedBase(skeleton, scenario.sources(), ScenarioProblem.of(scenario),
                SweepPlan.baselineTotal(base.tree()));
    }

    /** A fresh copy of the base's tree without its sources, for a run to edit. */
    ObjectNode skeleton() {
        return skeleton.deepCopy();
    }

    /** The base's sources, read and checked once. */
    List<Source> sources() {
        return sources;
    }

    /** A variant's solver arrays: the base's source arrays, shared, with the variant's own requirements. */
    ScenarioProblem problem(Scenario variant) {
        return ScenarioProblem.withSourcesOf(problem, variant);
    }

    /** The sources' total baseline as {@code scale-cut} sums it from the tree. */
    double baselineTotal() {
        return baselineTotal;
    }
}
