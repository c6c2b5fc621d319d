package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.airshed.core.model.SourceTable;

/**
 * A scenario's text parsed for reading: its tree, and, when its {@code sources} array was streamed
 * into columns instead of held as a tree, those sources (already checked one by one, as the tree
 * route checks them); the tree then has no {@code sources}. Overrides and section readers edit and
 * read the tree either way.
 *
 * @param root    the document's tree; without {@code sources} when {@code sources} is not null
 * @param sources the streamed {@code $.sources}, in file order; null when the tree holds its own
 */
public record ScenarioTree(JsonNode root, SourceTable sources) {
    public ScenarioTree {
        if (root == null) {
            throw new IllegalArgumentException("a scenario tree needs its root, got null");
        }
        if (sources != null && root.has("sources")) {
            throw new IllegalArgumentException("sources were streamed, yet the tree still holds $.sources");
        }
    }
}
