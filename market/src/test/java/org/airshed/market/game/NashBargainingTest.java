package org.airshed.market.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nash bargaining x_i = d_i + (v(N) − Σd)/n (docs/DOMAIN.md §4), on hand-computed cases. */
class NashBargainingTest {
    private static final Game GAME = Game.fromOrder(List.of("a", "b", "c"), CoalitionOrder.LEX,
            new double[] {68, 102, 0, 170, 710, 762, 992});

    @Test
    void standAloneDisagreementSharesTheSurplusEqually() {
        // Surplus 992 − (68 + 102 + 0) = 822, 274 each.
        assertArrayEquals(new double[] {342, 376, 274}, NashBargaining.of(GAME), 1e-9 * GAME.scale());
    }

    @Test
    void givenDisagreementPoint() {
        // Surplus 992 − (100 + 0 − 8) = 900, 300 each.
        assertArrayEquals(new double[] {400, 300, 292}, NashBargaining.of(GAME, new double[] {100, 0, -8}),
                1e-9 * GAME.scale());
    }

    @Test
    void rejectsBadDisagreementNamingIt() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> NashBargaining.of(GAME, new double[] {1, 2}));
        assertTrue(length.getMessage().contains("disagreement") && length.getMessage().contains("got 2"),
                length.getMessage());
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> NashBargaining.of(GAME, new double[] {1, Double.POSITIVE_INFINITY, 2}));
        assertTrue(infinite.getMessage().contains("disagreement[1] (b)"), infinite.getMessage());
    }
}
