package org.airshed.market.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The O(2ⁿ) core check against brute force, on docs/DOMAIN.md §5 games and random ones. */
class CoreCheckTest {
    private static final List<String> ABC = List.of("a", "b", "c");

    private static Game lex(double... listed) {
        return Game.fromOrder(ABC, CoalitionOrder.LEX, listed);
    }

    @Test
    void matchesBruteForceOnRandomGames() {
        SplittableRandom random = new SplittableRandom(1998);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(10);
            Game game = RandomGames.uniform(n, random);
            double[] gains = new double[n];
            for (int p = 0; p < n; p++) {
                gains[p] = random.nextDouble(-20, 80);
            }
            // Every fourth trial, a payoff on a coarse grid so that ties between coalitions occur.
            if (trial % 4 == 0) {
                for (int p = 0; p < n; p++) {
                    gains[p] = Math.rint(gains[p] / 10) * 10;
                }
            }
            CoreResult fast = CoreCheck.of(game, gains);
            CoreResult reference = CoreCheck.bruteForce(game, gains);
            assertEquals(reference.maxExcess(), fast.maxExcess(), 1e-9 * game.scale(), "trial " + trial);
            assertEquals(reference.blockingMask(), fast.blockingMask(), "trial " + trial);
        }
    }

    @Test
    void tiesGoToTheSmallestMask() {
        // Integer game on a grid: the excesses of {b} (mask 2) and {c} (mask 4) are both 7.
        Game game = lex(6, 12, 42, 12, 42, 42, 42);
        CoreResult result = CoreCheck.of(game, new double[] {2, 5, 35});
        assertEquals(new CoreResult(7, 0b010), result);
        assertEquals(result, CoreCheck.bruteForce(game, new double[] {2, 5, 35}));
    }

    @Test
    void domainSection5ConvexGameHasShapleyInTheCore() {
        // (0,0,0,90,100,120,220) is convex; Shapley (65,75,80) leaves {b,c} 120 − 155 = −35.
        Game game = lex(0, 0, 0, 90, 100, 120, 220);
        CoreResult result = CoreCheck.of(game, ShapleyValue.exact(game));
        assertEquals(-35, result.maxExcess(), 1e-9 * game.scale());
        assertEquals(0b110, result.blockingMask());
        assertTrue(result.inCore(1e-9 * game.scale()));
        assertEquals(List.of(), result.blockingMembers(game));
    }

    @Test
    void domainSection5NonConvexGameStillHasShapleyInTheCore() {
        // (68,102,0,170,710,762,992) is not convex (v13 + v23 = 1472 > v3 + v123 = 992), yet its
        // Shapley (229,272,491) is in the core: {b,c} gets 763 against v23 = 762, excess −1.
        Game game = lex(68, 102, 0, 170, 710, 762, 992);
        CoreResult result = CoreCheck.of(game, ShapleyValue.exact(game));
        assertEquals(-1, result.maxExcess(), 1e-9 * game.scale());
        assertEquals(0b110, result.blockingMask());
        assertTrue(result.inCore(1e-9 * game.scale()));

        // The equal split 992/3 each is not: {b,c} gets 1984/3 against 762, excess 302/3.
        double third = 992.0 / 3;
        CoreResult equalSplit = CoreCheck.of(game, new double[] {third, third, third});
        assertEquals(302.0 / 3, equalSplit.maxExcess(), 1e-9 * game.scale());
        assertEquals(List.of("b", "c"), equalSplit.blockingMembers(game));
    }

    @Test
    void domainSection5EmptyImputationSetGameHasShapleyOutsideTheCore() {
        // (6,12,42,12,42,42,42): v1 + v2 + v3 = 60 > v123 = 42, so no payoff is in the core;
        // Shapley (2,5,35) leaves {b} and {c} each 7 short, and every player below its stand-alone value.
        Game game = lex(6, 12, 42, 12, 42, 42, 42);
        double[] shapley = ShapleyValue.exact(game);
        CoreResult result = CoreCheck.of(game, shapley);
        assertEquals(7, result.maxExcess(), 1e-9 * game.scale());
        assertFalse(result.inCore(1e-9 * game.scale()));
        assertEquals(List.of("b"), result.blockingMembers(game));
        assertArrayEquals(new int[] {0, 1, 2},
                CoreCheck.individuallyRational(game, shapley, new double[3], 1e-9 * game.scale()));
    }

    @Test
    void convexGamesHaveShapleyInTheCore() {
        SplittableRandom random = new SplittableRandom(1971);
        for (int trial = 0; trial < 120; trial++) {
            int n = 2 + random.nextInt(9);
            Game game = trial % 3 == 0 ? RandomGames.convexInSize(n, random)
                    : trial % 3 == 1 ? RandomGames.unanimitySum(n, 1 + random.nextInt(12), random)
                    : QuadraticCostGame.random(n, random).toGame();
            CoreResult result = CoreCheck.of(game, ShapleyValue.exact(game));
            assertTrue(result.inCore(1e-9 * game.scale()), "trial " + trial + ": " + result);
        }
    }

    @Test
    void onePlayerHasNoCoalitionToBlock() {
        Game game = Game.of(List.of("solo"), new double[] {0, 3});
        CoreResult result = CoreCheck.of(game, new double[] {3});
        assertEquals(Double.NEGATIVE_INFINITY, result.maxExcess());
        assertEquals(0, result.blockingMask());
        assertTrue(result.inCore(0));
    }

    @Test
    void individualRationalityCountsTheTransactionCostOfJoining() {
        // Stand-alone values 10, 20, 30; gains clear them by 5, 1, 0 before transaction costs of 2.
        Game game = lex(10, 20, 30, 40, 50, 60, 66);
        double[] gains = {15, 21, 30};
        assertArrayEquals(new int[] {}, CoreCheck.individuallyRational(game, gains, new double[3], 0));
        assertArrayEquals(new int[] {1, 2},
                CoreCheck.individuallyRational(game, gains, new double[] {2, 2, 2}, 0));
        assertArrayEquals(new int[] {2},
                CoreCheck.individuallyRational(game, gains, new double[] {2, 2, 2}, 1));
    }

    @Test
    void rejectsBadInputNamingIt() {
        Game game = lex(0, 0, 0, 90, 100, 120, 220);
        IllegalArgumentException shortGains = assertThrows(IllegalArgumentException.class,
                () -> CoreCheck.of(game, new double[] {1, 2}));
        assertTrue(shortGains.getMessage().contains("got 2"), shortGains.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> CoreCheck.of(game, new double[] {1, Double.NaN, 2}));
        assertTrue(nan.getMessage().contains("gains[1] (b)"), nan.getMessage());
        IllegalArgumentException negativeCost = assertThrows(IllegalArgumentException.class,
                () -> CoreCheck.individuallyRational(game, new double[3], new double[] {0, 0, -1}, 0));
        assertTrue(negativeCost.getMessage().contains("transactionCost[2] (c)"), negativeCost.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CoreCheck.individuallyRational(game, new double[3], new double[3], -1));
        assertThrows(IllegalArgumentException.class, () -> new CoreResult(Double.NaN, 0).inCore(0));
        assertThrows(IllegalArgumentException.class, () -> new CoreResult(1, 0).inCore(Double.NaN));
    }
}
