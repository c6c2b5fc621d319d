package org.airshed.market.compensation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Polluter pays against an allowance (docs/DOMAIN.md §4): a region emitting more than its allowance
 * under the cooperative plan pays every other region j the damage δ_j·T_ji of each unit above
 * it. A region's allowance is given in the section, or else its emissions in the baseline plan.
 * Balanced: every payment is received by a region.
 */
final class PolluterPays {
    private PolluterPays() {
    }

    static RuleOutcome apply(ScenarioGame game, Map<String, Double> allowances) {
        RegionFacts f = game.facts();
        int n = f.size();
        double[] emissions = game.cooperativePlan().emissions();
        double[] baselineEmissions = game.baselinePlan().emissions();
        double[] received = new double[n];
        Map<String, Object> allowed = new LinkedHashMap<>();
        boolean crossDamage = false;
        for (int i = 0; i < n; i++) {
            String id = f.ids().get(i);
            double allowance = allowances.getOrDefault(id, baselineEmissions[i]);
            allowed.put(id, allowance);
            double excess = Math.max(0, emissions[i] - allowance);
            for (int j = 0; j < n; j++) {
                double damage = f.damagePerConcentration()[j] * f.transfer()[j][i];
                if (j != i && damage > 0) {
                    crossDamage = true;
                    received[j] += damage * excess;
                    received[i] -= damage * excess;
                }
            }
        }
        if (!crossDamage) {
            return new RuleOutcome.Undefined("no region's emissions damage another region: polluter pays needs "
                    + "damagePerConcentration and transfer coefficients between regions");
        }
        return new RuleOutcome.Transfers(received, Map.of("allowances", allowed));
    }
}
