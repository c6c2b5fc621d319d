package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.OptionCurve;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TechnologyOption;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;

/**
 * Writes a scenario as canonical version-1 JSON (see docs/FORMAT.md): fields in the documented
 * order, defaults written out (the resolved scenario), sources inline (never a sourcesFile),
 * numbers that read back to the identical double. Equal scenarios give identical bytes.
 * Quantities are written as they are held, in the scenario's own {@code units}.
 */
public final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Sources a resolved scenario repeats inline at most; more, read from a CSV, are named by file and hash. */
    public static final int INLINE_SOURCES = 10_000;

    private ScenarioWriter() {
    }

    /** The canonical JSON text, ending in a newline. */
    public static String toJson(Scenario scenario) {
        return print(scenario, Map.of());
    }

    /** The canonical JSON text of a scenario and its sections (after {@code policy}, in reading order). */
    public static String toJson(ScenarioDocument document) {
        return print(document.scenario(), document.sectionJson());
    }

    /** The whole tree printed, or, for many sources, the rest of it with the sources printed one by one. */
    private static String print(Scenario scenario, Map<String, JsonNode> sections) {
        List<Source> sources = scenario.sources();
        if (sources.size() <= CanonicalJson.LONG_ARRAY) {
            ObjectNode root = tree(scenario);
            sections.forEach(root::set);
            return CanonicalJson.print(root);
        }
        ObjectNode root = NODES.objectNode();
        tree(scenario, false).fields().forEachRemaining(field -> {
            root.set(field.getKey(), field.getValue());
            if (field.getKey().equals("transfer")) {
                root.putArray("sources");
            }
        });
        sections.forEach(root::set);
        return CanonicalJson.print(root, "sources", sources.size(), i -> source(sources.get(i)));
    }

    /**
     * The resolved scenario written beside a run's results in {@code directory}: as
     * {@link #toJson(ScenarioDocument)}, except that sources read from a {@code sourcesFile} alone,
     * more than {@value #INLINE_SOURCES} of them, are named instead of repeated: {@code sourcesFile}
     * (the path from {@code directory}, with {@code /}) and {@code sourcesSha256} (the hash of the
     * bytes the run read), which a later run of this file checks.
     */
    public static String toJson(ScenarioDocument document, Path directory) {
        Scenario scenario = document.scenario();
        SourceTable.Origin origin = scenario.sources() instanceof SourceTable table ? table.origin() : null;
        if (origin == null || scenario.sources().size() <= INLINE_SOURCES) {
            return toJson(document);
        }
        ObjectNode root = tree(scenario, false);
        ObjectNode named = NODES.objectNode();
        root.fields().forEachRemaining(field -> {
            named.set(field.getKey(), field.getValue());
            if (field.getKey().equals("transfer")) {
                named.put("sourcesFile", relative(directory, Path.of(origin.file())));
                named.put(ScenarioReader.SOURCES_SHA256, origin.sha256());
            }
        });
        document.sectionJson().forEach(named::set);
        return CanonicalJson.print(named);
    }

    /** {@code file} as seen from {@code directory}, with {@code /} on every platform; absolute when it cannot be. */
    private static String relative(Path directory, Path file) {
        Path from = directory.toAbsolutePath().normalize();
        try {
            return from.relativize(file).toString().replace(File.separatorChar, '/');
        } catch (IllegalArgumentException e) {
            // On another drive (Windows): no relative path leads there.
            return file.toString();
        }
    }

    /** The whole tree, sources included: what {@link #toJson(Scenario)} prints, held at once (the reference). */
    static ObjectNode tree(Scenario scenario) {
        return tree(scenario, true);
    }

    private static ObjectNode tree(Scenario scenario, boolean withSources) {
        ObjectNode root = NODES.objectNode();
        root.put("name", scenario.name());
        root.put("description", scenario.description());
        root.put("seed", scenario.seed());
        root.set("units", units(scenario.units()));
        root.put("objective", scenario.objective().key());
        ArrayNode regions = root.putArray("regions");
        scenario.regions().forEach(r -> regions.add(region(r)));
        root.set("transfer", transfer(scenario.transfer()));
        if (withSources) {
            ArrayNode sources = root.putArray("sources");
            scenario.sources().forEach(s -> sources.add(source(s)));
        }
        root.set("policy", policy(scenario.policy()));
        return root;
    }

    /** Writes {@link #toJson(Scenario)} to {@code file} atomically (UTF-8). */
    public static void write(Scenario scenario, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(scenario));
    }

    /** The {@code units} object as scenario and result files write it. */
    public static ObjectNode units(Units units) {
        ObjectNode node = NODES.objectNode();
        node.put("mass", units.mass());
        node.put("money", units.money());
        node.put("concentration", units.concentration());
        return node;
    }

    /** A region's version-1 fields, which version 2 writes too (it adds {@code health}). */
    static ObjectNode region(Region region) {
        ObjectNode node = NODES.objectNode();
        node.put("id", region.id());
        node.put("name", region.name());
        region.population().ifPresent(p -> node.put("population", p));
        region.gdp().ifPresent(g -> node.put("gdp", g));
        node.put("damagePerConcentration", region.damagePerConcentration());
        node.put("background", region.background());
        node.put("transactionCost", region.transactionCost());
        return node;
    }

    private static ObjectNode transfer(TransferMatrix transfer) {
        ObjectNode node = NODES.objectNode();
        transfer.coefficients().forEach((receptor, row) -> node.set(receptor, numbers(row)));
        return node;
    }

    private static ObjectNode source(Source source) {
        ObjectNode node = NODES.objectNode();
        node.put("id", source.id());
        node.put("region", source.region());
        node.put("sector", source.sector());
        node.put("department", source.department());
        node.put("baseline", source.baseline());
        if (source.curve() instanceof OptionCurve options) {
            ArrayNode array = node.putArray("options");
            for (TechnologyOption option : options.options()) {
                ObjectNode o = array.addObject();
                o.put("name", option.name());
                o.put("removal", option.removal());
                o.put("annualCost", option.annualCost());
            }
        } else {
            node.setAll(curve(source.curve()));
        }
        return node;
    }

    /**
     * The JSON form of a step or quadratic curve, the same in both file versions:
     * {@code {"steps": [{"amount", "unitCost"}, ...]}} or {@code {"quadratic": {"linear", "slope",
     * "max"}}}, in the curve's own units (mass, money per mass). An option curve has no such form
     * (version 1 writes its options on the source itself): rejected, as is any other kind.
     */
    public static ObjectNode curve(AbatementCurve curve) {
        ObjectNode node = NODES.objectNode();
        if (curve instanceof StepCurve steps) {
            ArrayNode array = node.putArray("steps");
            for (Step step : steps.steps()) {
                ObjectNode s = array.addObject();
                s.put("amount", step.amount());
                s.put("unitCost", step.unitCost());
            }
        } else if (curve instanceof QuadraticCurve quadratic) {
            ObjectNode q = node.putObject("quadratic");
            q.put("linear", quadratic.linear());
            q.put("slope", quadratic.slope());
            q.put("max", quadratic.max());
        } else {
            throw new IllegalArgumentException("no JSON form for curve " + curve);
        }
        return node;
    }

    private static ObjectNode policy(Policy policy) {
        ObjectNode node = NODES.objectNode();
        policy.cap().ifPresent(cap -> node.put("cap", cap));
        node.set("receptorLimits", numbers(policy.receptorLimits()));
        node.set("duties", numbers(policy.duties()));
        return node;
    }

    private static ObjectNode numbers(Map<String, Double> values) {
        ObjectNode node = NODES.objectNode();
        values.forEach(node::put);
        return node;
    }
}
