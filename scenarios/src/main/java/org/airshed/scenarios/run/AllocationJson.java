package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.CooperationReport;
import org.airshed.core.study.DutyComparison;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.study.RegionOutcome;

/**
 * summary.json's {@code allocation} part (docs/FORMAT.md's fixed names, plus {@code objectiveKind},
 * {@code damages}, {@code reasons}, {@code solver} and per-region {@code baseline},
 * {@code damage} and {@code price}) and, when the policy gives duties, its {@code cooperation}
 * part. Undefined numbers are null.
 */
final class AllocationJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AllocationJson() {
    }

    static ObjectNode of(AllocationReport report) {
        ObjectNode node = NODES.objectNode();
        node.put("status", report.status().key());
        node.put("objectiveKind", report.objectiveKind().key());
        SummaryJson.number(node, "objective", report.objective());
        SummaryJson.number(node, "totalCost", report.totalCost());
        SummaryJson.number(node, "damages", report.damages());
        SummaryJson.number(node, "totalReduction", report.totalReduction());
        SummaryJson.number(node, "emissions", report.emissions());
        SummaryJson.number(node, "capPrice", report.capPrice());
        ObjectNode prices = node.putObject("receptorPrices");
        for (Map.Entry<String, Double> price : report.receptorPrices().entrySet()) {
            SummaryJson.number(prices, price.getKey(), price.getValue());
        }
        ObjectNode regions = node.putObject("regions");
        for (RegionOutcome r : report.regions()) {
            ObjectNode region = regions.putObject(r.id());
            SummaryJson.number(region, "reduction", r.reduction());
            SummaryJson.number(region, "cost", r.cost());
            SummaryJson.number(region, "emissions", r.emissions());
            SummaryJson.number(region, "concentration", r.concentration());
            SummaryJson.number(region, "baseline", r.baseline());
            SummaryJson.number(region, "damage", r.damage());
            SummaryJson.number(region, "price", r.price());
        }
        ObjectNode solver = node.putObject("solver");
        SummaryJson.number(solver, "relativeGap", report.relativeGap());
        solver.put("iterations", report.iterations());
        ArrayNode reasons = node.putArray("reasons");
        report.reasons().forEach(reason -> reasons.add(reason.toString()));
        return node;
    }

    static ObjectNode cooperation(CooperationReport c) {
        ObjectNode node = NODES.objectNode();
        node.put("baseline", "duties");
        node.put("status", c.status().key());
        SummaryJson.number(node, "totalDuty", c.totalDuty());
        SummaryJson.number(node, "price", c.cooperativePrice());
        SummaryJson.number(node, "standaloneCost", c.standaloneCost());
        SummaryJson.number(node, "cooperativeCost", c.cooperativeCost());
        SummaryJson.number(node, "saving", c.saving());
        ArrayNode reasons = node.putArray("reasons");
        c.reasons().forEach(reason -> reasons.add(reason.toString()));
        ObjectNode regions = node.putObject("regions");
        for (DutyComparison d : c.regions()) {
            ObjectNode region = regions.putObject(d.region());
            SummaryJson.number(region, "duty", d.duty());
            region.put("standaloneStatus", d.standaloneFeasible() ? "optimal" : "infeasible");
            SummaryJson.number(region, "standaloneReduction", d.standaloneReduction());
            SummaryJson.number(region, "standaloneCost", d.standaloneCost());
            SummaryJson.number(region, "standaloneMarginalCost", d.standaloneMarginalCost());
            SummaryJson.number(region, "cooperativeReduction", d.cooperativeReduction());
            SummaryJson.number(region, "cooperativeCost", d.cooperativeCost());
            SummaryJson.number(region, "saving", d.saving());
            d.standaloneReason().map(Infeasibility::toString).ifPresent(reason -> region.put("reason", reason));
        }
        return node;
    }
}
