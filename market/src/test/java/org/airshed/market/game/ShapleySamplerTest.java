package org.airshed.market.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Sampled Shapley (Castro, Gómez &amp; Tejada 2009) against the docs/DOMAIN.md §4 quadratic-cost closed
 * form. Every seed is fixed, so the statistical checks are deterministic, not flaky.
 */
class ShapleySamplerTest {
    private static final int PERMUTATIONS = 4_000;

    @Test
    void meansLieWithinFourStandardErrorsOfTheClosedForm() {
        SplittableRandom instances = new SplittableRandom(2009);
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + trial % 9;
            QuadraticCostGame game = QuadraticCostGame.random(n, instances);
            double[] expected = game.closedFormShapley();
            SampledShapley sampled = ShapleySampler.sample(game, PERMUTATIONS, 1000L + trial);
            double slack = 1e-9 * Math.max(1, game.toGame().scale());
            double[] mean = sampled.mean();
            double[] se = sampled.standardError();
            for (int p = 0; p < n; p++) {
                assertTrue(Math.abs(mean[p] - expected[p]) <= 4 * se[p] + slack, "trial " + trial + ", player "
                        + p + ": mean " + mean[p] + ", closed form " + expected[p] + ", se " + se[p]);
            }
        }
    }

    @Test
    void meansAreEfficient() {
        SplittableRandom instances = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + trial % 9;
            Game game = QuadraticCostGame.random(n, instances).toGame();
            SampledShapley sampled = ShapleySampler.sample(CoalitionOracle.of(game), 50, trial);
            assertEquals(game.grandValue(), Arrays.stream(sampled.mean()).sum(), 1e-9 * game.scale(),
                    "trial " + trial);
        }
    }

    @Test
    void beyondTheInMemoryLimitTheOracleStillMatchesTheClosedForm() {
        // 30 players: 2³⁰ coalitions cannot be held, which is what the sampler is for.
        QuadraticCostGame game = QuadraticCostGame.random(30, new SplittableRandom(30));
        double[] expected = game.closedFormShapley();
        SampledShapley sampled = ShapleySampler.sample(game, 2_000, 31);
        double[] mean = sampled.mean();
        double[] se = sampled.standardError();
        for (int p = 0; p < 30; p++) {
            assertTrue(Math.abs(mean[p] - expected[p]) <= 4 * se[p], "player " + p);
        }
        boolean[] everyone = new boolean[30];
        Arrays.fill(everyone, true);
        double grand = game.value(everyone);
        assertEquals(grand, Arrays.stream(mean).sum(), 1e-9 * grand);
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        QuadraticCostGame game = QuadraticCostGame.random(8, new SplittableRandom(1));
        SampledShapley first = ShapleySampler.sample(game, 500, 42);
        SampledShapley second = ShapleySampler.sample(game, 500, 42);
        assertArrayEquals(first.mean(), second.mean(), 0);
        assertArrayEquals(first.standardError(), second.standardError(), 0);
        assertEquals(first, second);
        assertEquals(42, first.seed());
        assertEquals(500, first.permutations());
    }

    @Test
    void differentSeedGivesDifferentResults() {
        QuadraticCostGame game = QuadraticCostGame.random(8, new SplittableRandom(1));
        SampledShapley first = ShapleySampler.sample(game, 500, 42);
        SampledShapley second = ShapleySampler.sample(game, 500, 43);
        assertFalse(Arrays.equals(first.mean(), second.mean()));
        assertNotEquals(first, second);
    }

    @Test
    void aDummyPlayerGetsZeroWithZeroError() {
        // Player c adds nothing to any coalition: every marginal contribution is 0.
        Game game = Game.fromOrder(List.of("a", "b", "c"), CoalitionOrder.LEX,
                new double[] {1, 2, 0, 10, 1, 2, 10});
        SampledShapley sampled = ShapleySampler.sample(CoalitionOracle.of(game), 100, 5);
        assertEquals(0, sampled.mean()[2], 0);
        assertEquals(0, sampled.standardError()[2], 0);
    }

    @Test
    void halfWidthIsTheNormalQuantileTimesTheStandardError() {
        SampledShapley sampled = new SampledShapley(new double[] {1, 2}, new double[] {0.5, 2}, 10, 0);
        assertArrayEquals(new double[] {0.5 * 1.959963984540054, 2 * 1.959963984540054},
                sampled.halfWidth(0.95), 1e-12);
        assertArrayEquals(new double[] {0.5 * 2.5758293035489, 2 * 2.5758293035489},
                sampled.halfWidth(0.99), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> sampled.halfWidth(1));
        assertThrows(IllegalArgumentException.class, () -> sampled.halfWidth(Double.NaN));
    }

    @Test
    void recordCopiesItsArrays() {
        double[] mean = {1, 2};
        double[] se = {0.1, 0.2};
        SampledShapley sampled = new SampledShapley(mean, se, 10, 3);
        mean[0] = 99;
        se[0] = 99;
        sampled.mean()[1] = 99;
        sampled.standardError()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, sampled.mean(), 0);
        assertArrayEquals(new double[] {0.1, 0.2}, sampled.standardError(), 0);
    }

    @Test
    void rejectsBadArgumentsNamingTheValue() {
        Game game = Game.of(List.of("a"), new double[] {0, 1});
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class,
                () -> ShapleySampler.sample(CoalitionOracle.of(game), 1, 0));
        assertTrue(tooFew.getMessage().contains("permutations") && tooFew.getMessage().contains("got 1"),
                tooFew.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShapleySampler.sample(null, 10, 0));
        IllegalArgumentException badSe = assertThrows(IllegalArgumentException.class,
                () -> new SampledShapley(new double[] {1}, new double[] {-1}, 10, 0));
        assertTrue(badSe.getMessage().contains("standardError[0]"), badSe.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SampledShapley(new double[] {1, 2}, new double[] {1}, 10, 0));
    }

    @Test
    void rejectsANonFiniteOracleValue() {
        CoalitionOracle broken = new CoalitionOracle() {
            @Override
            public int playerCount() {
                return 2;
            }

            @Override
            public double value(boolean[] members) {
                return members[0] && members[1] ? Double.NaN : 1;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShapleySampler.sample(broken, 10, 0));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }
}
