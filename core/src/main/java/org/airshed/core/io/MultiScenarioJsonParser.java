package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Objective;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.model.Region;
import org.airshed.core.model.Units;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.Health;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.model.multi.MultiTransfer;
import org.airshed.core.util.JsonPath;

/**
 * Walks a version-2 scenario's JSON tree (docs/FORMAT.md, "Version 2 additions": a file with
 * {@code pollutants}) into the several-pollutant model, reporting every problem at its JSON path
 * as the version-1 parser does, whose readers of units, objective, steps and quadratic curves it
 * shares. Version-1 spellings that a version-2 file must not use ({@code baseline}, a source's own
 * {@code steps}, {@code policy.cap}, {@code sourcesFile}) are refused with the version-2 spelling.
 */
final class MultiScenarioJsonParser {
    static final List<String> TOP_KEYS = List.of("name", "description", "seed", "units", "objective",
            "pollutants", "regions", "transfer", "sources", "policy");
    static final List<String> POLLUTANT_KEYS = List.of("id");
    static final List<String> REGION_KEYS = List.of("id", "name", "population", "gdp",
            "damagePerConcentration", "background", "transactionCost", "health");
    static final List<String> HEALTH_KEYS = List.of("mortalityRate", "beta", "vsl");
    static final List<String> SOURCE_KEYS = List.of("id", "region", "sector", "department", "emissions",
            "curves", "options");
    static final List<String> CURVE_KEYS = List.of("steps", "quadratic");
    static final List<String> OPTION_KEYS = List.of("name", "removal", "annualCost");
    static final List<String> POLICY_KEYS = List.of("caps", "receptorLimits", "duties");
    /**
     * The most pollutants: receptor rows hold pollutants × regions coefficients, dense, and every
     * source a row of pollutants; GAINS and TM5-FASST work with fewer than ten precursors.
     */
    static final int MAX_POLLUTANTS = 100;

    /** Version-1 keys in a file with pollutants: unknown here, as version-2 keys are in version 1, with the way. */
    private static final String VERSION_1 = "unknown key in a file with pollutants: ";
    private static final Map<String, String> TOP_RESERVED = Map.of(
            "sourcesFile", VERSION_1 + "a sources CSV holds one pollutant (version 1); give the sources inline in"
                    + " $.sources (docs/FORMAT.md, \"Version 2 additions\")");
    private static final Map<String, String> SOURCE_RESERVED = Map.of(
            "baseline", VERSION_1 + "give each source's emissions per pollutant, not baseline:"
                    + " \"emissions\": {\"SO2\": 1200, …}",
            "steps", VERSION_1 + "give curves per pollutant: \"curves\": {\"SO2\": {\"steps\": […]}}",
            "quadratic", VERSION_1 + "give curves per pollutant: \"curves\": {\"SO2\": {\"quadratic\": {…}}}");
    private static final Map<String, String> POLICY_RESERVED = Map.of(
            "cap", VERSION_1 + "policy.cap is the one-pollutant form; give caps per pollutant:"
                    + " \"caps\": {\"SO2\": 1.5e6}");

    private final JsonInput in;
    private final Problems problems;
    private final ScenarioJsonParser shared;

    private MultiScenarioJsonParser(JsonInput in) {
        this.in = in;
        this.problems = in.problems();
        this.shared = new ScenarioJsonParser(in);
    }

    /** The parts read; null when the root is not an object. */
    static MultiScenarioParts parse(JsonNode root, JsonInput in, List<String> sectionKeys) {
        return new MultiScenarioJsonParser(in).scenario(root, sectionKeys);
    }

