package org.airshed.scenarios.library.pm25;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A plain, test-only reading of a docs/FORMAT.md version 2 scenario tree, with every structural
 * problem collected (unknown keys, duplicate ids, unknown references, removals outside [0, 1],
 * negative emissions, curves beyond the baseline). Nothing here is the project's v2 reader, which
 * does not exist yet: it only checks that the generated files keep the contract.
 */
final class V2File {
    record Option(String name, Map<String, Double> removal, double annualCost) {
    }

    /** A per-pollutant curve: steps {amount, unitCost} or a quadratic {linear, slope, max}. */
    record Curve(List<double[]> steps, double[] quadratic) {
        double max() {
            if (quadratic != null) {
                return quadratic[2];
            }
            return steps.stream().mapToDouble(s -> s[0]).sum();
        }
    }

    record Source(String id, String region, Map<String, Double> emissions, List<Option> options,
                  Map<String, Curve> curves) {
        double emission(String pollutant) {
            return emissions.getOrDefault(pollutant, 0.0);
        }
    }

    final List<String> problems = new ArrayList<>();
    final List<String> pollutants = new ArrayList<>();
    final List<String> regions = new ArrayList<>();
    final Map<String, Double> background = new LinkedHashMap<>();
    final Map<String, Double> population = new LinkedHashMap<>();
    /** transfer[receptor][pollutant][source region]. */
    final Map<String, Map<String, Map<String, Double>>> transfer = new LinkedHashMap<>();
    final List<Source> sources = new ArrayList<>();
    final Map<String, Double> caps = new LinkedHashMap<>();
    final Map<String, Double> limits = new LinkedHashMap<>();
    final Map<String, Map<String, Double>> duties = new LinkedHashMap<>();

    private static final Set<String> ROOT = Set.of("name", "description", "seed", "units", "objective", "mode",
            "pollutants", "regions", "transfer", "sources", "policy", "market", "compensation");
    private static final Set<String> REGION = Set.of("id", "name", "population", "gdp", "damagePerConcentration",
            "background", "transactionCost", "health");
    private static final Set<String> HEALTH = Set.of("mortalityRate", "beta", "vsl");
    private static final Set<String> SOURCE = Set.of("id", "region", "sector", "department", "emissions", "options",
            "curves");
    private static final Set<String> OPTION = Set.of("name", "removal", "annualCost");
    private static final Set<String> POLICY = Set.of("caps", "receptorLimits", "duties");

    static V2File of(JsonNode root) {
        V2File f = new V2File();
        f.read(root);
        return f;
    }

