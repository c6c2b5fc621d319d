package org.airshed.market.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.model.AbatementCurve;
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

/** Seeded random scenarios for market tests: regions R0…, sources with steps or quadratic curves. */
final class MarketScenarios {
    private MarketScenarios() {
    }

    /** {@code regions} regions with 1–4 sources each, cap at 55–80 % of the baseline. */
    static Scenario random(SplittableRandom random, int regions, boolean receptorLimits) {
        List<Region> rs = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        double baseline = 0;
        double[] regionBaseline = new double[regions];
        for (int r = 0; r < regions; r++) {
            String id = "R" + r;
            rs.add(new Region(id, id, OptionalDouble.of(1e6 * (1 + random.nextInt(20))),
                    OptionalDouble.of(1e9 * (1 + random.nextInt(50))), 0, 1 + random.nextDouble(), 0));
            int count = 1 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                double b = 50 + random.nextDouble() * 950;
                sources.add(new Source(id + "-" + s, id, null, null, b, curve(random, b)));
                baseline += b;
                regionBaseline[r] += b;
            }
        }
        for (int j = 0; j < regions; j++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int r = 0; r < regions; r++) {
                double distance = Math.abs(j - r);
                row.put("R" + r, 0.01 / (1 + distance * (1 + random.nextDouble())));
            }
            transfer.put("R" + j, row);
        }
        double cap = baseline * (0.55 + 0.25 * random.nextDouble());
        Map<String, Double> limits = new LinkedHashMap<>();
        if (receptorLimits) {
            for (int j = 0; j < regions; j++) {
                if (random.nextBoolean()) {
                    double atCap = rs.get(j).background();
                    for (int r = 0; r < regions; r++) {
                        atCap += transfer.get("R" + j).get("R" + r) * regionBaseline[r] * cap / baseline;
                    }
                    limits.put("R" + j, atCap * (0.85 + 0.1 * random.nextDouble()));
                }
            }
        }
        return new Scenario("random", "", random.nextLong(), Units.DEFAULT, Objective.COST, rs,
                new TransferMatrix(transfer), sources, new Policy(OptionalDouble.of(cap), limits, Map.of()));
    }

    private static AbatementCurve curve(SplittableRandom random, double baseline) {
        double max = baseline * (0.6 + 0.4 * random.nextDouble());
        if (random.nextInt(3) == 0) {
            return new QuadraticCurve(random.nextDouble() * 20, (5 + random.nextDouble() * 50) / max, max);
        }
        int blocks = 1 + random.nextInt(5);
        List<Step> steps = new ArrayList<>();
        double cost = 5 + random.nextDouble() * 20;
        for (int b = 0; b < blocks; b++) {
            steps.add(new Step(max / blocks, cost));
            cost += random.nextDouble() * 30;
        }
        return new StepCurve(steps);
    }

    static Scenario withPolicy(Scenario s, Policy policy) {
        return new Scenario(s.name(), s.description(), s.seed(), s.units(), s.objective(), s.regions(), s.transfer(),
                s.sources(), policy);
    }
}
