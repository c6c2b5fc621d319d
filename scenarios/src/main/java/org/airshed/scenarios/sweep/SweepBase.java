package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.scenarios.pipeline.OwnInputs;

/**
 * The scenario a sweep varies, read once, checked and resolved: every default written out and
 * every source (those of a {@code sourcesFile} too) in {@code sources}, so that runs never read
 * a CSV again and {@code $.sources[*]} paths reach every source. Its tree is copied for each run.
 *
 * @param fileName how problems name it (the file, or the bundled scenario's file name)
 * @param runName  how a run's row names it (runs.csv's reasons): as the sweep file does, so that a
 *                 sweep's tables do not depend on the directory it ran from
 * @param text     its resolved text, for the sweep's fingerprint
 * @param tree     the resolved tree (never modified)
 * @param files    the files it was read from (the scenario file unless bundled, its sourcesFile):
 *                 inputs the sweep's results must not replace; none for a base handed over resolved
 */
public record SweepBase(String fileName, String runName, String text, ObjectNode tree, List<OwnInputs.Input> files) {
    public SweepBase {
        files = List.copyOf(files);
    }
}
