package org.airshed.market.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.junit.jupiter.api.Test;

/**
 * Numerical review s8: a period's price off the valves is the double nearest π·(1+r)^t, with r the
 * decimal written and π the pool's present-value price; dividing π by the double (1+r)^−t printed
 * 24.150000000000002 for π = 23 at r = 0.05.
 */
class BankingPathExactPricesTest {
    /** Enough digits that rounding a quotient to them and then to a double is rounding it once. */
    private static final MathContext WIDE = new MathContext(1000);

    @Test
    void aPresentValuePriceOf23AtFivePerCentIs24Point15APeriodLater() {
        // Period 0 abates at 23 and banks 10 t for period 1, whose own abatement costs 40.
        List<CompliancePeriod> periods = List.of(period(23, 0), period(40, 10));
        BankingEquilibrium e = BankingPath.solve(periods, BankingPolicy.banking(0.05));
        assertEquals(10, e.bank()[0], 1e-12);
        assertEquals(23.0, e.price()[0]);
        assertEquals(24.15, e.price()[1]);
    }

    /**
     * Found while fixing the above: growing the solve's π = c · (1+r)^−t (a double) by the exact
     * (1+r)^t printed a period's own marginal cost c off in its last digits (6,826 of 10,009 periods
     * without banking, against 1,142 for the division it replaced). π's exact value is c / (1+r)^t.
     */
    @Test
    void withoutBankingEachPeriodPricesAtItsOwnMarginalCostAsWritten() {
        int periods = 0;
        for (long seed = 0; seed < 300; seed++) {
            SplittableRandom random = new SplittableRandom(33_000 + seed);
            int decimals = 1 + random.nextInt(4);
            double rate = BigDecimal.valueOf(1 + random.nextInt(5 * (int) Math.pow(10, decimals - 1)), decimals)
                    .doubleValue();
            List<CompliancePeriod> path = new ArrayList<>();
            double[] cost = new double[2 + random.nextInt(9)];
            for (int t = 0; t < cost.length; t++) {
                cost[t] = BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3)).doubleValue();
                path.add(period(cost[t], 1 + random.nextInt(9)));
            }
            double[] price = BankingPath.solve(path, BankingPolicy.noBanking(rate)).price();
            for (int t = 0; t < cost.length; t++, periods++) {
                assertEquals(cost[t], price[t], "seed " + seed + ", r = " + rate + ", period " + t);
            }
        }
        assertTrue(periods > 1500, periods + " periods");
    }

    /** Review revE: the cost 23.1 was grown as its binary double, 24.255000000000003 for 23.1 · 1.05 = 24.255. */
    @Test
    void aCostOf23Point1AtFivePerCentIs24Point255APeriodLater() {
        List<CompliancePeriod> periods = List.of(period(23.1, 0), period(140, 10));
        BankingEquilibrium e = BankingPath.solve(periods, BankingPolicy.banking(0.05));
        assertEquals(10, e.bank()[0], 1e-12);
        assertEquals(23.1, e.price()[0]);
        assertEquals(24.255, e.price()[1]);
    }

    /** Period t prints the double nearest c·(1+r)^(t−j), c and r as written, c the cost setting the pool's price. */
    @Test
    void everyPriceOffTheValvesIsTheWrittenCostGrownExactly() {
        int decimalCosts = 0;
        for (long seed = 0; seed < 600; seed++) {
            SplittableRandom random = new SplittableRandom(31_000 + seed);
            // r from 0 to 0.5 with one to four decimals.
            int decimals = 1 + random.nextInt(4);
            BigDecimal rate = BigDecimal.valueOf(random.nextInt(5 * (int) Math.pow(10, decimals - 1) + 1), decimals);
            // c with one to four decimals (a few whole numbers): as written, not its binary double.
            BigDecimal c = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(4));
            double target = c.doubleValue();
            decimalCosts += c.scale() > 0 ? 1 : 0;
            int count = 2 + random.nextInt(9);
            // The price is set in period `setter`: borrowing lets it cover periods before it.
            int setter = random.nextBoolean() ? 0 : random.nextInt(count);
            double growth = Math.pow(1 + rate.doubleValue(), count);
            List<CompliancePeriod> periods = new ArrayList<>();
            double short0 = 0;
            for (int t = 0; t < count; t++) {
                double shortfall = t == setter ? 0 : 1 + random.nextInt(9);
                short0 += shortfall;
                double cost = t == setter ? target : 3 * target * growth + 1;
                periods.add(period(cost, shortfall));
            }
            BankingPolicy policy = BankingPolicy.banking(rate.doubleValue()).withBorrowing(setter == 0 ? 0 : short0);
            BankingEquilibrium e = BankingPath.solve(periods, policy);
            String at = "seed " + seed + ", r = " + rate + ", " + c + " in period " + setter + " of " + count;
            for (int t = 0; t < count; t++) {
                BigDecimal factor = BigDecimal.ONE.add(rate).pow(Math.abs(t - setter));
                double expected = (t >= setter ? c.multiply(factor) : c.divide(factor, WIDE)).doubleValue();
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(e.price()[t]),
                        at + ", period " + t + ": " + expected + " expected, " + e.price()[t] + " reported");
            }
        }
        assertTrue(decimalCosts > 450, decimalCosts + " decimal costs");
    }

    /** One source of baseline 100 abating up to 100 t at {@code unitCost}; permits for all but {@code shortfall}. */
    private static CompliancePeriod period(double unitCost, double shortfall) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addStepSource(b.addRegion("r", 0), 100, new double[] {100}, new double[] {unitCost});
        return new CompliancePeriod(b.build(), 100 - shortfall);
    }
}
