package org.airshed.core.discrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class DiscreteSolverTest {
    private static final DiscreteInstanceSpec MEDIUM = new DiscreteInstanceSpec(150, 6, 3, 6, 0.5);

    @Test
    void sameSeedGivesTheSameChoices() {
        DiscreteProblem p = DiscreteInstanceGenerator.generate(MEDIUM, 11);
        DiscreteSettings settings = DiscreteSettings.of(5).withUnimprovedStepLimit(50).withStepLimit(100);
        DiscreteResult first = DiscreteSolver.solve(p, settings);
        DiscreteResult second = DiscreteSolver.solve(p, settings);
        assertArrayEquals(first.choice(), second.choice());
        assertEquals(first.cost(), second.cost());
        assertEquals(first.searchSteps(), second.searchSteps());
        assertEquals(first.nodes(), second.nodes());
        assertEquals(first.bound(), second.bound());
        assertEquals(5, first.seed());
    }

    @Test
    void provesAMediumInstanceOptimalWithoutTheLocalSearch() {
        DiscreteProblem p = DiscreteInstanceGenerator.generate(MEDIUM, 12);
        DiscreteResult r = DiscreteSolver.solve(p, DiscreteSettings.of(1).withUnimprovedStepLimit(50).withStepLimit(100));
        assertEquals(DiscreteStatus.OPTIMAL, r.status());
        assertTrue(ScaledProblem.of(p).isFeasible(r.choice()));
        assertEquals(p.cost(r.choice()), r.cost(), 1e-6);
        assertEquals(r.cost(), r.bound());
        assertEquals(0, r.relativeGap());
        assertTrue(r.hullBound() < r.bound(), "the hull alone leaves a gap");
        assertTrue(r.cost() <= r.constructionCost());
        assertTrue(r.nodes() > 1);
        assertEquals(0, r.searchSteps());
        assertSavingOverGreedy(r);
        assertEquals(p.totalAbatement(r.choice()), r.totalAbatement(), 1e-9);
        for (int k = 0; k < p.receptorCount(); k++) {
            assertTrue(r.receptorReduction()[k] >= p.receptorRequirement(k) * (1 - 1e-9));
        }
    }

    /** One node: the root's bound only, and the local search improves the incumbent. */
    @Test
    void reportsTheGapToTheProvenBoundWhenTheNodeLimitStopsTheTree() {
        DiscreteProblem p = DiscreteInstanceGenerator.generate(MEDIUM, 12);
        DiscreteResult r = DiscreteSolver.solve(p, DiscreteSettings.of(1).withUnimprovedStepLimit(10).withStepLimit(20)
                .withNodeLimit(1));
        assertEquals(DiscreteStatus.FEASIBLE, r.status());
        assertTrue(ScaledProblem.of(p).isFeasible(r.choice()));
        assertTrue(r.hullBound() <= r.bound() && r.bound() < r.cost());
        assertEquals((r.cost() - r.bound()) / r.cost(), r.relativeGap(), 1e-15);
        assertTrue(r.relativeGap() > 0 && r.relativeGap() < 0.05, "gap " + r.relativeGap());
        assertTrue(r.cost() <= r.constructionCost());
        assertEquals(1, r.nodes());
        assertTrue(r.searchSteps() > 0);
        assertSavingOverGreedy(r);
    }

    /**
     * Regression: with a time limit the search gets what branch and bound left of it, which
     * OptaPlanner refused when it had nanoseconds ("spentLimit cannot use nanoseconds"). Asserts
     * the outcome only, never the time.
     */
    @Test
    void theSearchRunsOnTheTimeBranchAndBoundLeaves() {
        DiscreteProblem p = DiscreteInstanceGenerator.generate(MEDIUM, 12);
        DiscreteResult r = DiscreteSolver.solve(p, DiscreteSettings.of(1).withTimeLimit(Duration.ofMillis(1500))
                .withUnimprovedStepLimit(0).withNodeLimit(1));
        assertTrue(r.isFeasible());
        assertTrue(ScaledProblem.of(p).isFeasible(r.choice()));
        assertTrue(r.bound() <= r.cost());
    }

    private static void assertSavingOverGreedy(DiscreteResult r) {
        if (r.greedy().met()) {
            assertEquals(r.greedy().cost() - r.cost(), r.savingOverGreedy(), 1e-6);
            assertTrue(r.savingOverGreedy() >= 0);
        } else {
            assertTrue(Double.isNaN(r.savingOverGreedy()));
        }
    }

    @Test
    void infeasibleProblemsSayWhy() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("basin");
        builder.addSource("A", 0, 100, List.of(ControlOption.of("SCR", 0.9, 1_000)));
        DiscreteResult r = DiscreteSolver.solve(builder.capRequirement(95).build(), DiscreteSettings.of(1));
        assertFalse(r.isFeasible());
        assertEquals(DiscreteStatus.INFEASIBLE, r.status());
        assertTrue(r.reasons().get(0).contains("less than required"), r.reasons().toString());
        assertEquals(0, r.choice().length);
    }

    @Test
    void problemsWithNothingToChooseSkipTheSearch() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("basin");
        builder.addSource("A", 0, 100, List.of());
        DiscreteResult r = DiscreteSolver.solve(builder.capRequirement(0).build(), DiscreteSettings.of(1));
        assertTrue(r.isFeasible());
        assertEquals(0, r.cost());
        assertEquals(0, r.searchSteps());
    }

    @Test
    void settingsRejectARunWithoutEnd() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DiscreteSettings(1, 0, 0, null));
        assertTrue(e.getMessage().contains("never end"));
        IllegalArgumentException nodes = assertThrows(IllegalArgumentException.class,
                () -> DiscreteSettings.of(1).withNodeLimit(0));
        assertTrue(nodes.getMessage().contains("invalid nodeLimit: 0"), nodes.getMessage());
    }
}
