package org.airshed.market.compensation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies a {@link ConcentrationRule}: region i's improvement is its concentration in the
 * baseline plan minus that under cooperation; the clearing house pays it (or charges it for a
 * deterioration) by the rule's schedule. Not source-apportioned, and not balanced.
 */
final class ConcentrationChange {
    private ConcentrationChange() {
    }

    static RuleOutcome apply(ScenarioGame game, ConcentrationRule rule) {
        double[] before = game.baselinePlan().concentration();
        double[] after = game.cooperativePlan().concentration();
        double[] received = new double[before.length];
        Map<String, Double> improvement = new LinkedHashMap<>();
        for (int i = 0; i < received.length; i++) {
            String id = game.players().get(i);
            double change = before[i] - after[i];
            improvement.put(id, change);
            received[i] = rule.payment(id, change);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", rule.source());
        details.put("pollutantWeight", rule.pollutantWeight());
        details.put("improvement", improvement);
        return new RuleOutcome.Transfers(received, details);
    }
}
