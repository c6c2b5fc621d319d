package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.airshed.core.model.Scenario;

/**
 * The scenario a sweep varies, read once and checked: its tree is copied for each run.
 *
 * @param fileName      how problems name it (the file, or the bundled scenario's file name)
 * @param baseDirectory where its {@code sourcesFile} is resolved; null for a bundled scenario
 * @param text          its text, for the sweep's fingerprint
 * @param tree          its parsed tree (never modified)
 * @param scenario      the scenario it reads as
 */
public record SweepBase(String fileName, Path baseDirectory, String text, ObjectNode tree, Scenario scenario) {
    /** Total baseline emissions (what {@code scale-cut} measures the cap's reduction from). */
    public double totalBaseline() {
        return scenario.sources().stream().mapToDouble(s -> s.baseline()).sum();
    }
}
