package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.airshed.market.game.CoalitionOrder;
import org.airshed.market.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: Nash bargaining was reported {@code applied} when v(N) is below the sum of the
 * disagreement values, handing every player less than it gets by disagreeing. No bargain exists
 * then: the rule is undefined with the shortfall named, as the nucleolus is with an empty
 * imputation set.
 */
class NashBargainingBelowDisagreementTest {
    /** docs/DOMAIN.md §5: (6, 12, 42, 12, 42, 42, 42); Σ v({i}) = 60 > v(N) = 42. */
    private static final Game EMPTY_IMPUTATIONS = Game.fromOrder(List.of("A", "B", "C"), CoalitionOrder.LEX,
            new double[] {6, 12, 42, 12, 42, 42, 42});

    @Test
    void standAloneValuesAboveTheSurplusLeaveItUndefined() {
        RuleReport rule = CompensationStudy.direct(EMPTY_IMPUTATIONS, List.of("nash-bargaining"), Map.of(),
                new double[3], 1).rules().get(0);
        assertEquals(RuleReport.UNDEFINED, rule.status());
        assertTrue(rule.reason().contains("v(N) = 42 is below the sum of the disagreement values 60"), rule.reason());
    }

    @Test
    void transactionCostsAboveTheSurplusLeaveItUndefined() {
        Game game = Game.fromOrder(List.of("A", "B"), CoalitionOrder.LEX, new double[] {0, 0, 10});
        RuleReport rule = CompensationStudy.direct(game, List.of("nash-bargaining"), Map.of(), new double[] {4, 7}, 1)
                .rules().get(0);
        assertEquals(RuleReport.UNDEFINED, rule.status());
        assertTrue(rule.reason().contains("below the sum of the disagreement values 11"), rule.reason());
    }

    @Test
    void aSurplusExactlyAtTheDisagreementPointIsStillABargain() {
        Game game = Game.fromOrder(List.of("A", "B"), CoalitionOrder.LEX, new double[] {0, 0, 10});
        RuleReport rule = CompensationStudy.direct(game, List.of("nash-bargaining"), Map.of(), new double[] {4, 6}, 1)
                .rules().get(0);
        assertEquals(RuleReport.APPLIED, rule.status());
        assertEquals(4, rule.gains()[0], 1e-12);
        assertEquals(6, rule.gains()[1], 1e-12);
    }
}
