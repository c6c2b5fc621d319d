package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.model.Scenario;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

/**
 * Numerical review s8: a banked market's printed present value of a period is the double nearest
 * cost / (1+r)^t at the rate written (it was cost times the double Math.pow(1 + r, −t), two roundings).
 */
class BankingMarketPresentValueTest {
    private static final MathContext WIDE = new MathContext(1000);

    @Test
    void eachPeriodsPresentValueIsItsCostOverTheExactGrowthRoundedOnce() {
        int later = 0;
        for (long seed = 0; seed < 40; seed++) {
            SplittableRandom random = new SplittableRandom(52_000 + seed);
            Scenario s = MarketScenarios.random(random, 2 + random.nextInt(3), false);
            double cap = s.policy().cap().getAsDouble();
            BigDecimal rate = BigDecimal.valueOf(1 + random.nextInt(2000), 4);
            List<Double> caps = List.of(cap * 1.2, cap, cap * 0.85, cap * 0.7);
            MarketSpec spec = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 2025, null,
                    false, null, null, new PeriodsSpec(caps, rate.doubleValue(), true, 0), null, null);
            MarketReport report = MarketStudy.run(s, spec, 1);
            assertTrue(report.conservation().isConserved(), report.conservation().violations().toString());
            Conservation.assertConserved(report.ledger().ledger());
            for (MarketReport.PeriodOutcome p : report.periods()) {
                String at = "seed " + seed + ", r = " + rate + ", period " + p.period();
                BigDecimal factor = BigDecimal.ONE.add(rate).pow(p.period());
                double pv = new BigDecimal(p.abatementCost()).divide(factor, WIDE).doubleValue();
                assertEquals(pv, p.presentValueAbatementCost(), at);
                if (p.period() > 0 && p.abatementCost() > 0) {
                    later++;
                }
            }
        }
        assertTrue(later > 60, later + " later periods with a cost");
    }
}