    private void read(JsonNode root) {
        keys(root, ROOT, "$");
        require(root.path("name").isTextual(), "$.name: missing");
        require(root.path("description").isTextual(), "$.description: missing");
        JsonNode ps = root.path("pollutants");
        require(ps.isArray() && ps.size() > 0, "$.pollutants: a non-empty array is required");
        for (JsonNode p : ps) {
            keys(p, Set.of("id"), "$.pollutants[]");
            String id = p.path("id").asText();
            require(!pollutants.contains(id), "$.pollutants: duplicate id " + id);
            pollutants.add(id);
        }
        for (JsonNode r : root.path("regions")) {
            keys(r, REGION, "$.regions[]");
            String id = r.path("id").asText();
            require(!regions.contains(id), "$.regions: duplicate id " + id);
            regions.add(id);
            background.put(id, r.path("background").asDouble(0));
            population.put(id, r.path("population").asDouble(0));
            if (r.has("health")) {
                keys(r.get("health"), HEALTH, "$.regions." + id + ".health");
                HEALTH.forEach(h -> require(r.get("health").path(h).asDouble(-1) > 0,
                        "$.regions." + id + ".health." + h + ": must be > 0"));
                require(r.path("population").asDouble(0) > 0, "$.regions." + id + ": health needs a population");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> receptors = root.path("transfer").fields();
        while (receptors.hasNext()) {
            Map.Entry<String, JsonNode> receptor = receptors.next();
            require(regions.contains(receptor.getKey()), "$.transfer." + receptor.getKey() + ": unknown receptor");
            Map<String, Map<String, Double>> byPollutant = new LinkedHashMap<>();
            receptor.getValue().fields().forEachRemaining(p -> {
                require(pollutants.contains(p.getKey()), "$.transfer." + receptor.getKey() + "." + p.getKey()
                        + ": unknown pollutant");
                Map<String, Double> row = new LinkedHashMap<>();
                p.getValue().fields().forEachRemaining(s -> {
                    require(regions.contains(s.getKey()), "$.transfer." + receptor.getKey() + "." + p.getKey() + "."
                            + s.getKey() + ": unknown source region");
                    require(s.getValue().isNumber(), "$.transfer...: not a number");
                    row.put(s.getKey(), s.getValue().asDouble());
                });
                byPollutant.put(p.getKey(), row);
            });
            transfer.put(receptor.getKey(), byPollutant);
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode s : root.path("sources")) {
            source(s, ids);
        }
        JsonNode policy = root.path("policy");
        keys(policy, POLICY, "$.policy");
        policy.path("caps").fields().forEachRemaining(c -> {
            require(pollutants.contains(c.getKey()), "$.policy.caps." + c.getKey() + ": unknown pollutant");
            require(c.getValue().asDouble(-1) >= 0, "$.policy.caps." + c.getKey() + ": must be >= 0");
            caps.put(c.getKey(), c.getValue().asDouble());
        });
        policy.path("receptorLimits").fields().forEachRemaining(l -> {
            require(regions.contains(l.getKey()), "$.policy.receptorLimits." + l.getKey() + ": unknown receptor");
            require(l.getValue().asDouble() > background.getOrDefault(l.getKey(), 0.0),
                    "$.policy.receptorLimits." + l.getKey() + ": below the background");
            limits.put(l.getKey(), l.getValue().asDouble());
        });
        policy.path("duties").fields().forEachRemaining(d -> {
            require(regions.contains(d.getKey()), "$.policy.duties." + d.getKey() + ": unknown region");
            Map<String, Double> row = new LinkedHashMap<>();
            d.getValue().fields().forEachRemaining(p -> {
                require(pollutants.contains(p.getKey()), "$.policy.duties." + d.getKey() + "." + p.getKey()
                        + ": unknown pollutant");
                require(p.getValue().asDouble(-1) >= 0, "$.policy.duties." + d.getKey() + ": negative");
                row.put(p.getKey(), p.getValue().asDouble());
            });
            duties.put(d.getKey(), row);
        });
    }

    private void source(JsonNode s, Set<String> ids) {
        String id = s.path("id").asText();
        String at = "$.sources." + id;
        keys(s, SOURCE, at);
        require(!id.isEmpty() && ids.add(id), at + ": missing or duplicate id");
        String region = s.path("region").asText();
        require(regions.contains(region), at + ".region: unknown region " + region);
        require(!s.has("baseline"), at + ": a version 2 source gives emissions, not baseline");
        Map<String, Double> emissions = new LinkedHashMap<>();
        s.path("emissions").fields().forEachRemaining(e -> {
            require(pollutants.contains(e.getKey()), at + ".emissions." + e.getKey() + ": unknown pollutant");
            require(e.getValue().isNumber() && e.getValue().asDouble() >= 0, at + ".emissions." + e.getKey()
                    + ": must be a number >= 0");
            emissions.put(e.getKey(), e.getValue().asDouble());
        });
        require(s.has("options") != s.has("curves"), at + ": exactly one of options and curves");
        List<Option> options = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode o : s.path("options")) {
            keys(o, OPTION, at + ".options[]");
            String name = o.path("name").asText();
            require(!name.isEmpty() && !"none".equals(name) && names.add(name), at + ".options: bad or duplicate name "
                    + name);
            Map<String, Double> removal = new LinkedHashMap<>();
            o.path("removal").fields().forEachRemaining(r -> {
                require(pollutants.contains(r.getKey()), at + ".options." + name + ".removal." + r.getKey()
                        + ": unknown pollutant");
                double v = r.getValue().asDouble(-1);
                require(v >= 0 && v <= 1, at + ".options." + name + ".removal." + r.getKey() + " = " + v
                        + ": outside [0, 1]");
                removal.put(r.getKey(), v);
            });
            require(!removal.isEmpty(), at + ".options." + name + ": removes nothing");
            double cost = o.path("annualCost").asDouble(-1);
            require(o.path("annualCost").isNumber() && cost >= 0, at + ".options." + name + ".annualCost: must be >= 0");
            options.add(new Option(name, removal, cost));
        }
        Map<String, Curve> curves = new LinkedHashMap<>();
        s.path("curves").fields().forEachRemaining(c -> {
            String p = c.getKey();
            require(pollutants.contains(p), at + ".curves." + p + ": unknown pollutant");
            JsonNode curve = c.getValue();
            require(curve.has("steps") != curve.has("quadratic"), at + ".curves." + p + ": exactly one of steps, quadratic");
            Curve parsed;
            if (curve.has("steps")) {
                List<double[]> steps = new ArrayList<>();
                double previous = Double.NEGATIVE_INFINITY;
                for (JsonNode st : curve.get("steps")) {
                    keys(st, Set.of("amount", "unitCost"), at + ".curves." + p + ".steps[]");
                    double amount = st.path("amount").asDouble(-1);
                    double unit = st.path("unitCost").asDouble();
                    require(amount >= 0, at + ".curves." + p + ": negative amount");
                    require(unit >= previous, at + ".curves." + p + ": unit costs must not decrease");
                    previous = unit;
                    steps.add(new double[] {amount, unit});
                }
                parsed = new Curve(steps, null);
            } else {
                JsonNode q = curve.get("quadratic");
                keys(q, Set.of("linear", "slope", "max"), at + ".curves." + p + ".quadratic");
                parsed = new Curve(null, new double[] {q.path("linear").asDouble(0), q.path("slope").asDouble(),
                        q.path("max").asDouble()});
                require(parsed.quadratic()[1] > 0 && parsed.quadratic()[2] >= 0, at + ".curves." + p + ": bad quadratic");
            }
            require(parsed.max() <= emissions.getOrDefault(p, 0.0) * (1 + 1e-12), at + ".curves." + p
                    + ": abates more than the baseline");
            curves.put(p, parsed);
        });
        sources.add(new Source(id, region, emissions, options, curves));
    }

    /** Unknown keys are errors in the file contract: a typo must not be silently ignored. */
    private void keys(JsonNode node, Set<String> known, String at) {
        if (!node.isObject()) {
            problems.add(at + ": an object is required");
            return;
        }
        node.fieldNames().forEachRemaining(k -> require(known.contains(k), at + "." + k + ": unknown key"));
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    // ---- plain calculations on the file ----------------------------------------------------

    double baseline(String pollutant) {
        return sources.stream().mapToDouble(s -> s.emission(pollutant)).sum();
    }

    double baseline(String region, String pollutant) {
        return sources.stream().filter(s -> s.region().equals(region)).mapToDouble(s -> s.emission(pollutant)).sum();
    }

    double coefficient(String receptor, String pollutant, String sourceRegion) {
        return transfer.getOrDefault(receptor, Map.of()).getOrDefault(pollutant, Map.of()).getOrDefault(sourceRegion, 0.0);
    }

    /** Concentration at {@code receptor} when every source emits its baseline minus {@code reduction[source][pollutant]}. */
    double concentration(String receptor, Map<String, Map<String, Double>> reduction) {
        double z = background.getOrDefault(receptor, 0.0);
        for (Source s : sources) {
            for (String p : pollutants) {
                double cut = reduction.getOrDefault(s.id(), Map.of()).getOrDefault(p, 0.0);
                z += coefficient(receptor, p, s.region()) * (s.emission(p) - cut);
            }
        }
        return z;
    }

    /**
     * Every source's largest possible reduction of each pollutant taken together: the whole of
     * every curve, and for options the one option that removes the most of every pollutant (it must
     * exist: otherwise no single choice reaches all maxima and this is reported as a problem).
     */
    Map<String, Map<String, Double>> everythingApplied() {
        Map<String, Map<String, Double>> reduction = new LinkedHashMap<>();
        for (Source s : sources) {
            Map<String, Double> cut = new LinkedHashMap<>();
            s.curves().forEach((p, c) -> cut.put(p, c.max()));
            if (!s.options().isEmpty()) {
                Option best = null;
                for (Option o : s.options()) {
                    boolean dominates = true;
                    for (Option other : s.options()) {
                        for (String p : pollutants) {
                            dominates &= o.removal().getOrDefault(p, 0.0) >= other.removal().getOrDefault(p, 0.0);
                        }
                    }
                    if (dominates) {
                        best = o;
                    }
                }
                if (best == null) {
                    problems.add(s.id() + ": no option removes the most of every pollutant");
                } else {
                    best.removal().forEach((p, r) -> cut.put(p, r * s.emission(p)));
                }
            }
            reduction.put(s.id(), cut);
        }
        return reduction;
    }
}
