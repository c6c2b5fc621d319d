package org.airshed.core.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.Health;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;

/**
 * Writes a version-2 scenario as canonical JSON in the layout of {@link ScenarioWriter}: fields in
 * FORMAT.md's order, defaults written out, numbers that read back to the identical double, sections
 * after {@code policy} in reading order. Equal scenarios give identical bytes.
 */
public final class MultiScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MultiScenarioWriter() {
    }

    /**
     * The resolved scenario of either version: this writer's text for a version-2 document,
     * {@link ScenarioWriter}'s for a version-1 one. What a run writes as scenario.json and a sweep varies.
     */
    public static String resolved(ScenarioDocument document) {
        return document.isMultiPollutant() ? toJson(document) : ScenarioWriter.toJson(document);
    }

    /** The canonical JSON text of a version-2 document, ending in a newline. */
    public static String toJson(ScenarioDocument document) {
        ObjectNode root = tree(document.multiPollutant());
        document.sectionJson().forEach(root::set);
        return CanonicalJson.print(root);
    }

    private static ObjectNode tree(MultiPollutantScenario scenario) {
        ObjectNode root = NODES.objectNode();
        root.put("name", scenario.name());
        root.put("description", scenario.description());
        root.put("seed", scenario.seed());
        root.set("units", ScenarioWriter.units(scenario.units()));
        root.put("objective", scenario.objective().key());
        ArrayNode pollutants = root.putArray("pollutants");
        scenario.pollutants().forEach(p -> pollutants.addObject().put("id", p));
        ArrayNode regions = root.putArray("regions");
        scenario.regions().forEach(r -> regions.add(region(r, scenario.health().get(r.id()))));
        ObjectNode transfer = root.putObject("transfer");
        scenario.transfer().coefficients().forEach((receptor, row) -> {
            ObjectNode byPollutant = transfer.putObject(receptor);
            row.forEach((pollutant, cells) -> byPollutant.set(pollutant, numbers(cells)));
        });
        ArrayNode sources = root.putArray("sources");
        scenario.sources().forEach(s -> sources.add(source(s)));
        ObjectNode policy = root.putObject("policy");
        policy.set("caps", numbers(scenario.policy().caps()));
        policy.set("receptorLimits", numbers(scenario.policy().receptorLimits()));
        ObjectNode duties = policy.putObject("duties");
        scenario.policy().duties().forEach((region, row) -> duties.set(region, numbers(row)));
        return root;
    }

    private static ObjectNode region(Region region, Health health) {
        ObjectNode node = ScenarioWriter.region(region);
        if (health != null) {
            ObjectNode h = node.putObject("health");
            h.put("mortalityRate", health.mortalityRate());
            h.put("beta", health.beta());
            h.put("vsl", health.vsl());
        }
        return node;
    }

    private static ObjectNode source(MultiSource source) {
        ObjectNode node = NODES.objectNode();
        node.put("id", source.id());
        node.put("region", source.region());
        node.put("sector", source.sector());
        node.put("department", source.department());
        node.set("emissions", numbers(source.emissions()));
        if (source.curves() != null) {
            ObjectNode curves = node.putObject("curves");
            source.curves().forEach((pollutant, curve) -> curves.set(pollutant, ScenarioWriter.curve(curve)));
        } else {
            ArrayNode options = node.putArray("options");
            for (CoControlOption option : source.options()) {
                ObjectNode o = options.addObject();
                o.put("name", option.name());
                o.set("removal", numbers(option.removal()));
                o.put("annualCost", option.annualCost());
            }
        }
        return node;
    }

    private static ObjectNode numbers(Map<String, Double> values) {
        ObjectNode node = NODES.objectNode();
        values.forEach(node::put);
        return node;
    }
}
