package org.airshed.core.discrete.heuristic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.airshed.core.discrete.ControlOption;
import org.airshed.core.discrete.CostTrap;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteProblemBuilder;
import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.DiscreteSolver;
import org.airshed.core.discrete.ScaledProblem;
import org.junit.jupiter.api.Test;

class CostGreedyTest {
    @Test
    void averageCostPrefixOvershootsTheIssuesAnecdote() {
        DiscreteProblem p = CostTrap.problem();
        CostGreedy.Result greedy = CostGreedy.solve(ScaledProblem.of(p));
        assertTrue(greedy.met());
        assertArrayEquals(new int[] {1, 1, 0, 0}, greedy.choice());
        assertEquals(138_000, greedy.cost(), 1e-9);
        assertEquals(48, greedy.overshoot(), 1e-9);

        DiscreteResult result = DiscreteSolver.solve(p, DiscreteSettings.of(1).withUnimprovedStepLimit(100));
        assertEquals(108_000, result.cost(), 1e-9);
        assertArrayEquals(new int[] {0, 0, 1, 1}, result.choice());
        assertEquals(30_000, result.savingOverGreedy(), 1e-9);
        assertEquals(30_000.0 / 138_000, result.relativeSavingOverGreedy(), 1e-12);
    }

    @Test
    void oneOptionPerSourceCanLeaveTheTargetUnmet() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("basin");
        // The cheaper-per-tonne option comes first and the source is then taken.
        builder.addSource("A", 0, 100, List.of(ControlOption.of("LNB", 0.3, 3_000), ControlOption.of("SCR", 0.9, 18_000)));
        DiscreteProblem p = builder.capRequirement(80).build();
        CostGreedy.Result greedy = CostGreedy.solve(ScaledProblem.of(p));
        assertFalse(greedy.met());
        assertEquals(-50, greedy.overshoot(), 1e-9);

        DiscreteResult result = DiscreteSolver.solve(p, DiscreteSettings.of(1).withUnimprovedStepLimit(100));
        assertEquals(18_000, result.cost(), 1e-9);
        assertTrue(Double.isNaN(result.savingOverGreedy()));
    }
}
