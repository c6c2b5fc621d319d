package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airshed.core.discrete.multi.MultiDiscreteResult;
import org.airshed.core.study.multi.MultiDiscreteReport;

/**
 * The {@code discrete} part of a version-2 run's summary.json: version 1's names where they mean the
 * same (status, seed, cost, bound, relativeGap, hullBound — the continuous version-2 optimum, the root
 * relaxation —, nodes, greedy, savingOverGreedy, relativeSavingOverGreedy, regions, reasons), and
 * per pollutant what version 1 gives as one number: {@code pollutants[p]{reduction, emissions, cap}},
 * {@code greedy.pollutants[p].reduction}, {@code regions[id]{cost, pollutants[p]{reduction,
 * emissions}}}, {@code receptors[id]{concentration, limit}}. No times: they are not reproducible.
 */
final class MultiDiscreteJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MultiDiscreteJson() {
    }

    static ObjectNode of(MultiDiscreteReport report) {
        MultiDiscreteResult r = report.result();
        ObjectNode node = NODES.objectNode();
        node.put("status", r.status().key());
        node.put("seed", r.seed());
        SummaryJson.number(node, "cost", r.cost());
        SummaryJson.number(node, "bound", r.bound());
        SummaryJson.number(node, "relativeGap", r.relativeGap());
        SummaryJson.number(node, "hullBound", r.hullBound());
        node.put("nodes", r.nodes());
        ObjectNode pollutants = node.putObject("pollutants");
        for (MultiDiscreteReport.PollutantTotal t : report.totals()) {
            ObjectNode p = pollutants.putObject(t.pollutant());
            SummaryJson.number(p, "reduction", t.reduction());
            SummaryJson.number(p, "emissions", t.emissions());
            SummaryJson.number(p, "cap", t.cap());
        }
        ObjectNode greedy = node.putObject("greedy");
        greedy.put("met", r.greedy().met());
        SummaryJson.number(greedy, "cost", r.greedy().cost());
        ObjectNode greedyPollutants = greedy.putObject("pollutants");
        for (MultiDiscreteReport.PollutantTotal t : report.totals()) {
            SummaryJson.number(greedyPollutants.putObject(t.pollutant()), "reduction", t.greedyReduction());
        }
        SummaryJson.number(node, "savingOverGreedy", r.savingOverGreedy());
        SummaryJson.number(node, "relativeSavingOverGreedy", r.relativeSavingOverGreedy());
        ObjectNode regions = node.putObject("regions");
        for (MultiDiscreteReport.RegionTotal t : report.regions()) {
            ObjectNode region = regions.putObject(t.region());
            SummaryJson.number(region, "cost", t.cost());
            ObjectNode byPollutant = region.putObject("pollutants");
            for (int p = 0; p < report.pollutants().size(); p++) {
                ObjectNode one = byPollutant.putObject(report.pollutants().get(p));
                SummaryJson.number(one, "reduction", t.reduction()[p]);
                SummaryJson.number(one, "emissions", t.baseline()[p] - t.reduction()[p]);
            }
        }
        ObjectNode receptors = node.putObject("receptors");
        for (MultiDiscreteReport.Receptor t : report.receptors()) {
            ObjectNode receptor = receptors.putObject(t.region());
            SummaryJson.number(receptor, "concentration", t.concentration());
            SummaryJson.number(receptor, "limit", t.limit());
        }
        ArrayNode reasons = node.putArray("reasons");
        r.reasons().forEach(reasons::add);
        return node;
    }
}
