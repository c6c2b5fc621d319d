package org.airshed.market.game;

import static org.airshed.market.game.NucleolusTestGames.fromLex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NucleolusTest {
    private static final double PUBLISHED = 1e-9;

    private static NucleolusResult.Defined defined(Game game) {
        return assertInstanceOf(NucleolusResult.Defined.class, Nucleolus.of(game));
    }

    @ParameterizedTest
    @EnumSource(CoalitionOrder.class)
    void domainSavings220HasNucleolus170_230_260Thirds(CoalitionOrder order) {
        NucleolusResult.Defined result = defined(fromLex(NucleolusTestGames.SAVINGS_220, order));
        assertArrayEquals(new double[] {170.0 / 3, 230.0 / 3, 260.0 / 3}, result.payoff(), PUBLISHED);
        assertTrue(result.kohlbergVerified());
    }

    @ParameterizedTest
    @EnumSource(CoalitionOrder.class)
    void domainSavings992HasNucleolus149_192_651(CoalitionOrder order) {
        NucleolusResult.Defined result = defined(fromLex(NucleolusTestGames.SAVINGS_992, order));
        assertArrayEquals(new double[] {149, 192, 651}, result.payoff(), PUBLISHED);
        assertTrue(result.kohlbergVerified());
    }

    @ParameterizedTest
    @EnumSource(CoalitionOrder.class)
    void domainFourPlayerGameHasNucleolus3_5_4_5_5_5_7_5(CoalitionOrder order) {
        NucleolusResult.Defined result = defined(fromLex(NucleolusTestGames.FOUR_PLAYERS, order));
        assertArrayEquals(new double[] {3.5, 4.5, 5.5, 7.5}, result.payoff(), PUBLISHED);
        assertTrue(result.kohlbergVerified());
    }

    @ParameterizedTest
    @EnumSource(CoalitionOrder.class)
    void domainGameWithStandAloneValuesAbove42HasNoNucleolusAndSaysWhy(CoalitionOrder order) {
        NucleolusResult result = Nucleolus.of(fromLex(NucleolusTestGames.NO_IMPUTATIONS, order));
        String reason = assertInstanceOf(NucleolusResult.Undefined.class, result).reason();
        assertTrue(reason.contains("imputation set is empty") && reason.contains("sum to 60")
                && reason.contains("v(N) = 42"), reason);
    }

    /**
     * Stage 1 is degenerate: ε₁ = 0 on the whole segment x₃ = 0, x₁ + x₂ = 10, and the simplex
     * returns an end of it, where {2} and {2, 3} (or {1} and {1, 3}) are tight too. Fixing what is
     * tight at that vertex gives (10, 0, 0) or (0, 10, 0); only {1, 2} and {3} are tight everywhere.
     */
    @Test
    void fixesOnlyCoalitionsTightInEveryOptimumNotAtTheReturnedVertex() {
        Game game = fromLex(new double[] {0, 0, 0, 10, 0, 0, 10}, CoalitionOrder.LEX);
        NucleolusResult.Defined result = defined(game);
        assertArrayEquals(new double[] {5, 5, 0}, result.payoff(), PUBLISHED);
        assertEquals(2, result.stages());
        assertTrue(result.kohlbergVerified());
    }

    @Test
    void onePlayerGetsTheWholeValue() {
        NucleolusResult.Defined result = defined(Game.of(List.of("solo"), new double[] {0, 7.5}));
        assertArrayEquals(new double[] {7.5}, result.payoff(), 0);
        assertEquals(0, result.stages());
        assertTrue(result.kohlbergVerified());
    }

    /** Two players: the standard solution, each gets its stand-alone value plus half the surplus. */
    @Test
    void twoPlayersGetTheStandardSolution() {
        Random random = new Random(2);
        for (int trial = 0; trial < 20; trial++) {
            double v1 = 10 * random.nextGaussian();
            double v2 = 10 * random.nextGaussian();
            double v12 = v1 + v2 + 30 * random.nextDouble();
            NucleolusResult.Defined result = defined(Game.of(List.of("a", "b"), new double[] {0, v1, v2, v12}));
            double half = (v12 - v1 - v2) / 2;
            assertArrayEquals(new double[] {v1 + half, v2 + half}, result.payoff(), 1e-9 * Math.max(1, Math.abs(v12)));
            assertTrue(result.kohlbergVerified());
        }
    }

    @Test
    void imputationSetOfOnePointIsTheNucleolus() {
        NucleolusResult.Defined result = defined(fromLex(new double[] {1, 2, 3, 10, 10, 10, 6}, CoalitionOrder.LEX));
        assertArrayEquals(new double[] {1, 2, 3}, result.payoff(), PUBLISHED);
        assertTrue(result.kohlbergVerified());
    }

    /** A symmetric game's nucleolus treats symmetric players alike: the equal split. */
    @Test
    void symmetricGameSplitsEqually() {
        int n = 6;
        double[] v = new double[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            int size = Integer.bitCount(mask);
            v[mask] = size * size;
        }
        NucleolusResult.Defined result = defined(Game.of(NucleolusTestGames.players(n), v));
        double[] equal = new double[n];
        Arrays.fill(equal, 6);
        assertArrayEquals(equal, result.payoff(), 1e-9 * 36);
        assertTrue(result.kohlbergVerified());
    }

    /**
     * Seeded random games of 2 to 6 players, of every kind: defined exactly when imputations exist,
     * then an imputation that passes Kohlberg and whose sorted excesses no other imputation beats.
     */
    @Test
    void randomGamesGiveImputationsThatNoOtherImputationImprovesLexicographically() {
        Random random = new Random(20240611);
        int defined = 0;
        int undefined = 0;
        for (int trial = 0; trial < 160; trial++) {
            int n = 2 + trial % 5;
            NucleolusTestGames.Kind kind = NucleolusTestGames.Kind.values()[(trial / 5) % 4];
            Game game = NucleolusTestGames.random(random, n, kind);
            NucleolusResult result = Nucleolus.of(game);
            String label = "trial " + trial + ", " + n + " players, " + kind;
            if (!NucleolusTestGames.hasImputations(game)) {
                assertInstanceOf(NucleolusResult.Undefined.class, result, label);
                undefined++;
                continue;
            }
            double[] x = assertInstanceOf(NucleolusResult.Defined.class, result, label).payoff();
            defined++;
            double tolerance = 1e-8 * game.scale();
            assertTrue(((NucleolusResult.Defined) result).kohlbergVerified(), label);
            double total = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(x[i] >= game.singletonValue(i) - tolerance, label + ": individually rational");
                total += x[i];
            }
            assertEquals(game.grandValue(), total, tolerance, label + ": budget balance");
            double[] excesses = NucleolusTestGames.sortedExcesses(game, x);
            for (int sample = 0; sample < 6; sample++) {
                double[] other = sample % 2 == 0 ? NucleolusTestGames.randomImputation(game, random)
                        : NucleolusTestGames.nearbyImputation(game, x, 1e-3 * game.scale(), random);
                assertTrue(NucleolusTestGames.lexicographicallyAtMost(excesses,
                        NucleolusTestGames.sortedExcesses(game, other), tolerance), label + ": beaten");
            }
        }
        assertTrue(defined >= 100 && undefined >= 10, defined + " defined, " + undefined + " undefined");
    }

    /** Twelve players (4,094 coalitions), the size the LP stages are built for, Kohlberg-checked. */
    @Test
    void twelvePlayerSuperadditiveGameIsVerifiedByKohlberg() {
        Game game = NucleolusTestGames.random(new Random(12), 12, NucleolusTestGames.Kind.SUPERADDITIVE);
        NucleolusResult.Defined result = defined(game);
        assertTrue(result.kohlbergVerified());
        assertTrue(result.stages() >= 1 && result.stages() <= 11, "stages " + result.stages());
    }

    /** Above twelve players the criterion is not run, and the result says so by being false. */
    @Test
    void kohlbergIsNotCheckedAboveTwelvePlayers() {
        int n = 13;
        double[] v = new double[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            v[mask] = Integer.bitCount(mask) >= 7 ? 1 : 0;
        }
        NucleolusResult.Defined result = defined(Game.of(NucleolusTestGames.players(n), v));
        assertFalse(result.kohlbergVerified());
        double[] equal = new double[n];
        Arrays.fill(equal, 1.0 / n);
        assertArrayEquals(equal, result.payoff(), 1e-9);
    }

    /** 3-player majority game: the core is empty, and the nucleolus is the equal split. */
    @Test
    void threePlayerMajorityGameSplitsEqually() {
        NucleolusResult.Defined result = defined(fromLex(new double[] {0, 0, 0, 1, 1, 1, 1}, CoalitionOrder.LEX));
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, result.payoff(), 1e-12);
        assertTrue(result.kohlbergVerified());
    }

    /** A convex game has a non-empty core, and the nucleolus lies in it. */
    @Test
    void convexGameNucleolusIsInTheCore() {
        int n = 8;
        Random random = new Random(8);
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = 1 + random.nextDouble();
        }
        double[] v = new double[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                w += (mask & (1 << i)) != 0 ? weight[i] : 0;
            }
            v[mask] = w * w;
        }
        Game game = Game.of(NucleolusTestGames.players(n), v);
        NucleolusResult.Defined result = defined(game);
        assertTrue(result.kohlbergVerified());
        assertTrue(NucleolusTestGames.largestExcess(game, result.payoff()) <= 1e-9 * game.scale());
    }
}
