package org.airshed.core.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;

/**
 * Two-region scenarios small enough to solve by hand.
 * <pre>
 * region A: background 5, δ given per test;  source a1: baseline 100, 30 t at 10, 20 t at 50
 * region B: background 3, δ given per test;  source b1: baseline  80, 40 t at 20, 40 t at 40
 * transfer: A←A 0.1, A←B 0.05, B←B 0.2 (B←A 0)
 * </pre>
 */
final class TinyScenarios {
    private TinyScenarios() {
    }

    static Region region(String id, double damagePerConcentration, double background) {
        return new Region(id, id, OptionalDouble.empty(), OptionalDouble.empty(), damagePerConcentration,
                background, 0);
    }

    static Source steps(String id, String region, double baseline, double... amountCostPairs) {
        return steps(id, region, null, null, baseline, amountCostPairs);
    }

    static Source steps(String id, String region, String sector, String department, double baseline,
                        double... amountCostPairs) {
        List<Step> steps = new java.util.ArrayList<>();
        for (int p = 0; p < amountCostPairs.length; p += 2) {
            steps.add(new Step(amountCostPairs[p], amountCostPairs[p + 1]));
        }
        return new Source(id, region, sector, department, baseline, new StepCurve(steps));
    }

    static TransferMatrix transfer() {
        Map<String, Map<String, Double>> t = new LinkedHashMap<>();
        t.put("A", Map.of("A", 0.1, "B", 0.05));
        t.put("B", Map.of("B", 0.2));
        return new TransferMatrix(t);
    }

    static Scenario twoRegions(Objective objective, double deltaA, double deltaB, Policy policy) {
        return new Scenario("two-regions", "hand-computed test", 7, Units.DEFAULT, objective,
                List.of(region("A", deltaA, 5), region("B", deltaB, 3)), transfer(),
                List.of(steps("a1", "A", 100, 30, 10, 20, 50), steps("b1", "B", 80, 40, 20, 40, 40)), policy);
    }

    static Policy cap(double cap) {
        return new Policy(OptionalDouble.of(cap), Map.of(), Map.of());
    }

    static Policy capAndLimits(double cap, Map<String, Double> limits) {
        return new Policy(OptionalDouble.of(cap), limits, Map.of());
    }

    static Policy duties(Map<String, Double> duties) {
        return new Policy(OptionalDouble.empty(), Map.of(), duties);
    }
}
