package org.airshed.market.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact Shapley value against published games (docs/DOMAIN.md §5), n! orders, and the §4 closed form. */
class ShapleyValueTest {
    private static final List<String> ABC = List.of("a", "b", "c");

    /** Lex listing, the same game listed by bitmask (reordered by hand), and its published Shapley value. */
    static Stream<Arguments> publishedGames() {
        return Stream.of(
                Arguments.of("(0,0,0,90,100,120,220)", new double[] {0, 0, 0, 90, 100, 120, 220},
                        new double[] {0, 0, 90, 0, 100, 120, 220}, new double[] {65, 75, 80}),
                Arguments.of("(68,102,0,170,710,762,992)", new double[] {68, 102, 0, 170, 710, 762, 992},
                        new double[] {68, 102, 170, 0, 710, 762, 992}, new double[] {229, 272, 491}),
                Arguments.of("(6,12,42,12,42,42,42)", new double[] {6, 12, 42, 12, 42, 42, 42},
                        new double[] {6, 12, 12, 42, 42, 42, 42}, new double[] {2, 5, 35}));
    }

    @ParameterizedTest(name = "DOMAIN §5 {0}")
    @MethodSource("publishedGames")
    void publishedShapleyFromTheLexListing(String name, double[] lex, double[] binary, double[] shapley) {
        Game game = Game.fromOrder(ABC, CoalitionOrder.LEX, lex);
        assertArrayEquals(shapley, ShapleyValue.exact(game), 1e-9 * game.scale());
    }

    @ParameterizedTest(name = "DOMAIN §5 {0}")
    @MethodSource("publishedGames")
    void publishedShapleyFromTheBinaryListing(String name, double[] lex, double[] binary, double[] shapley) {
        Game game = Game.fromOrder(ABC, CoalitionOrder.BINARY, binary);
        assertArrayEquals(shapley, ShapleyValue.exact(game), 1e-9 * game.scale());
    }

    @ParameterizedTest(name = "DOMAIN §5 {0}")
    @MethodSource("publishedGames")
    void readingTheLexListingAsBinaryGivesTheWrongAnswer(String name, double[] lex, double[] binary,
            double[] shapley) {
        // The guard against mixing orders: v3 and v12 trade places, which must change the value.
        Game mixed = Game.fromOrder(ABC, CoalitionOrder.BINARY, lex);
        double[] wrong = ShapleyValue.exact(mixed);
        double distance = 0;
        for (int p = 0; p < 3; p++) {
            distance = Math.max(distance, Math.abs(wrong[p] - shapley[p]));
        }
        assertFalse(distance < 1, name + ": mixed order gave " + Arrays.toString(wrong));
    }

    @Test
    void onePlayerGetsItsOwnValue() {
        Game game = Game.of(List.of("solo"), new double[] {0, 7.5});
        assertArrayEquals(new double[] {7.5}, ShapleyValue.exact(game), 0);
    }

    @Test
    void sizeWeightsSumToOneOverEachPlayersCoalitions() {
        // Σ_s C(n−1, s)·weight[s] = 1: the weights form a distribution over S ⊆ N∖i.
        for (int n = 1; n <= Game.MAX_PLAYERS; n++) {
            double[] weight = ShapleyValue.sizeWeights(n);
            double total = 0;
            double binomial = 1;
            for (int s = 0; s < n; s++) {
                total += binomial * weight[s];
                binomial = binomial * (n - 1 - s) / (s + 1);
            }
            assertEquals(1, total, 1e-12, "n=" + n);
        }
    }

    @Test
    void exactMatchesAllOrdersOnRandomGames() {
        SplittableRandom random = new SplittableRandom(20090501);
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + random.nextInt(7);
            Game game = RandomGames.uniform(n, random);
            assertArrayEquals(ShapleyByPermutations.byPermutations(game), ShapleyValue.exact(game),
                    1e-9 * game.scale(), "trial " + trial + ", n=" + n);
        }
    }

    @Test
    void exactMatchesTheQuadraticCostClosedForm() {
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + trial % 9;
            QuadraticCostGame closedForm = QuadraticCostGame.random(n, random);
            Game game = closedForm.toGame();
            double[] exact = ShapleyValue.exact(game);
            assertArrayEquals(closedForm.closedFormShapley(), exact, 1e-9 * game.scale(),
                    "trial " + trial + ", n=" + n);
            assertEquals(game.grandValue(), Arrays.stream(exact).sum(), 1e-9 * game.scale(), "efficiency");
        }
    }

    @Test
    void twentyPlayersSymmetricGameSplitsEqually() {
        // A size check (2²⁰ coalitions) without a wall clock: symmetry forces φ_i = v(N)/n.
        int n = 20;
        double[] byMask = new double[1 << n];
        for (int s = 1; s < byMask.length; s++) {
            int size = Integer.bitCount(s);
            byMask[s] = size * size;
        }
        Game game = Game.of(RandomGames.names(n), byMask);
        double[] phi = ShapleyValue.exact(game);
        double[] equal = new double[n];
        Arrays.fill(equal, 400.0 / n);
        assertArrayEquals(equal, phi, 1e-9 * game.scale());
    }
}
