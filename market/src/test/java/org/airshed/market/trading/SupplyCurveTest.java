package org.airshed.market.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The breakpoint search against bisection to adjacent doubles, the obviously-correct reference. */
class SupplyCurveTest {
    @Test
    void leastPriceMatchesBisection() {
        for (long seed = 0; seed < 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            SupplyCurve curve = randomCurve(random);
            double most = curve.maximum();
            for (int k = 0; k < 10; k++) {
                double target = (-0.2 + 1.3 * random.nextDouble()) * most;
                double price = curve.leastPrice(target);
                String at = "seed " + seed + " target " + target;
                if (target > most) {
                    assertEquals(Double.POSITIVE_INFINITY, price, at);
                    continue;
                }
                assertEquals(bisection(curve, target), price, 1e-12 * Math.max(1, price), at);
                assertTrue(curve.inclusive(price) >= target - 1e-12 * (1 + most), at);
                if (price > 0) {
                    double[] fill = curve.fill(price, target - curve.strict(price));
                    double total = 0;
                    for (double q : fill) {
                        total += q;
                    }
                    assertEquals(target, total, 1e-12 * (1 + most), at);
                }
            }
        }
    }

    @Test
    void stepsPriceExactlyAtABlock() {
        SupplyCurve curve = SupplyCurve.builder(2).block(0, 3, 2).block(1, 5, 2).ramp(1, 4, 1, 0).build();
        assertEquals(0, curve.leastPrice(0), 0);
        assertEquals(3, curve.leastPrice(1), 0);
        assertEquals(5, curve.leastPrice(2.5), 0);
        assertEquals(Double.POSITIVE_INFINITY, curve.leastPrice(4.5), 0);
        double[] fill = curve.fill(5, 0.5);
        assertEquals(2, fill[0], 0);
        assertEquals(0.5, fill[1], 0);
        assertThrows(IllegalArgumentException.class, () -> SupplyCurve.builder(1).block(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SupplyCurve.builder(1).ramp(0, 1, 0, 1));
    }

    /**
     * Regression: the block-only selection summed amounts in partition order, so a target on (or
     * within rounding of) a cumulative amount, the maximum above all, came out +∞ or one block too
     * high. The least price is defined in block order: inclusive(p) ≥ target > strict(p).
     */
    @Test
    void leastPriceOnBlocksHoldsAtEveryCumulativeAmountAndTheMaximum() {
        for (long seed = 0; seed < 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int blocks = 500 + random.nextInt(1500);
            SupplyCurve.Builder builder = SupplyCurve.builder(blocks);
            double[] prices = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                prices[b] = random.nextInt(10) == 0 ? 0 : Math.round(random.nextDouble() * 5_000) / 100.0;
                builder.block(b, prices[b], Math.floor(random.nextDouble() * 1e6) / 1000.0);
            }
            SupplyCurve curve = builder.build();
            double[] targets = new double[41];
            targets[0] = curve.maximum();
            for (int k = 1; k < targets.length; k++) {
                targets[k] = curve.inclusive(prices[random.nextInt(blocks)]);
            }
            for (double target : targets) {
                double price = curve.leastPrice(target);
                String at = "seed " + seed + " target " + target + " price " + price;
                assertTrue(price < Double.POSITIVE_INFINITY, at);
                assertTrue(curve.inclusive(price) >= target, at);
                assertTrue(price == 0 || curve.strict(price) < target, at);
            }
        }
    }

    /** The least price with inclusive supply ≥ target, halving to adjacent doubles. */
    private static double bisection(SupplyCurve curve, double target) {
        if (curve.inclusive(0) >= target) {
            return 0;
        }
        double low = 0;
        double high = 1;
        while (curve.inclusive(high) < target) {
            high *= 2;
        }
        while (Math.nextUp(low) < high) {
            double mid = low + (high - low) / 2;
            if (mid <= low || mid >= high) {
                break;
            }
            if (curve.inclusive(mid) >= target) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static SupplyCurve randomCurve(SplittableRandom random) {
        int owners = 1 + random.nextInt(6);
        SupplyCurve.Builder b = SupplyCurve.builder(owners);
        int pieces = 1 + random.nextInt(12);
        for (int k = 0; k < pieces; k++) {
            int owner = random.nextInt(owners);
            double price = random.nextDouble() < 0.3 ? random.nextInt(5) : -1 + 10 * random.nextDouble();
            if (random.nextBoolean()) {
                b.block(owner, price, random.nextDouble() < 0.1 ? 0 : 5 * random.nextDouble());
            } else {
                b.ramp(owner, price, 0.1 + 3 * random.nextDouble(), 5 * random.nextDouble());
            }
        }
        return b.build();
    }
}
