package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;

/** Small scenarios for compensation tests: regions named R0, R1, … */
final class CompensationScenarios {
    private CompensationScenarios() {
    }

    static String id(int i) {
        return "R" + i;
    }

    /**
     * The closed-form setting of docs/DOMAIN.md §4: one quadratic source per region, cost c_i·a²/2 with a
     * bound far from binding, damages δ_j per concentration unit, {@code transfer[j][i]}.
     */
    static Scenario quadratic(double[] curvature, double[] delta, double[][] transfer) {
        int n = curvature.length;
        List<Region> regions = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            regions.add(new Region(id(i), id(i), OptionalDouble.of(1000 * (i + 1)), OptionalDouble.empty(), delta[i],
                    1, 0));
            sources.add(new Source(id(i) + "-1", id(i), null, null, 1e4, new QuadraticCurve(0, curvature[i], 1e4)));
        }
        return new Scenario("closed-form", "", 7, Units.DEFAULT, Objective.COST, regions, matrix(transfer), sources,
                Policy.NONE);
    }

    /** One step source per region (amount, unit cost), with duties. */
    static Scenario steps(double[][] blocks, double[] duties, double[] delta, double[][] transfer,
                          double[] transactionCost) {
        int n = blocks.length;
        List<Region> regions = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Map<String, Double> duty = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            regions.add(new Region(id(i), id(i), OptionalDouble.empty(), OptionalDouble.empty(), delta[i], 0,
                    transactionCost[i]));
            List<Step> steps = new ArrayList<>();
            double total = 0;
            for (int b = 0; b + 1 < blocks[i].length; b += 2) {
                steps.add(new Step(blocks[i][b], blocks[i][b + 1]));
                total += blocks[i][b];
            }
            sources.add(new Source(id(i) + "-1", id(i), null, null, total * 2, new StepCurve(steps)));
            duty.put(id(i), duties[i]);
        }
        return new Scenario("steps", "", 7, Units.DEFAULT, Objective.COST, regions, matrix(transfer), sources,
                new Policy(OptionalDouble.empty(), Map.of(), duty));
    }

    static TransferMatrix matrix(double[][] transfer) {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (int j = 0; j < transfer.length; j++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int i = 0; i < transfer.length; i++) {
                row.put(id(i), transfer[j][i]);
            }
            rows.put(id(j), row);
        }
        return new TransferMatrix(rows);
    }

    static CompensationSpec spec(Baseline baseline, String... rules) {
        return new CompensationSpec(baseline, List.of(rules), Map.of(), ShapleyMethod.AUTO,
                CompensationSpec.DEFAULT_PERMUTATIONS, CompensationSpec.DEFAULT_CONFIDENCE, Map.of());
    }
}
