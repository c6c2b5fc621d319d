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
import org.airshed.core.model.OptionCurve;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TechnologyOption;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.airshed.core.util.JsonPath;

/**
 * Walks a version-1 scenario's JSON tree (docs/FORMAT.md) into model records. A record is built
 * whenever its required values could be read (a bad optional value is reported and replaced by
 * its default), so its own checks report their problems too; a region or source that cannot be
 * built is reported and the walk goes on with the next one. Cross-references between parts are left to the Scenario
 * constructor, which the caller runs only when every part was read.
 */
final class ScenarioJsonParser {
    static final List<String> TOP_KEYS = List.of("name", "description", "seed", "units", "objective",
            "regions", "transfer", "sources", "sourcesFile", ScenarioReader.SOURCES_SHA256, "policy");
    static final List<String> UNITS_KEYS = List.of("mass", "money", "concentration");
    static final List<String> REGION_KEYS = List.of("id", "name", "population", "gdp",
            "damagePerConcentration", "background", "transactionCost");
    static final List<String> SOURCE_KEYS = List.of("id", "region", "sector", "department", "baseline",
            "steps", "quadratic", "options");
    static final List<String> OPTION_KEYS = List.of("name", "removal", "annualCost");
    static final List<String> STEP_KEYS = List.of("amount", "unitCost");
    static final List<String> QUADRATIC_KEYS = List.of("linear", "slope", "max");
    static final List<String> POLICY_KEYS = List.of("cap", "receptorLimits", "duties");

    /** Keys of features a later version adds: rejected like any unknown key, with a hint. */
    private static final Map<String, String> TOP_RESERVED = Map.of(
            "market", unsupported("permit markets"),
            "compensation", unsupported("compensation rules"));

    /** Version-2 keys in a file without pollutants: rejected like any unknown key, with the way to version 2. */
    private static final Map<String, String> VERSION_2_SOURCE_KEYS = Map.of(
            "emissions", version2("emissions"), "curves", version2("curves"));
    private static final Map<String, String> VERSION_2_POLICY_KEYS = Map.of("caps", version2("caps"));

    private final JsonInput in;
    private final Problems problems;

    ScenarioJsonParser(JsonInput in) {
        this.in = in;
        this.problems = in.problems();
    }

    /**
     * The parts of the scenario at {@code root}; parts that could not be read are null and
     * their problems are in {@code in}. Null when the root is not an object.
     */
    static ScenarioParts parse(JsonNode root, JsonInput in, List<String> sectionKeys) {
        return new ScenarioJsonParser(in).scenario(root, sectionKeys);
    }

    private ScenarioParts scenario(JsonNode root, List<String> sectionKeys) {
        List<String> allowed = new ArrayList<>(TOP_KEYS);
        allowed.addAll(sectionKeys);
        Map<String, String> reserved = new LinkedHashMap<>(TOP_RESERVED);
        sectionKeys.forEach(reserved::remove);
        ObjectNode top = in.object(root, "$", allowed, reserved);
        if (top == null) {
            return null;
        }
        String name = in.string(in.required(top, "name", "$"), "$.name");
        String description = in.string(top.get("description"), "$.description");
        Long seed = in.integer(top.get("seed"), "$.seed");
        Units units = units(top.get("units"));
        Objective objective = objective(top.get("objective"));
        List<Region> regions = in.list(in.required(top, "regions", "$"), "$.regions", this::region);
        if (regions != null && regions.size() > ScenarioLimits.MAX_REGIONS) {
            problems.add(in.file(), "$.regions", regions.size() + " regions", "at most " + ScenarioLimits.MAX_REGIONS
                    + " regions: the solver and the compensation game hold the transfer matrix dense (limits × regions,"
                    + " regions × regions), 200 MB each at that size (docs/FORMAT.md, \"Limits\")");
            regions = null;
        }
        TransferMatrix transfer = transfer(top.get("transfer"));
        List<Source> sourceSlots = top.has("sources") ? in.slots(top.get("sources"), "$.sources", this::source) : List.of();
        List<Source> sources = sourceSlots == null || sourceSlots.stream().anyMatch(s -> s == null) ? null : sourceSlots;
        String sourcesFile = in.string(top.get("sourcesFile"), "$.sourcesFile");
        if (sourcesFile != null && sourcesFile.isBlank()) {
            in.problem("$.sourcesFile", top.get("sourcesFile"), "must name a CSV file");
            sourcesFile = null;
        }
        Policy policy = policy(top.get("policy"));
        return new ScenarioParts(name, description == null ? "" : description, seed == null ? 0 : seed,
                units, objective, regions, transfer, sources, sourceSlots, sourcesFile, policy);
    }

