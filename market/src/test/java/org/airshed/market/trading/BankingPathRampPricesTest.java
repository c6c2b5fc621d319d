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
 * Review revE: a price set inside a quadratic ramp is no written number, so the period j of that
 * ramp prints it as computed in j's own money and the pool's other periods grow it exactly; it was
 * computed in period 0's money and grown to j (34.89999999999999 for the ramp's 29.9 + 1.0 · 5).
 */
class BankingPathRampPricesTest {
    private static final MathContext WIDE = new MathContext(1000);

    @Test
    void aRampInItsOwnPeriodPrintsItsMarginalCostWithoutBanking() {
        List<CompliancePeriod> periods = List.of(steps(16, 43), steps(21.6, 5), steps(21.6, 6), ramp(29.9, 1.0, 5));
        BankingEquilibrium e = BankingPath.solve(periods, BankingPolicy.noBanking(0.12559));
        assertEquals(16.0, e.price()[0]);
        assertEquals(21.6, e.price()[1]);
        assertEquals(34.9, e.price()[3]);
    }

    /** Without banking each period is a market of its own: its price is the one it has alone. */
    @Test
    void withoutBankingEveryPeriodPricesAsItWouldAlone() {
        int ramps = 0;
        for (long seed = 0; seed < 300; seed++) {
            SplittableRandom random = new SplittableRandom(71_000 + seed);
            double rate = decimal(random, 1 + random.nextInt(150_000), 6);
            List<CompliancePeriod> path = new ArrayList<>();
            for (int t = 2 + random.nextInt(9); t > 0; t--) {
                double shortfall = 1 + random.nextInt(60);
                boolean quadratic = random.nextInt(3) > 0;
                ramps += quadratic ? 1 : 0;
                path.add(quadratic ? ramp(decimal(random, random.nextInt(30_000), 3), decimal(random, 1 + random.nextInt(5_000), 3),
                        shortfall) : steps(decimal(random, 1 + random.nextInt(100_000), random.nextInt(4)), shortfall));
            }
            double[] price = BankingPath.solve(path, BankingPolicy.noBanking(rate)).price();
            for (int t = 0; t < path.size(); t++) {
                double alone = BankingPath.solve(List.of(path.get(t)), BankingPolicy.noBanking(rate)).price()[0];
                assertEquals(alone, price[t], "seed " + seed + ", r = " + rate + ", period " + t);
            }
        }
        assertTrue(ramps > 1000, ramps + " ramps");
    }

    /** A ramp in period j sets a banked pool's price: j prints it as computed there, period t its exact growth. */
    @Test
    void aRampSettingABankedPoolIsPricedInItsOwnPeriodThenGrownExactly() {
        int later = 0;
        for (long seed = 0; seed < 400; seed++) {
            SplittableRandom random = new SplittableRandom(72_000 + seed);
            int decimals = 1 + random.nextInt(4);
            BigDecimal rate = BigDecimal.valueOf(random.nextInt(5 * (int) Math.pow(10, decimals - 1) + 1), decimals);
            double linear = decimal(random, random.nextInt(30_000), random.nextInt(4));
            double slope = decimal(random, 1 + random.nextInt(5_000), random.nextInt(4));
            int count = 2 + random.nextInt(9);
            int setter = random.nextBoolean() ? 0 : random.nextInt(count);
            later += setter > 0 ? 1 : 0;
            double dear = 3 * (linear + slope * 100) * Math.pow(1 + rate.doubleValue(), count) + 1;
            List<CompliancePeriod> periods = new ArrayList<>();
            double total = 0;
            double before = 0;
            for (int t = 0; t < count; t++) {
                double shortfall = 1 + random.nextInt(9);
                total += shortfall;
                before += t < setter ? shortfall : 0;
                periods.add(t == setter ? ramp(linear, slope, shortfall) : steps(dear, shortfall));
            }
            BankingPolicy policy = BankingPolicy.banking(rate.doubleValue()).withBorrowing(before);
            BankingEquilibrium e = BankingPath.solve(periods, policy);
            // The pool's whole requirement falls on the ramp: its price alone with that requirement.
            double own = BankingPath.solve(List.of(ramp(linear, slope, total)), BankingPolicy.noBanking(0)).price()[0];
            assertEquals(linear + slope * total, own, 1e-9 * own);
            String at = "seed " + seed + ", r = " + rate + ", ramp " + linear + " + " + slope + "·a in period " + setter
                    + " of " + count;
            BigDecimal exact = new BigDecimal(own);
            for (int t = 0; t < count; t++) {
                BigDecimal factor = BigDecimal.ONE.add(rate).pow(Math.abs(t - setter));
                double expected = (t >= setter ? exact.multiply(factor)
                        : exact.divide(factor, WIDE)).doubleValue();
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(e.price()[t]),
                        at + ", period " + t + ": " + expected + " expected, " + e.price()[t] + " reported");
            }
        }
        assertTrue(later > 150, later + " pools set after period 0");
    }

    private static double decimal(SplittableRandom random, long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale).doubleValue();
    }

    /** One source of baseline 100 abating up to 100 t at {@code unitCost}; permits for all but {@code shortfall}. */
    private static CompliancePeriod steps(double unitCost, double shortfall) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addStepSource(b.addRegion("r", 0), 100, new double[] {100}, new double[] {unitCost});
        return new CompliancePeriod(b.build(), 100 - shortfall);
    }

    /** One quadratic source of baseline 100, marginal cost linear + slope·a up to 100 t; permits for all but {@code shortfall}. */
    private static CompliancePeriod ramp(double linear, double slope, double shortfall) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addQuadraticSource(b.addRegion("r", 0), 100, linear, slope, 100);
        return new CompliancePeriod(b.build(), 100 - shortfall);
    }
}
