package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
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
import org.junit.jupiter.api.Test;

/**
 * The cap-only, one-region and joint-under-limits problems copied from a scenario's arrays are
 * the problems converted from its records (the reference), array for array and receptor row for
 * receptor row, on 300 seeded random scenarios with step, quadratic, zero-max quadratic and
 * curveless sources and the welfare objective.
 */
class ScenarioProblemCopiesTest {
    @Test
    void copiesFromTheArraysEqualConversionsFromTheRecords() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 300; instance++) {
            Scenario scenario = scenario(random);
            ScenarioProblem own = ScenarioProblem.of(scenario);
            RequirementOrigin origin = new RequirementOrigin("$.policy.cap", 1, random.nextDouble(50), "test");
            assertSameProblem(ScenarioProblem.capOnly(scenario, null, origin), own.capOnly(origin), instance);
            assertSameProblem(ScenarioProblem.capOnly(scenario, null, null), own.capOnly(null), instance);
            assertSame(own.capOnly(origin), own.capOnly(origin), "copied once");
            for (Region region : scenario.regions()) {
                assertSameProblem(ScenarioProblem.capOnly(scenario, region.id(), origin), own.alone(region.id(), origin),
                        instance);
            }
            // Limits drawn apart, so the scenarios stay those drawn before limits were tested.
            SplittableRandom limitDraws = new SplittableRandom(instance);
            Map<String, Double> limits = new LinkedHashMap<>();
            for (Region region : scenario.regions()) {
                if (limitDraws.nextBoolean()) {
                    limits.put(region.id(), limitDraws.nextDouble(10));
                }
            }
            assertSameProblem(ScenarioProblem.withLimits(scenario, origin, limits), own.withLimits(origin, limits),
                    instance);
        }
    }

    private static void assertSameProblem(ScenarioProblem expected, ScenarioProblem actual, int instance) {
        String at = "instance " + instance;
        AllocationProblem e = expected.problem();
        AllocationProblem a = actual.problem();
        assertEquals(e.toString(), a.toString(), at);
        assertEquals(e.hasCap(), a.hasCap(), at);
        assertEquals(e.capRequirement(), a.capRequirement(), at);
        assertEquals(expected.capOrigin(), actual.capOrigin(), at);
        for (int r = 0; r < e.regionCount(); r++) {
            assertEquals(e.regionId(r), a.regionId(r), at);
            assertEquals(e.regionWeight(r), a.regionWeight(r), at);
            assertEquals(expected.regionId(r), actual.regionId(r), at);
            assertEquals(expected.regionBaseline(r), actual.regionBaseline(r), at);
            assertEquals(expected.regionIndex(expected.regionId(r)), actual.regionIndex(actual.regionId(r)), at);
        }
        for (int i = 0; i < e.sourceCount(); i++) {
            assertEquals(expected.scenarioSource(i), actual.scenarioSource(i), at);
            assertEquals(e.sourceRegion(i), a.sourceRegion(i), at);
            assertEquals(e.baseline(i), a.baseline(i), at);
            assertEquals(e.isQuadratic(i), a.isQuadratic(i), at);
            assertEquals(e.quadLinear(i), a.quadLinear(i), at);
            assertEquals(e.quadSlope(i), a.quadSlope(i), at);
            assertEquals(e.maxAbatement(i), a.maxAbatement(i), at);
            assertEquals(e.blockCount(i), a.blockCount(i), at);
            for (int b = 0; b < e.blockCount(i); b++) {
                assertEquals(e.blockAmount(i, b), a.blockAmount(i, b), at);
                assertEquals(e.blockCost(i, b), a.blockCost(i, b), at);
            }
            assertEquals(e.marginalCost(i, 1), a.marginalCost(i, 1), at);
        }
        assertEquals(e.receptorCount(), a.receptorCount(), at);
        for (int k = 0; k < e.receptorCount(); k++) {
            assertEquals(expected.receptorId(k), actual.receptorId(k), at);
            assertEquals(e.receptorRegion(k), a.receptorRegion(k), at);
            assertEquals(e.receptorRequirement(k), a.receptorRequirement(k), at);
            for (int r = 0; r < e.regionCount(); r++) {
                assertEquals(e.transfer(k, r), a.transfer(k, r), at);
            }
        }
    }

    private static Scenario scenario(SplittableRandom random) {
        int regionCount = 1 + random.nextInt(4);
        List<Region> regions = new ArrayList<>();
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        for (int r = 0; r < regionCount; r++) {
            String id = "R" + r;
            regions.add(new Region(id, id, OptionalDouble.empty(), OptionalDouble.empty(), random.nextDouble(5),
                    random.nextDouble(3), 0));
            Map<String, Double> row = new LinkedHashMap<>();
            for (int s = 0; s < regionCount; s++) {
                row.put("R" + s, random.nextDouble(0.2));
            }
            transfer.put(id, row);
        }
        List<Source> sources = new ArrayList<>();
        int sourceCount = random.nextInt(12);
        for (int i = 0; i < sourceCount; i++) {
            String region = "R" + random.nextInt(regionCount);
            double baseline = 1 + random.nextDouble(100);
            int kind = random.nextInt(4);
            if (kind == 0) {
                sources.add(new Source("s" + i, region, null, null, baseline,
                        new QuadraticCurve(random.nextDouble(-5, 5), 0.1 + random.nextDouble(3), baseline * random.nextDouble())));
            } else if (kind == 1) {
                sources.add(new Source("s" + i, region, null, null, baseline, new QuadraticCurve(2, 3, 0)));
            } else {
                List<Step> steps = new ArrayList<>();
                double left = baseline;
                double cost = random.nextDouble(-10, 10);
                for (int b = kind == 2 ? 0 : random.nextInt(4); b > 0; b--) {
                    double amount = left * random.nextDouble(0.5);
                    left -= amount;
                    cost += random.nextDouble(20);
                    steps.add(new Step(amount, cost));
                }
                sources.add(new Source("s" + i, region, null, null, baseline, new StepCurve(steps)));
            }
        }
        return new Scenario("random", "", 1, Units.DEFAULT, random.nextBoolean() ? Objective.COST : Objective.WELFARE,
                regions, new TransferMatrix(transfer), sources,
                new Policy(OptionalDouble.of(random.nextDouble(200)), Map.of("R0", 50.0), Map.of()));
    }
}
