package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airshed.core.model.Scenario;
import org.airshed.market.game.Game;
import org.airshed.market.game.QuadraticCostGame;
import org.junit.jupiter.api.Test;

/**
 * docs/DOMAIN.md §4: with linear damages and quadratic costs at an interior optimum the γ-game is
 * s(S) = Σ_{i∈S} (Σ_{j∈S, j≠i} δ_j T_ji)² / (2c_i), convex, with an O(n³) Shapley value. The
 * scenario → region curves → coalition values pipeline must reproduce it.
 */
class NashGameClosedFormTest {
    @Test
    void scenarioGameValuesAndShapleyMatchTheClosedForm() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 2 + random.nextInt(7);
            double[] c = new double[n];
            double[] delta = new double[n];
            double[][] transfer = new double[n][n];
            double[][] benefit = new double[n][n];
            for (int i = 0; i < n; i++) {
                c[i] = random.nextDouble(0.5, 5);
                delta[i] = random.nextDouble(1, 10);
            }
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    transfer[j][i] = random.nextInt(5) == 0 ? 0 : random.nextDouble(0, 3);
                    benefit[j][i] = j == i ? 0 : delta[j] * transfer[j][i];
                }
            }
            Scenario scenario = CompensationScenarios.quadratic(c, delta, transfer);
            ScenarioGame game = ScenarioGame.of(scenario, Baseline.NASH);
            QuadraticCostGame closed = new QuadraticCostGame(benefit, c);
            Game held = game.game().orElseThrow();
            boolean[] members = new boolean[n];
            for (int mask = 1; mask < 1 << n; mask++) {
                for (int p = 0; p < n; p++) {
                    members[p] = (mask & (1 << p)) != 0;
                }
                double expected = closed.value(members);
                assertEquals(expected, held.value(mask), 1e-9 * Math.max(1, expected), "seed " + seed + " S " + mask);
            }
            CompensationReport report = CompensationStudy.run(scenario,
                    CompensationScenarios.spec(Baseline.NASH, "shapley"), 1);
            RuleReport shapley = report.rules().get(0);
            assertArrayEquals(closed.closedFormShapley(), shapley.gains(), 1e-9 * held.scale(), "seed " + seed);
            assertTrue(shapley.inCore(), "the game is convex, so Shapley is in the core; seed " + seed);
        }
    }

    @Test
    void ownSavingsAddUpToTheSurplus() {
        Scenario scenario = CompensationScenarios.quadratic(new double[] {1, 2, 3}, new double[] {4, 5, 6},
                new double[][] {{1, 0.5, 0.2}, {0.3, 1, 0.4}, {0.1, 0.6, 1}});
        ScenarioGame game = ScenarioGame.of(scenario, Baseline.NASH);
        double total = 0;
        for (double s : game.ownSaving()) {
            total += s;
        }
        assertEquals(game.grandValue(), total, 1e-9 * game.grandValue());
        assertEquals(0, game.standaloneValue(0), 1e-12);
    }
}