    private MultiScenarioParts scenario(JsonNode root, List<String> sectionKeys) {
        List<String> allowed = new ArrayList<>(TOP_KEYS);
        allowed.addAll(sectionKeys);
        ObjectNode top = in.object(root, "$", allowed, TOP_RESERVED);
        if (top == null) {
            return null;
        }
        String name = in.string(in.required(top, "name", "$"), "$.name");
        String description = in.string(top.get("description"), "$.description");
        Long seed = in.integer(top.get("seed"), "$.seed");
        Units units = shared.units(top.get("units"));
        Objective objective = shared.objective(top.get("objective"));
        List<String> pollutants = in.list(top.get("pollutants"), "$.pollutants", this::pollutant);
        if (pollutants != null && pollutants.size() > MAX_POLLUTANTS) {
            problems.add(in.file(), "$.pollutants", pollutants.size() + " pollutants", "at most " + MAX_POLLUTANTS
                    + " pollutants: receptor rows hold pollutants × regions coefficients, dense (docs/FORMAT.md,"
                    + " \"Limits\")");
            pollutants = null;
        }
        Map<String, Health> health = new LinkedHashMap<>();
        List<Region> regions = in.list(in.required(top, "regions", "$"), "$.regions", (node, path) -> region(node, path,
                health));
        if (regions != null && regions.size() > ScenarioLimits.MAX_REGIONS) {
            problems.add(in.file(), "$.regions", regions.size() + " regions", "at most " + ScenarioLimits.MAX_REGIONS
                    + " regions: the solver and the compensation game hold the transfer matrix dense (limits × regions,"
                    + " regions × regions), 200 MB each at that size (docs/FORMAT.md, \"Limits\")");
            regions = null;
        }
        MultiTransfer transfer = transfer(top.get("transfer"));
        List<MultiSource> slots = top.has("sources") ? in.slots(top.get("sources"), "$.sources", this::source) : List.of();
        List<MultiSource> sources = slots == null || slots.stream().anyMatch(s -> s == null) ? null : slots;
        MultiPolicy policy = policy(top.get("policy"));
        return new MultiScenarioParts(name, description == null ? "" : description, seed == null ? 0 : seed, units,
                objective, pollutants, regions, health, transfer, sources, slots, policy);
    }

    private String pollutant(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, POLLUTANT_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        String id = in.string(in.required(o, "id", path), path + ".id");
        if (id != null && id.isBlank()) {
            in.problem(path + ".id", o.get("id"), "must be a non-empty string");
            return null;
        }
        if (PaddedNames.isPadded(id)) {
            problems.add(in.file(), path + ".id", PaddedNames.shown(id), PaddedNames.reason(id));
            return null;
        }
        return id;
    }

    private Region region(JsonNode node, String path, Map<String, Health> health) {
        ObjectNode o = in.object(node, path, REGION_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        String id = in.string(in.required(o, "id", path), path + ".id");
        String name = in.string(o.get("name"), path + ".name");
        OptionalDouble population = JsonInput.optional(in.quantity(o.get("population"), path + ".population"));
        OptionalDouble gdp = JsonInput.optional(in.quantity(o.get("gdp"), path + ".gdp"));
        double damage = JsonInput.orZero(in.quantity(o.get("damagePerConcentration"), path + ".damagePerConcentration"));
        double background = JsonInput.orZero(in.quantity(o.get("background"), path + ".background"));
        double transactionCost = JsonInput.orZero(in.quantity(o.get("transactionCost"), path + ".transactionCost"));
        Health h = health(o.get("health"), path + ".health");
        if (id == null) {
            return null;
        }
        Region region = problems.build(() -> new Region(id, name, population, gdp, damage, background,
                transactionCost), in.file(), path);
        if (region != null && h != null) {
            health.put(id, h);
        }
        return region;
    }

    private Health health(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, HEALTH_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        Double mortality = in.quantity(in.required(o, "mortalityRate", path), path + ".mortalityRate");
        Double beta = in.quantity(in.required(o, "beta", path), path + ".beta");
        Double vsl = in.quantity(in.required(o, "vsl", path), path + ".vsl");
        if (mortality == null || beta == null || vsl == null) {
            return null;
        }
        return problems.build(() -> new Health(mortality, beta, vsl), in.file(), path);
    }

    private MultiTransfer transfer(JsonNode node) {
        if (node == null) {
            return MultiTransfer.EMPTY;
        }
        ObjectNode o = in.map(node, "$.transfer");
        if (o == null) {
            return null;
        }
        Map<String, Map<String, Map<String, Double>>> rows = new LinkedHashMap<>();
        o.fields().forEachRemaining(row -> {
            String path = JsonPath.child("$.transfer", row.getKey());
            ObjectNode byPollutant = in.map(row.getValue(), path);
            Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
            if (byPollutant != null) {
                byPollutant.fields().forEachRemaining(p -> {
                    if (p.getValue().isNumber()) {
                        in.problem(JsonPath.child(path, p.getKey()), p.getValue(), "a file with pollutants gives transfer"
                                + " per receptor, pollutant and source region: transfer[receptor][pollutant][sourceRegion]");
                    } else {
                        cells.put(p.getKey(), in.quantityMap(p.getValue(), JsonPath.child(path, p.getKey())));
                    }
                });
            }
            rows.put(row.getKey(), cells);
        });
        return problems.build(() -> new MultiTransfer(rows), in.file(), "$.transfer");
    }

    private MultiSource source(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, SOURCE_KEYS, SOURCE_RESERVED);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String id = in.string(in.required(o, "id", path), path + ".id");
        String region = in.string(in.required(o, "region", path), path + ".region");
        String sector = in.string(o.get("sector"), path + ".sector");
        String department = in.string(o.get("department"), path + ".department");
        Map<String, Double> emissions = in.quantityMap(in.required(o, "emissions", path), path + ".emissions");
        boolean hasCurves = o.has("curves");
        boolean hasOptions = o.has("options");
        if (hasCurves && hasOptions) {
            problems.add(in.file(), path, null, "a source abates in exactly one way: give curves or options, not both");
            return null;
        }
        if (!hasCurves && !hasOptions) {
            problems.add(in.file(), path, null, "a source needs curves (per pollutant) or options (co-control"
                    + " measures; \"options\": [] when it cannot abate)");
            return null;
        }
        Map<String, AbatementCurve> curves = hasCurves ? curves(o.get("curves"), path + ".curves") : null;
        List<CoControlOption> options = hasOptions ? in.list(o.get("options"), path + ".options", this::option) : null;
        if (id == null || region == null || problems.addedSince(mark) || (curves == null && options == null)) {
            return null;
        }
        return problems.build(() -> new MultiSource(id, region, sector, department, emissions, curves, options),
                in.file(), path);
    }

