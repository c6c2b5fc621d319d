package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.core.study.multi.RegionPlanTotals;

/**
 * Beneficiary pays ({@link BeneficiaryPays}) with several pollutants: a region whose abatement cost is
 * higher under cooperation than alone has that extra cost paid by the regions that benefit, each in
 * proportion to its benefit δ_j·Σ_p T_jpi·Δa_ip from the region's change in abatement of every
 * pollutant. A region the change harms (a negative benefit: a NOx cut raising nitrate, or a pollutant
 * cut less) pays nothing and is not paid; the region's own share it keeps paying itself. Balanced.
 */
final class MultiPollutantBeneficiaryPays {
    private MultiPollutantBeneficiaryPays() {
    }

    static RuleOutcome apply(ScenarioGame game) {
        if (!(game.oracle() instanceof MultiPollutantDutiesGame multi) || multi.joint() == null) {
            return new RuleOutcome.Undefined("beneficiary pays needs the joint plan of all regions");
        }
        MultiScenarioProblem problem = multi.problem();
        RegionPlanTotals before = multi.standalone();
        RegionPlanTotals after = multi.joint();
        double[] delta = game.facts().damagePerConcentration();
        int n = problem.regionCount();
        double[] received = new double[n];
        List<String> spending = new ArrayList<>();
        boolean anyBenefit = false;
        for (int i = 0; i < n; i++) {
            double extraCost = after.cost()[i] - before.cost()[i];
            if (extraCost <= 0) {
                continue;
            }
            spending.add(problem.region(i));
            double[] benefit = new double[n];
            double total = 0;
            for (int j = 0; j < n; j++) {
                benefit[j] = Math.max(0, benefit(problem, delta, before, after, j, i));
                total += benefit[j];
            }
            if (total <= 0) {
                continue;
            }
            anyBenefit = true;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double pays = extraCost * benefit[j] / total;
                    received[j] -= pays;
                    received[i] += pays;
                }
            }
        }
        if (!spending.isEmpty() && !anyBenefit) {
            return new RuleOutcome.Undefined("no region benefits from what the regions spending more under"
                    + " cooperation (" + String.join(", ", spending) + ") change: their changes in abatement of every"
                    + " pollutant, weighed by transfer and damage value (damagePerConcentration or health), lower no"
                    + " other region's damages");
        }
        return new RuleOutcome.Transfers(received, Map.of());
    }

    /** δ_j·Σ_p T_jpi·Δa_ip: money of damage region j avoids from region i's change in abatement. */
    private static double benefit(MultiScenarioProblem problem, double[] delta, RegionPlanTotals before,
                                  RegionPlanTotals after, int j, int i) {
        double[] row = problem.transferRow(j);
        if (row == null || delta[j] == 0) {
            return 0;
        }
        int n = problem.regionCount();
        double fall = 0;
        for (int p = 0; p < problem.pollutantCount(); p++) {
            fall += row[p * n + i] * (after.reduction()[p * n + i] - before.reduction()[p * n + i]);
        }
        return delta[j] * fall;
    }
}
