package org.airshed.core.discrete.multi;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantProblem;

/**
 * Every cap and receptor limit of a choice, recomputed from the base problem's emissions, removals
 * and transfer coefficients (nothing of {@link MultiDiscreteProblem}): the rows a choice breaks by
 * more than {@code 1e-7} of the row's scale, described.
 */
final class IndependentRows {
    private static final double SLACK = 1e-7;

    private IndependentRows() {
    }

    static List<String> broken(MultiPollutantProblem q, int[] choice) {
        int pCount = q.pollutantCount();
        List<String> broken = new ArrayList<>();
        for (int p = 0; p < pCount; p++) {
            if (!q.hasCap(p)) {
                continue;
            }
            double total = 0;
            double scale = Math.abs(q.capRequirement(p));
            for (int i = 0; i < q.sourceCount(); i++) {
                total += choice[i] == 0 ? 0 : q.optionRemoval(q.optionStart(i) + choice[i] - 1, p) * q.emission(i, p);
                scale += q.emission(i, p);
            }
            if (total < q.capRequirement(p) - SLACK * scale) {
                broken.add("cap of " + q.pollutantId(p) + ": " + total + " < " + q.capRequirement(p));
            }
        }
        for (int k = 0; k < q.receptorCount(); k++) {
            double total = 0;
            double scale = Math.abs(q.receptorRequirement(k));
            for (int i = 0; i < q.sourceCount(); i++) {
                int r = q.sourceRegion(i);
                for (int p = 0; p < pCount; p++) {
                    double t = q.transfer(k, p, r);
                    scale += Math.abs(t) * q.emission(i, p);
                    if (choice[i] != 0) {
                        total += t * q.optionRemoval(q.optionStart(i) + choice[i] - 1, p) * q.emission(i, p);
                    }
                }
            }
            if (total < q.receptorRequirement(k) - SLACK * scale) {
                broken.add("receptor row " + k + ": " + total + " < " + q.receptorRequirement(k));
            }
        }
        return broken;
    }

    static double cost(MultiPollutantProblem q, int[] choice) {
        double cost = 0;
        for (int i = 0; i < q.sourceCount(); i++) {
            cost += choice[i] == 0 ? 0 : q.optionCost(q.optionStart(i) + choice[i] - 1);
        }
        return cost;
    }
}
