package org.airshed.core.io;

import java.util.List;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Source;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;

/**
 * What a scenario's JSON gave, before cross-references are checked. A part that could not be
 * read is null (its problems are already reported). {@code sources} are the JSON's own;
 * {@code sourcesFile} (null when absent) names the CSV whose sources follow them.
 */
record ScenarioParts(String name, String description, long seed, Units units, Objective objective,
                     List<Region> regions, TransferMatrix transfer, List<Source> sources,
                     List<Source> sourceSlots, String sourcesFile, Policy policy) {
}
