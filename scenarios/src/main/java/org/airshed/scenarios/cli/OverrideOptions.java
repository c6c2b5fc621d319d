package org.airshed.scenarios.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.study.SolveMode;
import org.airshed.scenarios.pipeline.FlagOverride;
import org.airshed.scenarios.pipeline.Overrides;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.pipeline.ScenarioSource;
import picocli.CommandLine.Option;

/**
 * {@code --seed}, {@code --mode} and {@code --time-limit}: one definition mixed into {@code run} and
 * {@code validate}, so that validate reads and checks the scenario exactly as run will.
 */
final class OverrideOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Use this seed instead of the scenario's ($.seed).")
    Long seed;

    @Option(names = "--mode", paramLabel = "MODE", description = "continuous or discrete (instead of the scenario's"
            + " $.mode): discrete picks one technology option per source.")
    String mode;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Discrete mode: bound the search by this many"
            + " seconds (sets $.discrete.timeLimitSeconds and drops its steps and unimprovedSteps; not reproducible):"
            + " in version 1 branch and bound takes at most half and the local search after an unproven tree the"
            + " rest, in version 2 the tree all of it. Without it, branch and bound ends within 20,000 nodes"
            + " ($.discrete.nodes), and the version-1 search after an unproven tree after 1,000 unimproved steps.")
    Double timeLimit;

    /** Reads the scenario with the overrides applied, and refuses a time limit outside discrete mode. */
    ScenarioDocument read(ScenarioPipeline pipeline, ScenarioSource source) {
        ScenarioDocument document = pipeline.read(source, overrides());
        if (timeLimit != null && document.section(SolveMode.READER) != SolveMode.DISCRETE) {
            throw new BadInputException("--time-limit applies to discrete mode: add --mode discrete (or \"mode\":"
                    + " \"discrete\" in the scenario)", null);
        }
        return document;
    }

    /** The flags as edits of the scenario's tree. */
    Overrides overrides() {
        List<FlagOverride> list = new ArrayList<>();
        if (seed != null) {
            list.add(FlagOverride.of("--seed", "$.seed", LongNode.valueOf(seed)));
        }
        if (mode != null) {
            list.add(FlagOverride.of("--mode", "$.mode", TextNode.valueOf(mode)));
        }
        if (timeLimit != null) {
            // A time limit replaces the step limits, and only them: the node budget stays the file's.
            ObjectNode discrete = JsonNodeFactory.instance.objectNode();
            discrete.put("timeLimitSeconds", timeLimit);
            discrete.putNull("unimprovedSteps");
            discrete.putNull("steps");
            list.add(FlagOverride.merge("--time-limit", "$.discrete", discrete));
        }
        return new Overrides(list);
    }
}
