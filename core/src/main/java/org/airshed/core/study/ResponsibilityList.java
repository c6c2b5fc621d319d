package org.airshed.core.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;

/**
 * Aggregates source outcomes per region × sector × department: the multi-department
 * responsibility list (which lead department answers for how much of each region's reduction).
 */
public final class ResponsibilityList {
    private ResponsibilityList() {
    }

    /** Regions in file order; within a region, groups in order of their first source. */
    public static List<Responsibility> of(Scenario scenario, List<SourceOutcome> sources) {
        // One pass over the sources (there may be millions), then the regions in file order.
        Map<String, Map<List<String>, Totals>> byRegion = new HashMap<>();
        for (SourceOutcome s : sources) {
            byRegion.computeIfAbsent(s.region(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(s.sector(), s.department()), key -> new Totals()).add(s);
        }
        List<Responsibility> list = new ArrayList<>();
        for (Region region : scenario.regions()) {
            byRegion.getOrDefault(region.id(), Map.of()).forEach((key, t) -> list.add(new Responsibility(
                    region.id(), key.get(0), key.get(1), t.sources, t.baseline, t.reduction,
                    t.baseline - t.reduction, t.cost)));
        }
        return List.copyOf(list);
    }

    private static final class Totals {
        int sources;
        double baseline;
        double reduction;
        double cost;

        void add(SourceOutcome s) {
            sources++;
            baseline += s.baseline();
            reduction += s.abatement();
            cost += s.cost();
        }
    }
}
