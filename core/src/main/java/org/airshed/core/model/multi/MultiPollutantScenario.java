package org.airshed.core.model.multi;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.model.Checks;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Region;
import org.airshed.core.model.Units;
import org.airshed.core.util.JsonPath;

/**
 * A complete, validated version-2 scenario (FORMAT.md "Version 2 additions"): several pollutants,
 * per-pollutant emissions, curves or co-control options, signed precursor transfer, per-pollutant caps
 * and duties, and health. Kept apart from the one-pollutant {@link org.airshed.core.model.Scenario},
 * which version-1 files keep reading into unchanged. Cross-references are checked here; violations name
 * fields in file terms ({@code sources[3].emissions.SOx}, {@code transfer.SH.NOx.XX}).
 *
 * @param pollutants pollutant ids in file order (the index p of every per-pollutant array)
 * @param health     region id → concentration–response function, for the regions that give one
 */
public record MultiPollutantScenario(String name, String description, long seed, Units units, Objective objective,
                                     List<String> pollutants, List<Region> regions, Map<String, Health> health,
                                     MultiTransfer transfer, List<MultiSource> sources, MultiPolicy policy) {
    public MultiPollutantScenario {
        pollutants = List.copyOf(pollutants);
        regions = List.copyOf(regions);
        sources = List.copyOf(sources);
        health = Collections.unmodifiableMap(new LinkedHashMap<>(health == null ? Map.of() : health));
        units = units == null ? Units.DEFAULT : units;
        objective = objective == null ? Objective.COST : objective;
        transfer = transfer == null ? MultiTransfer.EMPTY : transfer;
        policy = policy == null ? MultiPolicy.NONE : policy;
        description = description == null ? "" : description;

        Checks c = new Checks().notBlank("name", name);
        c.require(!pollutants.isEmpty(), "pollutants", "[]", "at least one pollutant is required");
        Set<String> known = new HashSet<>();
        for (int p = 0; p < pollutants.size(); p++) {
            c.notBlank("pollutants[" + p + "].id", pollutants.get(p));
            c.require(known.add(pollutants.get(p)), "pollutants[" + p + "].id", pollutants.get(p),
                    "duplicate pollutant id");
        }
        c.require(!regions.isEmpty(), "regions", "[]", "at least one region is required");
        Map<String, Integer> byId = new HashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            c.require(byId.putIfAbsent(region.id(), r) == null, "regions[" + r + "].id", region.id(), "duplicate region id");
        }
        for (Map.Entry<String, Health> h : health.entrySet()) {
            Integer r = byId.get(h.getKey());
            c.require(r != null, JsonPath.child("health", h.getKey()), h.getKey(), "unknown region");
            if (r != null) {
                c.require(regions.get(r).population().isPresent(), "regions[" + r + "].health", "no population",
                        "deaths avoided are counted per person: give the region's population too");
            }
        }
        String pollutantList = pollutants.toString();
        Set<String> sourceIds = new HashSet<>();
        for (int s = 0; s < sources.size(); s++) {
            MultiSource source = sources.get(s);
            String at = "sources[" + s + "]";
            c.require(sourceIds.add(source.id()), at + ".id", source.id(), "duplicate source id");
            if (!byId.containsKey(source.region())) {
                c.require(false, at + ".region", source.region(),
                        "unknown region (known: " + byId.keySet().stream().sorted().toList() + ")");
            }
            for (String p : source.emissions().keySet()) {
                requirePollutant(c, known, at + ".emissions", p, pollutantList);
            }
            if (source.curves() != null) {
                source.curves().forEach((p, curve) -> {
                    requirePollutant(c, known, at + ".curves", p, pollutantList);
                    // A declared pollutant the source does not emit: nothing to abate.
                    if (known.contains(p) && !source.emissions().containsKey(p) && curve.maxAbatement() > 0) {
                        c.require(false, JsonPath.child(at + ".curves", p), curve.maxAbatement(),
                                "the curve abates more than the source emits of " + p + " (0.0)");
                    }
                });
            } else if (source.options() != null) {
                for (int o = 0; o < source.options().size(); o++) {
                    for (String p : source.options().get(o).removal().keySet()) {
                        requirePollutant(c, known, at + ".options[" + o + "].removal", p, pollutantList);
                    }
                }
            }
        }
        transfer.coefficients().forEach((receptor, row) -> {
            String at = JsonPath.child("transfer", receptor);
            c.require(byId.containsKey(receptor), at, receptor, "unknown receptor region");
            row.forEach((pollutant, cells) -> {
                requirePollutant(c, known, at, pollutant, pollutantList);
                for (String source : cells.keySet()) {
                    if (!byId.containsKey(source)) { // named only when wrong: a matrix has many cells
                        c.require(false, JsonPath.child(JsonPath.child(at, pollutant), source), source,
                                "unknown source region");
                    }
                }
            });
        });
        policy.caps().keySet().forEach(p -> requirePollutant(c, known, "policy.caps", p, pollutantList));
        policy.receptorLimits().keySet().forEach(j -> c.require(byId.containsKey(j),
                JsonPath.child("policy.receptorLimits", j), j, "unknown receptor region"));
        policy.duties().forEach((region, row) -> {
            String at = JsonPath.child("policy.duties", region);
            c.require(byId.containsKey(region), at, region, "unknown region");
            row.keySet().forEach(p -> requirePollutant(c, known, at, p, pollutantList));
        });
        c.throwIfAny();
    }

    /** Pollutant {@code id}, a key of the object at {@code parent}, must be declared. */
    private static void requirePollutant(Checks c, Set<String> known, String parent, String id, String list) {
        if (!known.contains(id)) {
            c.require(false, JsonPath.child(parent, id), id, "unknown pollutant (declared in $.pollutants: " + list + ")");
        }
    }

    public int regionIndex(String id) {
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region: " + id);
    }

    /** Total baseline emissions of {@code pollutant} (mass). */
    public double totalEmissions(String pollutant) {
        double total = 0;
        for (MultiSource s : sources) {
            total += s.emissions(pollutant);
        }
        return total;
    }

    /**
     * δ_j of region j for the welfare objective (money per concentration unit): its
     * {@code damagePerConcentration} when given (non-zero), else the value linearised from its
     * {@code health}, else 0.
     */
    public double damagePerConcentration(int j) {
        Region region = regions.get(j);
        if (region.damagePerConcentration() > 0) {
            return region.damagePerConcentration();
        }
        Health h = health.get(region.id());
        return h == null ? 0 : h.linearisedDamage(region.population().orElse(0));
    }
}
