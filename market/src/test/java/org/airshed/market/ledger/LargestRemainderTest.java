package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {
    @Test
    void exactSharesNeedNoRounding() {
        assertArrayEquals(new long[] {50, 30, 20}, LargestRemainder.apportion(100, new double[] {0.5, 0.3, 0.2}));
        assertArrayEquals(new long[] {0, 7}, LargestRemainder.apportion(7, new double[] {0, 3}));
        assertArrayEquals(new long[] {0, 0}, LargestRemainder.apportion(0, new double[] {1, 1}));
    }

    @Test
    void tiesGoToTheLowerIndex() {
        assertArrayEquals(new long[] {4, 3, 3}, LargestRemainder.apportion(10, new double[] {1, 1, 1}));
        assertArrayEquals(new long[] {1, 1, 0}, LargestRemainder.apportion(2, new double[] {1, 1, 1}));
        assertArrayEquals(new long[] {1L << 62, (1L << 62) - 1},
                LargestRemainder.apportion(Long.MAX_VALUE, new double[] {1, 1}));
    }

    @Test
    void largestRemaindersGetTheLeftoverUnits() {
        // quotas 3.3, 3.7, 2.2, 0.8: floors 3, 3, 2, 0 leave 2 units for 0.8 and 0.7
        assertArrayEquals(new long[] {3, 4, 2, 1}, LargestRemainder.apportion(10, new double[] {33, 37, 22, 8}));
    }

    @Test
    void partsSumExactlyAndStayWithinOneUnitOfTheirQuotas() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(12);
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(5) == 0 ? 0 : random.nextDouble() * Math.pow(10, random.nextInt(-6, 7));
            }
            weights[random.nextInt(n)] = 1 + random.nextDouble();
            long total = switch (trial % 3) {
                case 0 -> random.nextLong(1_000);
                case 1 -> random.nextLong(1_000_000_000_000_000L);
                default -> Long.MAX_VALUE - random.nextLong(1_000);
            };
            long[] parts = LargestRemainder.apportion(total, weights);
            String context = "trial " + trial + ", total " + total + ", weights " + Arrays.toString(weights);
            assertEquals(total, Arrays.stream(parts).reduce(0L, Math::addExact), context);
            BigDecimal sum = Arrays.stream(weights).mapToObj(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < n; i++) {
                BigDecimal quota = BigDecimal.valueOf(total).multiply(new BigDecimal(weights[i]))
                        .divide(sum, MathContext.DECIMAL128);
                assertTrue(quota.subtract(BigDecimal.valueOf(parts[i])).abs().compareTo(BigDecimal.ONE) < 0, context);
                assertTrue(parts[i] >= 0 && (weights[i] != 0 || parts[i] == 0), context);
            }
            assertArrayEquals(parts, LargestRemainder.apportion(total, weights.clone()), context);
            double[] doubled = Arrays.stream(weights).map(w -> 2 * w).toArray();
            assertArrayEquals(parts, LargestRemainder.apportion(total, doubled), "only ratios matter; " + context);
        }
    }

    /** The double-precision pass against the exact definition: equal whenever it answers, and it answers mostly. */
    @Test
    void theFastPassAgreesWithExactArithmeticOrStepsAside() {
        SplittableRandom random = new SplittableRandom(2026);
        int answered = 0;
        int cases = 3000;
        for (int c = 0; c < cases; c++) {
            int n = 1 + random.nextInt(c % 10 == 0 ? 2000 : 30);
            double[] weights = new double[n];
            int kind = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                weights[i] = switch (kind) {
                    case 0 -> random.nextDouble() * 1000;
                    case 1 -> random.nextInt(4);
                    case 2 -> Math.pow(10, random.nextDouble(-12, 12));
                    case 3 -> random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(5);
                    default -> 0.1 * (1 + random.nextInt(100));
                };
            }
            weights[random.nextInt(n)] += 1;
            long total = switch (random.nextInt(4)) {
                case 0 -> random.nextLong(0, 1000);
                case 1 -> random.nextLong(0, 1L << 40);
                case 2 -> random.nextLong(0, Long.MAX_VALUE);
                default -> n * (long) random.nextInt(1, 1000);
            };
            long[] exact = LargestRemainder.apportionExact(total, weights);
            long[] fast = LargestRemainder.apportionFast(total, weights);
            if (fast != null) {
                answered++;
                assertArrayEquals(exact, fast, "total " + total + ", weights " + Arrays.toString(weights));
            }
            assertArrayEquals(exact, LargestRemainder.apportion(total, weights));
        }
        assertTrue(answered > cases / 3, "the fast pass answered " + answered + " of " + cases);
    }

    @Test
    void rejectsBadInputWithTheValue() {
        assertMessage("-1", () -> LargestRemainder.apportion(-1, new double[] {1}));
        assertMessage("weights[1]", () -> LargestRemainder.apportion(5, new double[] {1, Double.NaN}));
        assertMessage("-0.5", () -> LargestRemainder.apportion(5, new double[] {1, -0.5}));
        assertMessage("Infinity", () -> LargestRemainder.apportion(5, new double[] {Double.POSITIVE_INFINITY}));
        assertMessage("all be zero", () -> LargestRemainder.apportion(5, new double[] {0, 0}));
        assertMessage("empty", () -> LargestRemainder.apportion(5, new double[0]));
        assertMessage("null", () -> LargestRemainder.apportion(5, null));
    }

    private static void assertMessage(String fragment, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
