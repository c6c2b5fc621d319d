package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ApportionTest {
    @Test
    void largestRemainderSumsExactlyAndFavoursLargestFractions() {
        long[] parts = Apportion.largestRemainder(10, new double[] {1, 1, 1});
        assertArrayEquals(new long[] {4, 3, 3}, parts);
    }

    @Test
    void largestRemainderKeepsTotalsOnRandomWeights() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] weights = random.doubles(1 + random.nextInt(30), 0.01, 100).toArray();
            long total = random.nextLong(1_000_000);
            assertEquals(total, Arrays.stream(Apportion.largestRemainder(total, weights)).sum());
        }
    }

    @Test
    void roundingsAreExactOnTheDecimalValue() {
        assertEquals(0.00862, Apportion.significant(StrictMath.log(1.09) / 10, 3));
        assertEquals(1.235e-5, Apportion.significant(1.23456e-5, 4));
        assertEquals(2.5, Apportion.decimals(2.5004, 3));
        // 0.1245 is held as 0.12449999..., so it rounds down although half-even would round up
        assertEquals(0.124, Apportion.decimals(0.1245, 3));
    }
}
