package org.airshed.scenarios.run;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import org.airshed.core.model.Scenario;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.CooperationReport;
import org.airshed.core.study.DiscreteReport;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.study.MarketReport;
import org.airshed.core.study.DutyComparison;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.study.RegionOutcome;

/**
 * {@code summary.json}: the {@code allocation} part of FORMAT.md with its fixed names, plus
 * {@code units}, {@code allocation.objectiveKind}, {@code allocation.damages},
 * {@code allocation.reasons}, {@code allocation.solver} and per-region {@code baseline},
 * {@code damage} and {@code price}, and a top-level {@code cooperation} block when the policy
 * gives duties. Undefined numbers are null. Keys in a fixed order, 2-space indent, LF line ends.
 */
final class SummaryJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private SummaryJson() {
    }

    static ObjectNode tree(Scenario scenario, AllocationReport report, DiscreteReport discrete, MarketReport market,
                           CompensationReport compensation, String version) {
        ObjectNode root = NODES.objectNode();
        root.put("scenario", scenario.name());
        root.put("seed", scenario.seed());
        root.put("version", version);
        root.set("units", ScenarioWriter.units(scenario.units()));
        root.set("allocation", allocation(report));
        report.cooperation().ifPresent(c -> root.set("cooperation", cooperation(c)));
        if (discrete != null) {
            root.set("discrete", DiscreteJson.of(discrete));
        }
        if (market != null) {
            root.set("market", MarketJson.of(market));
        }
        if (compensation != null) {
            root.set("compensation", CompensationJson.of(compensation));
        }
        return root;
    }

    /** The canonical text of a summary tree (also used by {@code airshed game}). */
    static String text(ObjectNode root) throws IOException {
        return WRITER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode allocation(AllocationReport report) {
        ObjectNode node = NODES.objectNode();
        node.put("status", report.status().key());
        node.put("objectiveKind", report.objectiveKind().key());
        number(node, "objective", report.objective());
        number(node, "totalCost", report.totalCost());
        number(node, "damages", report.damages());
        number(node, "totalReduction", report.totalReduction());
        number(node, "emissions", report.emissions());
        number(node, "capPrice", report.capPrice());
        ObjectNode prices = node.putObject("receptorPrices");
        for (Map.Entry<String, Double> price : report.receptorPrices().entrySet()) {
            number(prices, price.getKey(), price.getValue());
        }
        ObjectNode regions = node.putObject("regions");
        for (RegionOutcome r : report.regions()) {
            ObjectNode region = regions.putObject(r.id());
            number(region, "reduction", r.reduction());
            number(region, "cost", r.cost());
            number(region, "emissions", r.emissions());
            number(region, "concentration", r.concentration());
            number(region, "baseline", r.baseline());
            number(region, "damage", r.damage());
            number(region, "price", r.price());
        }
        ObjectNode solver = node.putObject("solver");
        number(solver, "relativeGap", report.relativeGap());
        solver.put("iterations", report.iterations());
        ArrayNode reasons = node.putArray("reasons");
        report.reasons().forEach(reason -> reasons.add(reason.toString()));
        return node;
    }

    private static ObjectNode cooperation(CooperationReport c) {
        ObjectNode node = NODES.objectNode();
        node.put("baseline", "duties");
        node.put("status", c.status().key());
        number(node, "totalDuty", c.totalDuty());
        number(node, "price", c.cooperativePrice());
        number(node, "standaloneCost", c.standaloneCost());
        number(node, "cooperativeCost", c.cooperativeCost());
        number(node, "saving", c.saving());
        ArrayNode reasons = node.putArray("reasons");
        c.reasons().forEach(reason -> reasons.add(reason.toString()));
        ObjectNode regions = node.putObject("regions");
        for (DutyComparison d : c.regions()) {
            ObjectNode region = regions.putObject(d.region());
            number(region, "duty", d.duty());
            region.put("standaloneStatus", d.standaloneFeasible() ? "optimal" : "infeasible");
            number(region, "standaloneReduction", d.standaloneReduction());
            number(region, "standaloneCost", d.standaloneCost());
            number(region, "standaloneMarginalCost", d.standaloneMarginalCost());
            number(region, "cooperativeReduction", d.cooperativeReduction());
            number(region, "cooperativeCost", d.cooperativeCost());
            number(region, "saving", d.saving());
            d.standaloneReason().map(Infeasibility::toString).ifPresent(reason -> region.put("reason", reason));
        }
        return node;
    }

    /** Writes the number's canonical text (see {@link ResultNumbers}), or null when undefined. */
    static void number(ObjectNode node, String key, double value) {
        String text = ResultNumbers.text(value);
        if (text == null) {
            node.putNull(key);
        } else {
            node.putRawValue(key, new RawValue(text));
        }
    }
}
