package org.airshed.market.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proportional split x_i = v(N)·w_i/Σw (docs/DOMAIN.md §4), on hand-computed cases. */
class ProportionalRuleTest {
    private static final Game GAME = Game.fromOrder(List.of("a", "b", "c"), CoalitionOrder.LEX,
            new double[] {0, 0, 0, 90, 100, 120, 220});

    @Test
    void splitsTheGrandValueByWeight() {
        // Weights 1 : 3 : 0 of 220.
        assertArrayEquals(new double[] {55, 165, 0}, ProportionalRule.of(GAME, new double[] {1, 3, 0}),
                1e-9 * GAME.scale());
        assertArrayEquals(new double[] {22, 88, 110}, ProportionalRule.of(GAME, new double[] {0.1, 0.4, 0.5}),
                1e-9 * GAME.scale());
    }

    @Test
    void rejectsANegativeWeightNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProportionalRule.of(GAME, new double[] {1, -2, 3}));
        assertTrue(e.getMessage().contains("weights[1] (b)") && e.getMessage().contains("-2.0"), e.getMessage());
    }

    @Test
    void rejectsANonFiniteWeightNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProportionalRule.of(GAME, new double[] {1, 2, Double.NaN}));
        assertTrue(e.getMessage().contains("weights[2] (c)") && e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void rejectsAllZeroWeights() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProportionalRule.of(GAME, new double[] {0, 0, 0}));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void rejectsTheWrongNumberOfWeights() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProportionalRule.of(GAME, new double[] {1, 2}));
        assertTrue(e.getMessage().contains("got 2"), e.getMessage());
    }
}
