package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiRegionOutcome;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.core.study.multi.PollutantOutcome;
import org.airshed.market.compensation.MultiPollutantDutyComparison;

/**
 * summary.json's {@code allocation} part for a version-2 scenario (docs/FORMAT.md "Version 2
 * additions": {@code capPrices}, {@code pollutants}, {@code regions[id].pollutants}, {@code health}),
 * with version 1's {@code status}, {@code objective}, {@code totalCost}, {@code receptorPrices},
 * {@code regions[id].cost} and {@code concentration}, plus {@code objectiveKind}, {@code damages},
 * {@code baselineConcentration}, {@code limit}, {@code solver} and {@code reasons}. Undefined numbers are null.
 */
final class MultiAllocationJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MultiAllocationJson() {
    }

    static ObjectNode of(MultiAllocationReport report, MultiScenarioProblem problem) {
        ObjectNode node = NODES.objectNode();
        node.put("status", report.status().key());
        node.put("objectiveKind", report.objectiveKind().key());
        SummaryJson.number(node, "objective", report.objective());
        SummaryJson.number(node, "totalCost", report.totalCost());
        SummaryJson.number(node, "damages", report.damages());
        ObjectNode capPrices = node.putObject("capPrices");
        for (PollutantOutcome p : report.pollutants()) {
            SummaryJson.number(capPrices, p.id(), p.capPrice());
        }
        ObjectNode pollutants = node.putObject("pollutants");
        for (PollutantOutcome p : report.pollutants()) {
            ObjectNode o = pollutants.putObject(p.id());
            SummaryJson.number(o, "emissions", p.emissions());
            SummaryJson.number(o, "reduction", p.reduction());
            SummaryJson.number(o, "capPrice", p.capPrice());
            SummaryJson.number(o, "baseline", p.baseline());
            SummaryJson.number(o, "cap", p.cap());
        }
        ObjectNode prices = node.putObject("receptorPrices");
        for (MultiRegionOutcome r : report.regions()) {
            if (!Double.isNaN(r.limit())) {
                SummaryJson.number(prices, r.id(), r.receptorPrice());
            }
        }
        ObjectNode regions = node.putObject("regions");
        for (MultiRegionOutcome r : report.regions()) {
            ObjectNode region = regions.putObject(r.id());
            SummaryJson.number(region, "cost", r.cost());
            SummaryJson.number(region, "concentration", r.concentration());
            SummaryJson.number(region, "baselineConcentration", r.baselineConcentration());
            SummaryJson.number(region, "limit", r.limit());
            SummaryJson.number(region, "damage", r.damage());
            ObjectNode byPollutant = region.putObject("pollutants");
            for (int p = 0; p < problem.pollutantCount(); p++) {
                ObjectNode o = byPollutant.putObject(problem.pollutant(p));
                SummaryJson.number(o, "emissions", r.emissions(p));
                SummaryJson.number(o, "reduction", r.reduction(p));
            }
        }
        if (!problem.scenario().health().isEmpty() && report.hasAllocation()) {
            ObjectNode health = node.putObject("health");
            double deaths = 0;
            double value = 0;
            for (MultiRegionOutcome r : report.regions()) {
                if (!Double.isNaN(r.deathsAvoided())) {
                    ObjectNode o = health.putObject(r.id());
                    SummaryJson.number(o, "deathsAvoided", r.deathsAvoided());
                    SummaryJson.number(o, "value", r.healthValue());
                    deaths += r.deathsAvoided();
                    value += r.healthValue();
                }
            }
            SummaryJson.number(node, "deathsAvoided", deaths);
            SummaryJson.number(node, "healthValue", value);
        }
        ObjectNode solver = node.putObject("solver");
        SummaryJson.number(solver, "relativeGap", report.relativeGap());
        solver.put("iterations", report.iterations());
        ArrayNode reasons = node.putArray("reasons");
        report.reasons().forEach(reason -> reasons.add(reason.toString()));
        return node;
    }

    /** summary.json's {@code cooperation} part of a version-2 run: duties met alone against jointly, region by region. */
    static ObjectNode cooperation(MultiPollutantDutyComparison c, MultiScenarioProblem problem) {
        ObjectNode node = NODES.objectNode();
        node.put("baseline", "duties");
        node.put("status", c.isFeasible() ? "optimal" : "infeasible");
        SummaryJson.number(node, "standaloneCost", c.standaloneTotal());
        SummaryJson.number(node, "cooperativeCost", c.cooperativeTotal());
        SummaryJson.number(node, "saving", c.saving());
        ArrayNode reasons = node.putArray("reasons");
        if (!c.isFeasible()) {
            reasons.add(c.reason());
        }
        ObjectNode regions = node.putObject("regions");
        for (int r = 0; r < c.regions().size(); r++) {
            String id = c.regions().get(r);
            ObjectNode region = regions.putObject(id);
            ObjectNode duties = region.putObject("duties");
            for (int p = 0; p < problem.pollutantCount(); p++) {
                SummaryJson.number(duties, problem.pollutant(p), problem.scenario().policy().duty(id,
                        problem.pollutant(p)));
            }
            SummaryJson.number(region, "standaloneCost", c.standaloneCost()[r]);
            SummaryJson.number(region, "cooperativeCost", c.cooperativeCost()[r]);
            SummaryJson.number(region, "saving", c.standaloneCost()[r] - c.cooperativeCost()[r]);
        }
        return node;
    }
}
