package org.airshed.core.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.util.JsonPath;

/**
 * A complete, validated scenario: regions, their sources, the transfer matrix and the policy.
 * Cross-references (a source's region, transfer and policy keys) are checked here; violations
 * name fields in file terms ({@code sources[3].region}, {@code transfer.SH.XX}).
 */
public record Scenario(String name, String description, long seed, Units units, Objective objective,
                       List<Region> regions, TransferMatrix transfer, List<Source> sources, Policy policy) {
    public Scenario {
        regions = List.copyOf(regions);
        // A table is immutable already, and copying would make a million records.
        sources = sources instanceof SourceTable ? sources : List.copyOf(sources);
        units = units == null ? Units.DEFAULT : units;
        objective = objective == null ? Objective.COST : objective;
        transfer = transfer == null ? TransferMatrix.EMPTY : transfer;
        policy = policy == null ? Policy.NONE : policy;
        description = description == null ? "" : description;

        Checks c = new Checks().notBlank("name", name);
        c.require(!regions.isEmpty(), "regions", "[]", "at least one region is required");
        Map<String, Region> byId = new HashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            c.require(byId.putIfAbsent(region.id(), region) == null, "regions[" + r + "].id", region.id(),
                    "duplicate region id");
        }
        if (sources instanceof SourceTable table && !byId.keySet().containsAll(table.regionIds())) {
            // Ids are unique by construction; regions are looked at source by source only when one is unknown.
            for (int s = 0; s < table.size(); s++) {
                if (!byId.containsKey(table.region(s))) {
                    c.require(false, "sources[" + s + "].region", table.region(s),
                            "unknown region (known: " + byId.keySet().stream().sorted().toList() + ")");
                }
            }
        }
        Set<String> sourceIds = new HashSet<>();
        for (int s = 0; !(sources instanceof SourceTable) && s < sources.size(); s++) {
            Source source = sources.get(s);
            c.require(sourceIds.add(source.id()), "sources[" + s + "].id", source.id(), "duplicate source id");
            if (!byId.containsKey(source.region())) {
                // Built only on failure: a million valid sources must not format this list.
                c.require(false, "sources[" + s + "].region", source.region(),
                        "unknown region (known: " + byId.keySet().stream().sorted().toList() + ")");
            }
        }
        transfer.coefficients().forEach((receptor, cells) -> {
            String row = JsonPath.child("transfer", receptor);
            c.require(byId.containsKey(receptor), row, receptor, "unknown receptor region");
            for (String source : cells.keySet()) {
                if (!byId.containsKey(source)) { // named only when wrong: a matrix has many cells
                    c.require(false, JsonPath.child(row, source), source, "unknown source region");
                }
            }
        });
        policy.receptorLimits().forEach((receptor, limit) -> {
            Region region = byId.get(receptor);
            c.require(region != null, JsonPath.child("policy.receptorLimits", receptor), receptor, "unknown receptor region");
            if (region != null) {
                c.require(limit >= region.background(), JsonPath.child("policy.receptorLimits", receptor), limit,
                        "limit is below the region's background concentration " + region.background()
                                + ", which no abatement inside the scenario can remove");
            }
        });
        policy.duties().forEach((region, duty) -> c.require(byId.containsKey(region), JsonPath.child("policy.duties", region),
                region, "unknown region"));
        c.throwIfAny();
    }

    public Region region(String id) {
        for (Region r : regions) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region: " + id);
    }

    // Source fields without making the record: a table of a million sources answers from its columns.

    public String sourceId(int i) {
        return sources instanceof SourceTable table ? table.id(i) : sources.get(i).id();
    }

    public String sourceRegion(int i) {
        return sources instanceof SourceTable table ? table.region(i) : sources.get(i).region();
    }

    public double sourceBaseline(int i) {
        return sources instanceof SourceTable table ? table.baseline(i) : sources.get(i).baseline();
    }

    /** Total baseline emissions of all sources (mass). */
    public double totalBaseline() {
        if (sources instanceof SourceTable table) {
            return table.totalBaseline();
        }
        double total = 0;
        for (Source s : sources) {
            total += s.baseline();
        }
        return total;
    }
}
