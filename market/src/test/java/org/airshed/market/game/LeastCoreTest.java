package org.airshed.market.game;

import static org.airshed.market.game.NucleolusTestGames.fromLex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeastCoreTest {

    /**
     * docs/DOMAIN.md §5 game (0,0,0,90,100,120,220). By hand: the pair constraints give x₃ ≤ 130 + ε,
     * x₂ ≤ 120 + ε, x₁ ≤ 100 + ε; summed, 220 ≤ 350 + 3ε, so ε* = −130/3, attained only at
     * (170/3, 230/3, 260/3), where the singletons' excesses (−x_i ≤ −170/3) stay below ε*.
     */
    @ParameterizedTest
    @EnumSource(CoalitionOrder.class)
    void domainSavings220HasEpsilonMinus130Thirds(CoalitionOrder order) {
        LeastCoreResult result = LeastCore.of(fromLex(NucleolusTestGames.SAVINGS_220, order));
        assertEquals(-130.0 / 3, result.epsilon(), 1e-9);
        assertArrayEquals(new double[] {170.0 / 3, 230.0 / 3, 260.0 / 3}, result.payoff(), 1e-9);
    }

    /** Majority game v(S) = 1 when |S| ≥ 2: the pairs need x_i + x_j ≥ 1 − ε, so ε* = 1/3. */
    @Test
    void threePlayerMajorityGameHasEmptyCoreAndEpsilonOneThird() {
        LeastCoreResult result = LeastCore.of(fromLex(new double[] {0, 0, 0, 1, 1, 1, 1}, CoalitionOrder.LEX));
        assertEquals(1.0 / 3, result.epsilon(), 1e-12);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, result.payoff(), 1e-12);
    }

    @Test
    void onePlayerHasNoProperCoalitionSoEpsilonIsZero() {
        LeastCoreResult result = LeastCore.of(Game.of(List.of("solo"), new double[] {0, 4}));
        assertEquals(0, result.epsilon(), 0);
        assertArrayEquals(new double[] {4}, result.payoff(), 0);
    }

    /** Two players: x_i ≥ v_i − ε and x₁ + x₂ = v₁₂ give ε* = (v₁ + v₂ − v₁₂)/2, x_i = v_i − ε*. */
    @Test
    void twoPlayersShareTheShortfallEqually() {
        LeastCoreResult result = LeastCore.of(Game.of(List.of("a", "b"), new double[] {0, 3, 5, 20}));
        assertEquals(-6, result.epsilon(), 1e-12);
        assertArrayEquals(new double[] {9, 11}, result.payoff(), 1e-12);
    }

    /** The row-generated LP against the dense LP over all coalitions, on seeded random games. */
    @Test
    void matchesTheDenseLpOverAllCoalitionsOnRandomGames() {
        Random random = new Random(77);
        for (int trial = 0; trial < 100; trial++) {
            int n = 2 + trial % 7;
            Game game = NucleolusTestGames.random(random, n, NucleolusTestGames.Kind.values()[trial % 4]);
            LeastCoreResult result = LeastCore.of(game);
            String label = "trial " + trial + ", " + n + " players";
            double tolerance = 1e-9 * game.scale();
            assertEquals(denseLeastCoreEpsilon(game), result.epsilon(), tolerance, label);
            assertPayoffKeepsEveryExcessWithin(game, result, tolerance, label);
        }
    }

    /**
     * Weighted majority games (v = 1 when the members' weight exceeds half): values 0/1 make the
     * programs degenerate and their bases ill-conditioned, where a simplex most easily goes wrong.
     */
    @Test
    void matchesTheDenseLpOnWeightedMajorityGames() {
        Random random = new Random(5);
        for (int trial = 0; trial < 30; trial++) {
            int n = 4 + trial % 6;
            Game game = weightedMajority(n, random);
            LeastCoreResult result = LeastCore.of(game);
            assertEquals(denseLeastCoreEpsilon(game), result.epsilon(), 1e-9, "trial " + trial);
            assertPayoffKeepsEveryExcessWithin(game, result, 1e-9, "trial " + trial);
        }
    }

    /** Symmetric game: by symmetry the equal split is in the least core, so ε* = max_s f(s) − s·f(n)/n. */
    @Test
    void sixteenPlayerSymmetricGameHasTheEqualSplitValue() {
        int n = 16;
        double[] f = new double[n + 1];
        for (int s = 1; s <= n; s++) {
            f[s] = s == n ? 100 : 100.0 * s / n + 3 * Math.sin(s);
        }
        double[] v = new double[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            v[mask] = f[Integer.bitCount(mask)];
        }
        Game game = Game.of(NucleolusTestGames.players(n), v);
        double expected = Double.NEGATIVE_INFINITY;
        for (int s = 1; s < n; s++) {
            expected = Math.max(expected, f[s] - s * f[n] / n);
        }
        LeastCoreResult result = LeastCore.of(game);
        assertEquals(expected, result.epsilon(), 1e-9 * game.scale());
        assertPayoffKeepsEveryExcessWithin(game, result, 1e-9 * game.scale(), "16 players");
    }

    /**
     * Twenty players, about a million coalitions, and the hardest kind met (a weighted majority
     * game, whose ε creeps up over many rounds): row generation keeps the LP small (about a
     * second, so not tagged slow).
     */
    @Test
    void twentyPlayerWeightedMajorityGameKeepsEveryExcessWithinEpsilon() {
        Game game = weightedMajority(20, new Random(20));
        LeastCoreResult result = LeastCore.of(game);
        assertPayoffKeepsEveryExcessWithin(game, result, 1e-9, "20 players");
        assertTrue(result.epsilon() > 0 && result.epsilon() < 0.5, "ε* = " + result.epsilon());
    }

    private static Game weightedMajority(int n, Random random) {
        double[] weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = random.nextDouble();
            total += weight[i];
        }
        double[] v = new double[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                w += (mask & (1 << i)) != 0 ? weight[i] : 0;
            }
            v[mask] = w > total / 2 ? 1 : 0;
        }
        return Game.of(NucleolusTestGames.players(n), v);
    }

    private static void assertPayoffKeepsEveryExcessWithin(Game game, LeastCoreResult result, double tolerance,
            String label) {
        double[] x = result.payoff();
        assertEquals(game.grandValue(), Arrays.stream(x).sum(), tolerance, label + ": budget balance");
        if (game.playerCount() > 1) {
            assertTrue(NucleolusTestGames.largestExcess(game, x) <= result.epsilon() + tolerance, label);
        }
    }

    /** ε* from one LP with every coalition's row: the plain reference. */
    private static double denseLeastCoreEpsilon(Game game) {
        int n = game.playerCount();
        List<LinearConstraint> rows = new ArrayList<>();
        for (int mask = 1; mask <= game.grandMask(); mask++) {
            double[] row = new double[n + 1];
            for (int i = 0; i < n; i++) {
                row[i] = (mask & (1 << i)) != 0 ? 1 : 0;
            }
            boolean grand = mask == game.grandMask();
            row[n] = grand ? 0 : 1;
            rows.add(new LinearConstraint(row, grand ? Relationship.EQ : Relationship.GEQ, game.value(mask)));
        }
        double[] objective = new double[n + 1];
        objective[n] = 1;
        return new SimplexSolver(1e-9, 10, 1e-10).optimize(new MaxIter(1_000_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(rows), GoalType.MINIMIZE,
                new NonNegativeConstraint(false), PivotSelectionRule.BLAND).getValue();
    }
}
