package org.airshed.market.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trading zones ({@code $.market.zones}): the zone of each region, and the directions in which
 * permits may cross between zones. Trades within a zone are always allowed.
 *
 * @param zoneOfRegion region id → zone name; every region with sources has one
 * @param flows        allowed crossings: permits may move from {@code from} to {@code to}
 */
public record ZoneSpec(Map<String, String> zoneOfRegion, List<Flow> flows) {
    public ZoneSpec {
        zoneOfRegion = Collections.unmodifiableMap(new LinkedHashMap<>(zoneOfRegion));
        flows = List.copyOf(flows);
    }

    /** Zone names in sorted order: zone index z is the z-th. */
    public List<String> zones() {
        return List.copyOf(new TreeSet<>(zoneOfRegion.values()));
    }

    /** Permits may be sold from a source in zone {@code from} to a source in zone {@code to}. */
    public record Flow(String from, String to) {
    }
}
