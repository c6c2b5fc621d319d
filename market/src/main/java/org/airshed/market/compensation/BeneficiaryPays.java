package org.airshed.market.compensation;

import java.util.Map;

/**
 * Beneficiary pays (docs/DOMAIN.md §4): a region that abates more under cooperation than in the
 * baseline has its extra cost ΔC_i paid by the regions that benefit, each in proportion to its
 * benefit δ_j·T_ji·Δa_i; the region's own share of the benefit it keeps paying itself. Balanced.
 */
final class BeneficiaryPays {
    private BeneficiaryPays() {
    }

    static RuleOutcome apply(ScenarioGame game) {
        RegionFacts f = game.facts();
        int n = f.size();
        double[] before = game.baselinePlan().abatement();
        double[] after = game.cooperativePlan().abatement();
        double[] costBefore = game.baselinePlan().cost();
        double[] costAfter = game.cooperativePlan().cost();
        double[] received = new double[n];
        boolean anyExtra = false;
        boolean anyBenefit = false;
        for (int i = 0; i < n; i++) {
            double extraAbatement = after[i] - before[i];
            double extraCost = costAfter[i] - costBefore[i];
            if (extraAbatement <= 0 || extraCost <= 0) {
                continue;
            }
            anyExtra = true;
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += benefit(f, j, i, extraAbatement);
            }
            if (total <= 0) {
                continue;
            }
            anyBenefit = true;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double pays = extraCost * benefit(f, j, i, extraAbatement) / total;
                    received[j] -= pays;
                    received[i] += pays;
                }
            }
        }
        if (anyExtra && !anyBenefit) {
            return new RuleOutcome.Undefined("no region benefits from the extra abatement: beneficiary pays needs "
                    + "damagePerConcentration and transfer coefficients from the abating regions");
        }
        return new RuleOutcome.Transfers(received, Map.of());
    }

    /** δ_j·T_ji·Δa_i: money of damage region j avoids from region i's extra abatement. */
    private static double benefit(RegionFacts f, int j, int i, double extraAbatement) {
        return f.damagePerConcentration()[j] * f.transfer()[j][i] * extraAbatement;
    }
}
