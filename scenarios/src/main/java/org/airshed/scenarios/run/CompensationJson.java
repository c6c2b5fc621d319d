package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.ReceptorOutcome;
import org.airshed.market.compensation.RegionPlan;
import org.airshed.market.compensation.RuleReport;
import org.airshed.market.compensation.ScenarioGame;

/**
 * The {@code compensation} part of summary.json with docs/FORMAT.md's names ({@code baseline},
 * {@code surplus}, {@code leastCoreEpsilon}, per rule {@code gains}, {@code transfers},
 * {@code budgetBalanced}, {@code individuallyRational}, {@code inCore}, {@code maxExcess},
 * {@code blockingCoalition}; {@code status} and {@code reason} when undefined), plus the
 * additions the README lists: the core net of transaction costs, each receptor's limits beside
 * both plans' concentrations, and the notes on how the game treats the policy. Undefined numbers
 * are null.
 */
final class CompensationJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CompensationJson() {
    }

    static ObjectNode of(CompensationReport report) {
        List<String> players = report.players();
        ObjectNode node = NODES.objectNode();
        node.put("baseline", report.baseline());
        ArrayNode names = node.putArray("players");
        players.forEach(names::add);
        SummaryJson.number(node, "surplus", report.surplus());
        SummaryJson.number(node, "leastCoreEpsilon", report.leastCoreEpsilon());
        SummaryJson.number(node, "leastCoreEpsilonNet", report.leastCoreEpsilonNet());
        if (report.coreNote() != null) {
            node.put("coreNote", report.coreNote());
        }
        node.set("standalone", byPlayer(players, report.standalone()));
        if (report.ownSaving() != null) {
            node.set("ownSavings", byPlayer(players, report.ownSaving()));
        }
        node.set("transactionCosts", byPlayer(players, report.transactionCost()));
        ObjectNode rules = node.putObject("rules");
        for (RuleReport rule : report.rules()) {
            rules.set(rule.name(), rule(players, rule));
        }
        ScenarioGame game = report.game();
        if (game != null) {
            ObjectNode plans = node.putObject("plans");
            plans.set("baseline", plan(players, game.baselinePlan()));
            plans.set("cooperative", plan(players, game.cooperativePlan()));
            node.set("receptors", receptors(game));
            if (game.surplusUnderWrittenLimits().isPresent()) {
                SummaryJson.number(node, "surplusUnderWrittenLimits", game.surplusUnderWrittenLimits().getAsDouble());
            }
            node.put("coalitions", game.coalitions().complete() ? "every coalition (coalitions.csv)"
                    : "each region alone, each region's complement and all regions (coalitions.csv): "
                    + ScenarioGame.MAX_HELD_PLAYERS + " regions at most are listed whole");
            strings(node.putArray("notes"), game.notes());
        }
        return node;
    }

    /** Each receptor with a limit: the written and effective limits beside both plans' concentrations. */
    private static ObjectNode receptors(ScenarioGame game) {
        ObjectNode node = NODES.objectNode();
        for (ReceptorOutcome r : game.receptors()) {
            ObjectNode receptor = node.putObject(r.receptor());
            SummaryJson.number(receptor, "limit", r.limit());
            SummaryJson.number(receptor, "effectiveLimit", r.effectiveLimit());
            SummaryJson.number(receptor, "baseline", r.baseline());
            SummaryJson.number(receptor, "cooperative", r.cooperative());
            receptor.put("baselineExceedsLimit", r.baselineExceedsLimit());
            receptor.put("cooperativeExceedsLimit", r.cooperativeExceedsLimit());
        }
        return node;
    }

    private static ObjectNode rule(List<String> players, RuleReport rule) {
        ObjectNode node = NODES.objectNode();
        node.put("status", rule.status());
        if (!rule.applied()) {
            node.put("reason", rule.reason());
            return node;
        }
        node.set("gains", byPlayer(players, rule.gains()));
        if (rule.transfers() != null) {
            node.set("transfers", byPlayer(players, rule.transfers()));
        }
        node.put("budgetBalanced", rule.budgetBalanced());
        SummaryJson.number(node, "deficit", rule.deficit());
        node.put("individuallyRational", rule.individuallyRational());
        strings(node.putArray("worseOff"), rule.worseOff());
        if (rule.inCore() == null) {
            node.putNull("inCore");
        } else {
            node.put("inCore", rule.inCore());
        }
        SummaryJson.number(node, "maxExcess", rule.maxExcess());
        strings(node.putArray("blockingCoalition"), rule.blockingCoalition());
        if (rule.inCoreNet() == null) {
            node.putNull("inCoreNetOfTransactionCosts");
        } else {
            node.put("inCoreNetOfTransactionCosts", rule.inCoreNet());
        }
        SummaryJson.number(node, "maxExcessNet", rule.maxExcessNet());
        strings(node.putArray("blockingCoalitionNet"), rule.blockingCoalitionNet());
        rule.details().forEach((key, value) -> put(node, key, value));
        strings(node.putArray("warnings"), rule.warnings());
        return node;
    }

    private static ObjectNode plan(List<String> players, RegionPlan plan) {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < players.size(); i++) {
            ObjectNode region = node.putObject(players.get(i));
            SummaryJson.number(region, "abatement", plan.abatement()[i]);
            SummaryJson.number(region, "cost", plan.cost()[i]);
            SummaryJson.number(region, "emissions", plan.emissions()[i]);
            SummaryJson.number(region, "concentration", plan.concentration()[i]);
            SummaryJson.number(region, "damage", plan.damage()[i]);
        }
        return node;
    }

    /** A rule's detail: a number, flag, text, or an object of numbers keyed by region. */
    private static void put(ObjectNode node, String key, Object value) {
        if (value instanceof Number number) {
            SummaryJson.number(node, key, number.doubleValue());
        } else if (value instanceof Boolean flag) {
            node.put(key, flag);
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode child = node.putObject(key);
            map.forEach((k, v) -> put(child, String.valueOf(k), v));
        } else {
            node.put(key, String.valueOf(value));
        }
    }

    private static ObjectNode byPlayer(List<String> players, double[] values) {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < players.size(); i++) {
            SummaryJson.number(node, players.get(i), values[i]);
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