    /** Pollutant → curve; null when any could not be read. */
    private Map<String, AbatementCurve> curves(JsonNode node, String path) {
        ObjectNode o = in.map(node, path);
        if (o == null) {
            return null;
        }
        Map<String, AbatementCurve> curves = new LinkedHashMap<>();
        boolean complete = true;
        var fields = o.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String at = JsonPath.child(path, field.getKey());
            ObjectNode curve = in.object(field.getValue(), at, CURVE_KEYS, Map.of());
            if (curve == null) {
                complete = false;
                continue;
            }
            AbatementCurve read = null;
            if (curve.size() != 1) {
                in.problem(at, curve, "a pollutant's curve is exactly one of steps or quadratic");
            } else if (curve.has("steps")) {
                read = shared.steps(curve.get("steps"), at);
            } else if (curve.has("quadratic")) {
                read = shared.quadratic(curve.get("quadratic"), at + ".quadratic");
            }
            if (read == null) {
                complete = false;
            } else {
                curves.put(field.getKey(), read);
            }
        }
        return complete ? curves : null;
    }

    private CoControlOption option(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, OPTION_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        String name = in.string(in.required(o, "name", path), path + ".name");
        JsonNode removalNode = in.required(o, "removal", path);
        Map<String, Double> removal = null;
        if (removalNode != null && removalNode.isNumber()) {
            in.problem(path + ".removal", removalNode, "a file with pollutants gives removal per pollutant:"
                    + " \"removal\": {\"SO2\": 0.95, \"PM2.5\": 0.5}");
        } else if (removalNode != null) {
            int mark = problems.mark();
            removal = in.quantityMap(removalNode, path + ".removal");
            if (problems.addedSince(mark)) {
                removal = null;
            }
        }
        Double annualCost = in.quantity(in.required(o, "annualCost", path), path + ".annualCost");
        if (name == null || removal == null || annualCost == null) {
            return null;
        }
        Map<String, Double> fractions = removal;
        return problems.build(() -> new CoControlOption(name, fractions, annualCost), in.file(), path);
    }

    private MultiPolicy policy(JsonNode node) {
        if (node == null) {
            return MultiPolicy.NONE;
        }
        ObjectNode o = in.object(node, "$.policy", POLICY_KEYS, POLICY_RESERVED);
        if (o == null) {
            return null;
        }
        Map<String, Double> caps = in.quantityMap(o.get("caps"), "$.policy.caps");
        Map<String, Double> limits = in.quantityMap(o.get("receptorLimits"), "$.policy.receptorLimits");
        Map<String, Map<String, Double>> duties = new LinkedHashMap<>();
        ObjectNode d = in.map(o.get("duties"), "$.policy.duties");
        if (d != null) {
            d.fields().forEachRemaining(row -> {
                String path = JsonPath.child("$.policy.duties", row.getKey());
                if (row.getValue().isNumber()) {
                    in.problem(path, row.getValue(), "a file with pollutants gives duties per region and pollutant:"
                            + " \"duties\": {\"" + row.getKey() + "\": {\"SO2\": 1000}}");
                } else {
                    duties.put(row.getKey(), in.quantityMap(row.getValue(), path));
                }
            });
        }
        return problems.build(() -> new MultiPolicy(caps, limits, duties), in.file(), "$.policy");
    }
}
