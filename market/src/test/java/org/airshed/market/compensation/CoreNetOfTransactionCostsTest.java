package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.airshed.market.game.CoalitionOrder;
import org.airshed.market.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: individual rationality counted transaction costs and the core check did not, so a rule
 * was reported in the core while a region would not join. The core net of transaction costs (the
 * game w(S) = v(S) − Σ_{i∈S} c_i for |S| ≥ 2, w({i}) = v({i}), on net payoffs) is now reported
 * beside the game's own core, and agrees with individual rationality net of costs.
 */
class CoreNetOfTransactionCostsTest {
    /** docs/DOMAIN.md §5: (0, 0, 0, 90, 100, 120, 220); Shapley (65, 75, 80) is in its core. */
    private static final Game GAME = Game.fromOrder(List.of("A", "B", "C"), CoalitionOrder.LEX,
            new double[] {0, 0, 0, 90, 100, 120, 220});

    private static RuleReport shapley(double... transactionCost) {
        return CompensationStudy.direct(GAME, List.of("shapley"), Map.of(), transactionCost, 1).rules().get(0);
    }

    @Test
    void aRuleInTheCoreThatARegionWouldNotJoinIsNotInTheCoreNetOfCosts() {
        RuleReport rule = shapley(70, 0, 0);
        assertTrue(rule.inCore(), "the game's own core: docs/FORMAT.md's inCore is unchanged");
        assertFalse(rule.individuallyRational(), "A nets 65 − 70 = −5");
        assertFalse(rule.inCoreNet());
        assertEquals(5, rule.maxExcessNet(), 1e-9);
        assertEquals(List.of("A"), rule.blockingCoalitionNet());
        assertTrue(rule.warnings().stream().anyMatch(w -> w.startsWith("in the core, but not net of transaction costs")),
                rule.warnings().toString());
    }

    @Test
    void withoutTransactionCostsBothCoresAgree() {
        RuleReport rule = shapley(0, 0, 0);
        assertEquals(rule.inCore(), rule.inCoreNet());
        assertEquals(rule.maxExcess(), rule.maxExcessNet(), 0);
    }

    @Test
    void costsThatAPairCanAffordLeaveItsBlockingUnchanged() {
        // x(S) ≥ v(S) for a pair: the members' costs appear on both sides. C is short 10 alone.
        RuleReport rule = shapley(10, 10, 90);
        assertTrue(rule.inCore());
        assertFalse(rule.inCoreNet());
        assertEquals(List.of("C"), rule.blockingCoalitionNet());
        assertEquals(10, rule.maxExcessNet(), 1e-9);
    }

    @Test
    void theLeastCoreNetOfCostsIsPositiveWhenJoiningCostsMoreThanCooperationSaves() {
        // w(N) = 220 − 300 = −80 over three players who get 0 alone: ε* = 80/3.
        CompensationReport report = CompensationStudy.direct(GAME, List.of("shapley"), Map.of(),
                new double[] {100, 100, 100}, 1);
        assertTrue(report.leastCoreEpsilon() < 0, "the game's core is not empty");
        assertEquals(80.0 / 3, report.leastCoreEpsilonNet(), 1e-9);
    }
}
