package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.study.DiscreteReport;

/**
 * The {@code discrete} part of summary.json: the status (optimal when proven), the incumbent's
 * cost, the best proven bound and the relative gap between them, the hull bound and the
 * branch-and-bound nodes, the construction it started from, the Control Strategy Tool's greedy
 * and the saving over it, and per region reduction and cost. No times: they are not reproducible.
 */
final class DiscreteJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiscreteJson() {
    }

    static ObjectNode of(DiscreteReport report) {
        DiscreteResult r = report.result();
        ObjectNode node = NODES.objectNode();
        node.put("status", r.status().key());
        node.put("seed", r.seed());
        SummaryJson.number(node, "cost", r.cost());
        SummaryJson.number(node, "bound", r.bound());
        SummaryJson.number(node, "relativeGap", r.relativeGap());
        SummaryJson.number(node, "hullBound", r.hullBound());
        node.put("nodes", r.nodes());
        SummaryJson.number(node, "constructionCost", r.constructionCost());
        SummaryJson.number(node, "totalReduction", r.totalAbatement());
        node.put("searchSteps", r.searchSteps());
        ObjectNode greedy = node.putObject("greedy");
        if (r.greedy() != null) {
            greedy.put("met", r.greedy().met());
            SummaryJson.number(greedy, "cost", r.greedy().cost());
            SummaryJson.number(greedy, "reduction", r.greedy().abatement());
            SummaryJson.number(greedy, "overshoot", r.greedy().overshoot());
        }
        SummaryJson.number(node, "savingOverGreedy", r.savingOverGreedy());
        SummaryJson.number(node, "relativeSavingOverGreedy", r.relativeSavingOverGreedy());
        ObjectNode regions = node.putObject("regions");
        for (DiscreteReport.RegionTotal t : report.regions()) {
            ObjectNode region = regions.putObject(t.region());
            SummaryJson.number(region, "reduction", t.reduction());
            SummaryJson.number(region, "cost", t.cost());
            SummaryJson.number(region, "emissions", t.emissions());
        }
        ArrayNode reasons = node.putArray("reasons");
        r.reasons().forEach(reasons::add);
        return node;
    }
}
