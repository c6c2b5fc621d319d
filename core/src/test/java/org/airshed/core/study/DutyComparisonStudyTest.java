package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Duties A 40 t, B 20 t (sources as in {@link TinyScenarios}).
 * <pre>
 * alone:  A: 30 t at 10 + 10 t at 50 = 800, λ_A = 50;   B: 20 t at 20 = 400, λ_B = 20
 * joint:  60 t: a1 30 t at 10 (300), b1 30 t at 20 (600), λ = 20
 * saving: A 800 − 300 = 500;  B 400 − 600 = −200 (B needs compensation);  total 1200 − 900 = 300
 * </pre>
 */
class DutyComparisonStudyTest {
    private static final double TOL = 1e-6;

    static Stream<Arguments> solvers() {
        return Stream.of(Arguments.of("greedy reference", new GreedyCapSolver()),
                Arguments.of("exact", new ExactAllocationSolver()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void cooperationSavesButMovesAbatementToTheCheapRegion(String name, AllocationSolver solver) {
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0, TinyScenarios.duties(Map.of("A", 40.0, "B", 20.0)));
        CooperationReport c = DutyComparisonStudy.compare(s, solver);

        assertEquals(AllocationStatus.OPTIMAL, c.status());
        assertEquals(60, c.totalDuty(), TOL);
        assertEquals(20, c.cooperativePrice(), TOL);
        assertEquals(1200, c.standaloneCost(), TOL);
        assertEquals(900, c.cooperativeCost(), TOL);
        assertEquals(300, c.saving(), TOL);

        DutyComparison a = c.regions().get(0);
        assertEquals("A", a.region());
        assertEquals(40, a.duty(), TOL);
        assertEquals(40, a.standaloneReduction(), TOL);
        assertEquals(800, a.standaloneCost(), TOL);
        assertEquals(50, a.standaloneMarginalCost(), TOL);
        assertEquals(30, a.cooperativeReduction(), TOL);
        assertEquals(300, a.cooperativeCost(), TOL);
        assertEquals(500, a.saving(), TOL);

        DutyComparison b = c.regions().get(1);
        assertEquals(400, b.standaloneCost(), TOL);
        assertEquals(20, b.standaloneMarginalCost(), TOL);
        assertEquals(30, b.cooperativeReduction(), TOL);
        assertEquals(600, b.cooperativeCost(), TOL);
        assertEquals(-200, b.saving(), TOL);
    }

    /** A, B as in {@link TinyScenarios}, and region {@code c} that can abate 5 t but owes 8 t. */
    private static Scenario withRegionShortOfItsDuty(String c) {
        Scenario base = TinyScenarios.twoRegions(Objective.COST, 0, 0, Policy.NONE);
        List<Region> regions = new ArrayList<>(base.regions());
        regions.add(TinyScenarios.region(c, 0, 0));
        List<Source> sources = new ArrayList<>(base.sources());
        sources.add(TinyScenarios.steps("c1", c, 10, 5, 1));
        return new Scenario("three", "", 1, Units.DEFAULT, Objective.COST, regions, base.transfer(), sources,
                new Policy(OptionalDouble.empty(), Map.of(), Map.of("A", 40.0, "B", 20.0, c, 8.0)));
    }

    /** A region id that is not a plain name is named quoted, as sweep paths read it back (was $.policy.duties.C D). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void aRegionShortOfItsDutyWhoseIdHasASpaceIsNamedQuoted(String name, AllocationSolver solver) {
        CooperationReport c = DutyComparisonStudy.compare(withRegionShortOfItsDuty("C D"), solver);
        assertEquals("$.policy.duties['C D']", c.regions().get(2).standaloneReason().orElseThrow().location());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void dutyBeyondOwnSourcesIsReportedNotThrown(String name, AllocationSolver solver) {
        // C can abate 5 t but owes 8 t. Jointly 68 t: c1 5 at 1, a1 30 at 10, b1 33 at 20.
        Scenario s = withRegionShortOfItsDuty("C");
        CooperationReport c = DutyComparisonStudy.compare(s, solver);

        assertFalse(c.allStandaloneFeasible());
        DutyComparison region = c.regions().get(2);
        assertFalse(region.standaloneFeasible());
        assertEquals("$.policy.duties.C = 8: maximum feasible reduction 5 t is less than required 8 t"
                + " (short by 3 t; the duty of region C, met by its own 1 source(s) alone)", region.standaloneReason().get().toString());
        assertTrue(Double.isNaN(region.standaloneCost()));
        assertTrue(Double.isNaN(region.saving()));
        assertEquals(5, region.cooperativeReduction(), TOL);
        assertEquals(5, region.cooperativeCost(), TOL);
        assertTrue(Double.isNaN(c.standaloneCost()));
        assertEquals(20, c.cooperativePrice(), TOL);
        assertEquals(5 + 300 + 660, c.cooperativeCost(), TOL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void regionWithoutDutyDoesNothingAloneAndIsPaidForWhatItDoesJointly(String name, AllocationSolver solver) {
        // Only A owes 40 t; jointly a1 30 t at 10, b1 10 t at 20.
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0, TinyScenarios.duties(Map.of("A", 40.0)));
        CooperationReport c = DutyComparisonStudy.compare(s, solver);
        DutyComparison b = c.regions().get(1);
        assertEquals(0, b.duty());
        assertEquals(0, b.standaloneCost());
        assertEquals(10, b.cooperativeReduction(), TOL);
        assertEquals(-200, b.saving(), TOL);
        assertEquals(800 - 500, c.saving(), TOL);
    }
}
