package org.airshed.scenarios.library.pm25;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.scenarios.pipeline.Overrides;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.RunOutcome;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.pipeline.ScenarioSource;
import org.airshed.scenarios.run.ScenarioRunner;

/** A bundled version-2 file, possibly edited, run through the same pipeline as {@code airshed run}, without writing files. */
final class V2Runs {
    private V2Runs() {
    }

    /** The run: its context's multiAllocation() and its sections' results. */
    static RunOutcome run(String resource, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) Bundled.tree(resource).deepCopy();
        edit.accept(tree);
        ScenarioPipeline pipeline = new ScenarioRunner(new ExactAllocationSolver(), "test").pipeline();
        ScenarioDocument document = pipeline.read(ScenarioSource.tree(resource, tree, null), Overrides.NONE);
        RunContext context = pipeline.context(resource, document);
        return pipeline.run(context);
    }

    /** The tree without {@code policy.<part>.<key>} (key null: the whole part). */
    static void drop(ObjectNode tree, String part, String key) {
        JsonNode policy = tree.get("policy");
        if (key == null) {
            ((ObjectNode) policy).remove(part);
        } else {
            ((ObjectNode) policy.get(part)).remove(key);
        }
    }
}
