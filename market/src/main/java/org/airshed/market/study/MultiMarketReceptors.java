package org.airshed.market.study;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.Quantum;

/**
 * A version-2 market's air: every receptor limit of the policy against the concentration its plan
 * gives (baseline concentration − Σ_p Σ_r T_jpr · abatement of p in r, signed coefficients), with the
 * same resolution as the one-pollutant market (one permit quantum per source through the transfer).
 */
final class MultiMarketReceptors {
    private MultiMarketReceptors() {
    }

    /** {@code abatement}: a_ip, {@code [i * P + p]} (mass). */
    static List<ReceptorOutcome> of(MultiScenarioProblem problem, double[] abatement) {
        int pCount = problem.pollutantCount();
        int rCount = problem.regionCount();
        double[] reduction = new double[pCount * rCount];
        int[] sourcesIn = new int[rCount];
        for (int i = 0; i < problem.sourceCount(); i++) {
            int r = problem.sourceRegion(i);
            sourcesIn[r]++;
            for (int p = 0; p < pCount; p++) {
                reduction[p * rCount + r] += abatement[i * pCount + p];
            }
        }
        List<ReceptorOutcome> out = new ArrayList<>();
        for (int j : problem.receptorRegions()) {
            String id = problem.region(j);
            double limit = problem.scenario().policy().receptorLimits().get(id);
            double[] row = problem.transferRow(j);
            double z = problem.baselineConcentration(j);
            double resolution = 1e-9 * Math.abs(limit);
            for (int c = 0; row != null && c < row.length; c++) {
                z -= row[c] * reduction[c];
                resolution += Math.abs(row[c]) * sourcesIn[c % rCount] * Quantum.PERMIT.size();
            }
            out.add(new ReceptorOutcome(id, 0, z, limit, resolution));
        }
        return out;
    }

    /** A note for every receptor the market leaves above its limit: it trades one for one, by design. */
    static void note(List<ReceptorOutcome> receptors, String unit, List<String> notes) {
        for (ReceptorOutcome r : receptors) {
            if (r.exceeded()) {
                notes.add("one-for-one trading of each pollutant ignores receptor limits by design: " + r.receptor()
                        + " ends at " + ReadableNumbers.of(r.concentration()) + " " + unit + ", above its limit "
                        + ReadableNumbers.of(r.limit()) + " (ambient trading is not yet available with several"
                        + " pollutants)");
            }
        }
    }
}
