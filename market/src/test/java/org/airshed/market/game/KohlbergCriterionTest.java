package org.airshed.market.game;

import static org.airshed.market.game.NucleolusTestGames.fromLex;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KohlbergCriterionTest {
    private static final double TOLERANCE = 1e-7;

    @Test
    void holdsForTheDomainNucleoli() {
        assertTrue(KohlbergCriterion.holds(fromLex(NucleolusTestGames.SAVINGS_220, CoalitionOrder.LEX),
                new double[] {170.0 / 3, 230.0 / 3, 260.0 / 3}, TOLERANCE));
        assertTrue(KohlbergCriterion.holds(fromLex(NucleolusTestGames.SAVINGS_992, CoalitionOrder.LEX),
                new double[] {149, 192, 651}, TOLERANCE));
        assertTrue(KohlbergCriterion.holds(fromLex(NucleolusTestGames.FOUR_PLAYERS, CoalitionOrder.BINARY),
                new double[] {3.5, 4.5, 5.5, 7.5}, TOLERANCE));
    }

    /** The Shapley value (65, 75, 80) of the docs/DOMAIN.md §5 game leaves {2, 3} alone at the top excess. */
    @Test
    void failsForTheShapleyValueOfSavings220AndNamesTheCoalition() {
        Game game = fromLex(NucleolusTestGames.SAVINGS_220, CoalitionOrder.LEX);
        Optional<String> violation = KohlbergCriterion.violation(game, new double[] {65, 75, 80}, TOLERANCE);
        assertTrue(violation.isPresent());
        assertTrue(violation.get().contains("[P2, P3]") && violation.get().contains("-35"), violation.get());
    }

    @Test
    void failsForANonImputation() {
        Game game = fromLex(NucleolusTestGames.SAVINGS_992, CoalitionOrder.LEX);
        assertTrue(KohlbergCriterion.violation(game, new double[] {149, 192, 650}, TOLERANCE).orElseThrow()
                .contains("sum to 991"));
        assertTrue(KohlbergCriterion.violation(game, new double[] {60, 281, 651}, TOLERANCE).orElseThrow()
                .contains("P1 gets 60"));
    }

    /**
     * (5, 5, 0) is the nucleolus of (0,0,0,10,0,0,10): {1,2} and {3} balance the top level, with
     * player 3 at its stand-alone value. At (10, 0, 0) the top level adds {2} and {2,3}, which no
     * positive weights balance.
     */
    @Test
    void usesPlayersHeldAtTheirStandAloneValue() {
        Game game = fromLex(new double[] {0, 0, 0, 10, 0, 0, 10}, CoalitionOrder.LEX);
        assertTrue(KohlbergCriterion.holds(game, new double[] {5, 5, 0}, TOLERANCE));
        assertFalse(KohlbergCriterion.holds(game, new double[] {10, 0, 0}, TOLERANCE));
    }

    @Test
    void holdsForTheEqualSplitOfTheMajorityGame() {
        Game game = fromLex(new double[] {0, 0, 0, 1, 1, 1, 1}, CoalitionOrder.LEX);
        assertTrue(KohlbergCriterion.holds(game, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, 1e-12));
        assertFalse(KohlbergCriterion.holds(game, new double[] {0.4, 0.3, 0.3}, 1e-12));
    }

    @Test
    void onePlayerGameHoldsTrivially() {
        assertTrue(KohlbergCriterion.holds(Game.of(List.of("solo"), new double[] {0, 3}), new double[] {3}, 0));
    }

    /** Away from the nucleolus the criterion must fail: it characterises a single point. */
    @Test
    void failsForOtherImputationsOfRandomGames() {
        Random random = new Random(31);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            Game game = NucleolusTestGames.random(random, 2 + trial % 5, NucleolusTestGames.Kind.SUPERADDITIVE);
            double[] nucleolus = ((NucleolusResult.Defined) Nucleolus.of(game)).payoff();
            double tolerance = TOLERANCE * game.scale();
            assertTrue(KohlbergCriterion.holds(game, nucleolus, tolerance), "trial " + trial);
            double[] other = NucleolusTestGames.nearbyImputation(game, nucleolus, 1e-2 * game.scale(), random);
            double distance = 0;
            for (int i = 0; i < other.length; i++) {
                distance = Math.max(distance, Math.abs(other[i] - nucleolus[i]));
            }
            if (distance > 1e-5 * game.scale()) {
                assertFalse(KohlbergCriterion.holds(game, other, tolerance), "trial " + trial);
                checked++;
            }
        }
        assertTrue(checked >= 30, checked + " perturbed imputations checked");
    }
}
