package org.airshed.market.compensation;

import java.util.Map;
import org.airshed.core.util.JsonPath;

/**
 * Chander–Tulkens transfers (docs/DOMAIN.md §4) for a scalar, uniformly mixed pollutant:
 * T_i = ΔC_i − (π_i/π)·Σ_j ΔC_j, with ΔC_i region i's extra abatement cost under cooperation
 * over the Nash equilibrium and π_i its marginal damage per unit of total emissions. The pollutant
 * is scalar when every receptor gets the same concentration per unit from every source region;
 * otherwise the rule does not apply and says so.
 */
final class ChanderTulkens {
    private static final double SAME = 1e-9;

    private ChanderTulkens() {
    }

    static RuleOutcome apply(ScenarioGame game) {
        if (game.baseline() != Baseline.NASH) {
            return new RuleOutcome.Undefined("Chander-Tulkens transfers are defined against the Nash equilibrium; "
                    + "this compensation section uses the " + game.baseline().key() + " baseline");
        }
        RegionFacts f = game.facts();
        int n = f.size();
        String notScalar = notScalar(f);
        if (notScalar != null) {
            return new RuleOutcome.Undefined("Chander-Tulkens needs a scalar (uniformly mixed) pollutant, and the "
                    + "transfer matrix is not one: " + notScalar);
        }
        double[] pi = new double[n];
        double totalPi = 0;
        for (int j = 0; j < n; j++) {
            pi[j] = f.damagePerConcentration()[j] * f.transfer()[j][0];
            totalPi += pi[j];
        }
        if (!(totalPi > 0)) {
            return new RuleOutcome.Undefined("no region suffers any damage (every δ_j·transfer is 0), so the "
                    + "Chander-Tulkens shares π_i/π are undefined");
        }
        double[] extraCost = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            extraCost[i] = game.cooperativePlan().cost()[i] - game.baselinePlan().cost()[i];
            total += extraCost[i];
        }
        double[] received = new double[n];
        for (int i = 0; i < n; i++) {
            received[i] = extraCost[i] - pi[i] / totalPi * total;
        }
        return new RuleOutcome.Transfers(received, Map.of());
    }

    /** The first receptor row whose coefficients differ by source region, described; null when scalar. */
    private static String notScalar(RegionFacts f) {
        int n = f.size();
        for (int j = 0; j < n; j++) {
            double first = f.transfer()[j][0];
            for (int i = 1; i < n; i++) {
                double other = f.transfer()[j][i];
                if (Math.abs(other - first) > SAME * Math.max(Math.abs(first), Math.abs(other))) {
                    String row = JsonPath.child("transfer", f.ids().get(j));
                    return JsonPath.child(row, f.ids().get(i)) + " = " + other + " differs from "
                            + JsonPath.child(row, f.ids().get(0)) + " = " + first;
                }
            }
        }
        return null;
    }
}
