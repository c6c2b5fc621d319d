package org.airshed.core.io;

import java.util.List;
import java.util.Map;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Region;
import org.airshed.core.model.Units;
import org.airshed.core.model.multi.Health;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.model.multi.MultiTransfer;

/**
 * The parts of a version-2 scenario as read, before they are put together; a part that could not be
 * read is null. {@code sourceSlots} has every source position, null where one could not be read.
 */
record MultiScenarioParts(String name, String description, long seed, Units units, Objective objective,
                          List<String> pollutants, List<Region> regions, Map<String, Health> health,
                          MultiTransfer transfer, List<MultiSource> sources, List<MultiSource> sourceSlots,
                          MultiPolicy policy) {
}
