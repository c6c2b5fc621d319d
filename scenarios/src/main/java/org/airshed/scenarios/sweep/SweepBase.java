package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.airshed.core.model.Scenario;

/**
 * The scenario a sweep varies, read once and checked: its tree is copied for each run.
 *
 * @param fileName      how problems name it (the file, or the bundled scenario's file name)
 * @param baseDirectory where its {@code sourcesFile} is resolved; null for a bundled scenario
 * @param text          its resolved text (sources of a {@code sourcesFile} included), for the fingerprint
 * @param tree          the resolved tree: every source in {@code sources}, so that runs never read the
 *                      CSV again and {@code $.sources[*]} paths reach CSV sources too (never modified)
 * @param scenario      the scenario it reads as
 */
public record SweepBase(String fileName, Path baseDirectory, String text, ObjectNode tree, Scenario scenario) {
}
