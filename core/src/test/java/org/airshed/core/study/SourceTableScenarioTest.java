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
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.junit.jupiter.api.Test;

/**
 * A scenario whose sources are a {@link SourceTable} (the fast path: columns shared with the
 * solver, outcomes made on demand) against the same scenario as records (the reference): the
 * same solver arrays, the same report, number for number, on seeded random scenarios.
 */
class SourceTableScenarioTest {
    @Test
    void tableAndRecordsGiveTheSameProblemAndReport() {
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 40; trial++) {
            Scenario records = randomScenario(random);
            SourceTable.Builder builder = SourceTable.builder();
            records.sources().forEach(builder::add);
            Scenario table = new Scenario(records.name(), records.description(), records.seed(), records.units(),
                    records.objective(), records.regions(), records.transfer(), builder.build(), records.policy());

            assertEquals(records.sources(), List.copyOf(table.sources()));
            assertEquals(records.totalBaseline(), table.totalBaseline());
            ScenarioProblem expected = ScenarioProblem.of(records);
            ScenarioProblem actual = ScenarioProblem.of(table);
            assertSameProblem(expected.problem(), actual.problem());
            assertSameProblem(ScenarioProblem.capOnly(records, "B", null).problem(),
                    ScenarioProblem.capOnly(table, "B", null).problem());

            AllocationReport reference = AllocationStudy.run(expected, new ExactAllocationSolver());
            AllocationReport fast = AllocationStudy.run(actual, new ExactAllocationSolver());
            assertEquals(reference, fast, "trial " + trial);
            assertEquals(reference.sources(), List.copyOf(fast.sources()));
            // The list made from the columns, against the same list made from the outcomes one by one.
            assertEquals(ResponsibilityList.of(records, reference.sources()), reference.responsibilities());
            assertEquals(ResponsibilityList.of(table, fast.sources()), fast.responsibilities());
        }
    }

    @Test
    void tableKeepsRecordsAsTheyWere() {
        Source steps = new Source("a", "A", "power", null, 100, new StepCurve(List.of(new Step(30, 10), new Step(20, 12))));
        Source quadratic = new Source("b\u00e9", "B", null, "dept", 10, new QuadraticCurve(-1, 4, 10));
        SourceTable table = SourceTable.builder().add(steps).add(quadratic).build();
        assertEquals(List.of(steps, quadratic), table);
        assertEquals("b\u00e9", table.id(1));
        assertEquals(Source.UNSPECIFIED, table.department(0));
        assertEquals(List.of("A", "B"), table.regionIds());
    }

    @Test
    void tableRefusesARepeatedId() {
        Source a = new Source("a", "A", null, null, 1, new StepCurve(List.of(new Step(1, 1))));
        SourceTable.Builder builder = SourceTable.builder().add(a);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> builder.add(a));
        assertEquals("duplicate source id: a", e.getMessage());
    }

    @Test
    void scenarioKeepsItsTable() {
        SourceTable table = SourceTable.builder()
                .add(new Source("a", "A", null, null, 1, new StepCurve(List.of(new Step(1, 1))))).build();
        Scenario s = new Scenario("t", "", 1, Units.DEFAULT, Objective.COST, List.of(Region.of("A")),
                TransferMatrix.EMPTY, table, Policy.NONE);
        assertSame(table, s.sources());
    }

    /** A sweep's variant shares its base's table: the problem made from the base's (shared columns) is the variant's own. */
    @Test
    void variantSharingTheTableGetsItsOwnProblem() {
        SourceTable table = SourceTable.builder()
                .add(new Source("a", "A", null, null, 10, new StepCurve(List.of(new Step(5, 1))))).build();
        Scenario base = new Scenario("t", "", 1, Units.DEFAULT, Objective.COST, List.of(Region.of("A")),
                TransferMatrix.EMPTY, table, Policy.NONE);
        Scenario variant = new Scenario("t", "", 2, Units.DEFAULT, Objective.COST, List.of(Region.of("A")),
                TransferMatrix.EMPTY, table, new Policy(OptionalDouble.of(8), Map.of(), Map.of()));
        ScenarioProblem baseProblem = ScenarioProblem.of(base);
        ScenarioProblem shared = ScenarioProblem.withSourcesOf(baseProblem, variant);
        assertEquals(2, shared.problem().capRequirement());
        assertSameProblem(ScenarioProblem.of(variant).problem(), shared.problem());
    }

    private static void assertSameProblem(AllocationProblem expected, AllocationProblem actual) {
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.sourceCount(), actual.sourceCount());
        for (int i = 0; i < expected.sourceCount(); i++) {
            assertEquals(expected.sourceRegion(i), actual.sourceRegion(i));
            assertEquals(expected.baseline(i), actual.baseline(i));
            assertEquals(expected.blockCount(i), actual.blockCount(i));
            for (int b = 0; b < expected.blockCount(i); b++) {
                assertEquals(expected.blockAmount(i, b), actual.blockAmount(i, b));
                assertEquals(expected.blockCost(i, b), actual.blockCost(i, b));
            }
            assertEquals(expected.isQuadratic(i), actual.isQuadratic(i));
            assertEquals(expected.quadLinear(i), actual.quadLinear(i));
            assertEquals(expected.quadSlope(i), actual.quadSlope(i));
            assertEquals(expected.maxAbatement(i), actual.maxAbatement(i));
        }
        for (int k = 0; k < expected.receptorCount(); k++) {
            assertEquals(expected.receptorRequirement(k), actual.receptorRequirement(k));
        }
        if (expected.hasCap()) {
            assertEquals(expected.capRequirement(), actual.capRequirement());
        }
    }

    /** Regions A, B, C (sources listed in shuffled region order, so table codes differ from region order). */
    private static Scenario randomScenario(SplittableRandom random) {
        List<String> regions = List.of("A", "B", "C");
        List<Source> sources = new ArrayList<>();
        double total = 0;
        int n = random.nextInt(3, 30);
        for (int i = 0; i < n; i++) {
            String region = regions.get(random.nextInt(3));
            if (i == 0) {
                region = "C";
            }
            double baseline = 10 + random.nextInt(100);
            total += baseline;
            if (random.nextInt(4) == 0) {
                sources.add(new Source("s" + i, region, random.nextBoolean() ? "power" : null, null, baseline,
                        new QuadraticCurve(random.nextInt(-5, 50), 1 + random.nextInt(10), baseline * 0.8)));
            } else {
                List<Step> steps = new ArrayList<>();
                double cost = random.nextInt(-10, 20);
                for (int b = 0; b < 1 + random.nextInt(4); b++) {
                    steps.add(new Step(baseline * 0.2, cost));
                    cost += random.nextInt(30);
                }
                sources.add(new Source("s" + i, region, "steel", random.nextBoolean() ? "d" : null, baseline,
                        new StepCurve(steps)));
            }
        }
        Map<String, Map<String, Double>> t = new LinkedHashMap<>();
        t.put("A", Map.of("A", 0.1, "B", 0.05, "C", 0.02));
        t.put("C", Map.of("C", 0.2, "B", 0.01));
        List<Region> regionList = new ArrayList<>();
        for (String id : regions) {
            regionList.add(new Region(id, id, OptionalDouble.empty(), OptionalDouble.empty(), 0, 1, 0));
        }
        Policy policy = new Policy(OptionalDouble.of(total * 0.8), random.nextBoolean() ? Map.of("A", 100.0) : Map.of(),
                random.nextInt(3) == 0 ? Map.of("A", 1.0, "B", 1.0, "C", 1.0) : Map.of());
        return new Scenario("random", "", 1, Units.DEFAULT, Objective.COST, regionList, new TransferMatrix(t), sources,
                policy);
    }
}