    Units units(JsonNode node) {
        if (node == null) {
            return Units.DEFAULT;
        }
        ObjectNode o = in.object(node, "$.units", UNITS_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        String mass = in.string(o.get("mass"), "$.units.mass");
        String money = in.string(o.get("money"), "$.units.money");
        String concentration = in.string(o.get("concentration"), "$.units.concentration");
        Units d = Units.DEFAULT;
        return problems.build(() -> new Units(mass == null ? d.mass() : mass, money == null ? d.money() : money,
                concentration == null ? d.concentration() : concentration), in.file(), "$.units");
    }

    Objective objective(JsonNode node) {
        if (node == null) {
            return Objective.COST;
        }
        String key = in.string(node, "$.objective");
        if (key == null) {
            return null;
        }
        Objective objective = Objective.fromKey(key);
        if (objective == null) {
            in.problem("$.objective", node, "must be one of: cost, welfare");
        }
        return objective;
    }

    private Region region(JsonNode node, String path) {
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
        if (id == null) {
            return null;
        }
        return problems.build(() -> new Region(id, name, population, gdp, damage, background, transactionCost),
                in.file(), path);
    }

    private TransferMatrix transfer(JsonNode node) {
        if (node == null) {
            return TransferMatrix.EMPTY;
        }
        ObjectNode o = in.map(node, "$.transfer");
        if (o == null) {
            return null;
        }
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        o.fields().forEachRemaining(row -> rows.put(row.getKey(),
                numberMap(row.getValue(), JsonPath.child("$.transfer", row.getKey()))));
        return problems.build(() -> new TransferMatrix(rows), in.file(), "$.transfer");
    }

    /** One source read as the tree route reads each element of {@code $.sources} (a streamed array's too). */
    static Source source(JsonNode node, String path, JsonInput in) {
        return new ScenarioJsonParser(in).source(node, path);
    }

    private Source source(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, SOURCE_KEYS, VERSION_2_SOURCE_KEYS);
        if (o == null) {
            return null;
        }
        String id = in.string(in.required(o, "id", path), path + ".id");
        String region = in.string(in.required(o, "region", path), path + ".region");
        String sector = in.string(o.get("sector"), path + ".sector");
        String department = in.string(o.get("department"), path + ".department");
        Double baseline = in.quantity(in.required(o, "baseline", path), path + ".baseline");
        AbatementCurve curve = curve(o, path, baseline);
        if (id == null || region == null || baseline == null || curve == null) {
            return null;
        }
        return problems.build(() -> new Source(id, region, sector, department, baseline, curve), in.file(), path);
    }

    /** The source's one cost curve: steps, quadratic or options. */
    private AbatementCurve curve(ObjectNode source, String path, Double baseline) {
        List<String> given = new ArrayList<>();
        for (String kind : List.of("steps", "quadratic", "options")) {
            if (source.has(kind)) {
                given.add(kind);
            }
        }
        if (given.size() > 1) {
            problems.add(in.file(), path, null, "a source has exactly one cost curve: give one of steps, quadratic or"
                    + " options, not " + String.join(" and ", given));
            return null;
        }
        if (given.isEmpty()) {
            problems.add(in.file(), path, null, "a source needs a cost curve: steps, quadratic or options");
            return null;
        }
        return switch (given.get(0)) {
            case "steps" -> steps(source.get("steps"), path);
            case "quadratic" -> quadratic(source.get("quadratic"), path + ".quadratic");
            default -> options(source.get("options"), path, baseline);
        };
    }

    private OptionCurve options(JsonNode node, String sourcePath, Double baseline) {
        List<TechnologyOption> options = in.list(node, sourcePath + ".options", this::option);
        if (options == null || baseline == null) {
            return null;
        }
        return problems.build(() -> new OptionCurve(baseline, options), in.file(), sourcePath);
    }

    private TechnologyOption option(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, OPTION_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        String name = in.string(in.required(o, "name", path), path + ".name");
        Double removal = in.quantity(in.required(o, "removal", path), path + ".removal");
        Double annualCost = in.quantity(in.required(o, "annualCost", path), path + ".annualCost");
        if (name == null || removal == null || annualCost == null) {
            return null;
        }
        return problems.build(() -> new TechnologyOption(name, removal, annualCost), in.file(), path);
    }

    StepCurve steps(JsonNode node, String sourcePath) {
        List<Step> steps = in.list(node, sourcePath + ".steps", this::step);
        if (steps == null) {
            return null;
        }
        // StepCurve names its fields steps[i].unitCost, relative to the source.
        return problems.build(() -> new StepCurve(steps), in.file(), sourcePath);
    }

    private Step step(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, STEP_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        Double amount = in.quantity(in.required(o, "amount", path), path + ".amount");
        Double unitCost = in.quantity(in.required(o, "unitCost", path), path + ".unitCost");
        if (amount == null || unitCost == null) {
            return null;
        }
        return problems.build(() -> new Step(amount, unitCost), in.file(), path);
    }

    QuadraticCurve quadratic(JsonNode node, String path) {
        ObjectNode o = in.object(node, path, QUADRATIC_KEYS, Map.of());
        if (o == null) {
            return null;
        }
        double linear = JsonInput.orZero(in.quantity(o.get("linear"), path + ".linear"));
        Double slope = in.quantity(in.required(o, "slope", path), path + ".slope");
        Double max = in.quantity(in.required(o, "max", path), path + ".max");
        if (slope == null || max == null) {
            return null;
        }
        return problems.build(() -> new QuadraticCurve(linear, slope, max), in.file(), path);
    }

    private Policy policy(JsonNode node) {
        if (node == null) {
            return Policy.NONE;
        }
        ObjectNode o = in.object(node, "$.policy", POLICY_KEYS, VERSION_2_POLICY_KEYS);
        if (o == null) {
            return null;
        }
        Double cap = in.quantity(o.get("cap"), "$.policy.cap");
        Map<String, Double> limits = numberMap(o.get("receptorLimits"), "$.policy.receptorLimits");
        Map<String, Double> duties = numberMap(o.get("duties"), "$.policy.duties");
        return problems.build(() -> new Policy(JsonInput.optional(cap), limits, duties), in.file(), "$.policy");
    }

    private Map<String, Double> numberMap(JsonNode node, String path) {
        return in.quantityMap(node, path);
    }

    private static String version2(String key) {
        return "unknown key in a one-pollutant file: " + key + " belongs to version 2, whose file declares its"
                + " pollutants in $.pollutants (docs/FORMAT.md, \"Version 2 additions\")";
    }

    private static String unsupported(String feature) {
        return "unknown key: " + feature + " are not supported by this version; allowed keys: "
                + String.join(", ", TOP_KEYS);
    }
}
