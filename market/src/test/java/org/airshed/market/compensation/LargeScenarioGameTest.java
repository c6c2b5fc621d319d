package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Above {@link ScenarioGame#MAX_HELD_PLAYERS} regions the game is not held: its coalition table lists
 * what the checks read (each region alone, each complement, everyone), and v(N) is the sum of the
 * own savings of the grand coalition's plan.
 */
class LargeScenarioGameTest {
    @Test
    void aTwentyOneRegionGameListsSinglesComplementsAndEveryone() {
        int n = 21;
        double[][] blocks = new double[n][];
        double[] duties = new double[n];
        for (int i = 0; i < n; i++) {
            blocks[i] = new double[] {50, 10 + i, 50, 40 + i};
            duties[i] = 30;
        }
        Scenario scenario = CompensationScenarios.steps(blocks, duties, new double[n], new double[n][n], new double[n]);
        ScenarioGame game = ScenarioGame.of(scenario, Baseline.DUTIES);
        assertTrue(game.game().isEmpty());
        CoalitionTable table = game.coalitions();
        assertFalse(table.complete());
        assertEquals(2 * n + 1, table.rowCount());
        for (int i = 0; i < n; i++) {
            assertEquals(BitSet.valueOf(new long[] {1L << i}), table.members(i));
            assertEquals(0, table.value(i), 0, "v({i}) = 0");
            assertEquals(n - 1, table.members(n + i).cardinality());
        }
        assertEquals(n, table.members(2 * n).cardinality());
        assertEquals(game.grandValue(), table.value(2 * n), 1e-9 * Math.max(1, game.grandValue()));
        assertTrue(game.grandValue() > 0);
    }
}
