package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The radix sort against {@link Arrays#sort}: same keys in order, values moved along, ties kept in order. */
class RadixSortTest {
    @Test
    void sortsLikeArraysSortAndKeepsEqualKeysInOrder() {
        SplittableRandom random = new SplittableRandom(3);
        RadixSort.Scratch scratch = new RadixSort.Scratch(20_000);
        for (int round = 0; round < 20; round++) {
            int n = random.nextInt(20_000);
            double[] key = new double[n + 10];
            double[] value = new double[n + 10];
            for (int j = 0; j < key.length; j++) {
                key[j] = switch (random.nextInt(5)) {
                    case 0 -> random.nextInt(7) - 3; // ties, negatives and zeros
                    case 1 -> -0.0;
                    case 2 -> -Math.exp(10 * random.nextGaussian());
                    default -> Math.exp(10 * random.nextGaussian());
                };
                value[j] = j; // original position, to check stability
            }
            double[] expected = Arrays.copyOfRange(key, 5, 5 + n);
            Arrays.sort(expected);
            double[] before = key.clone();
            RadixSort.byKey(key, value, 5, 5 + n, scratch);
            double[] sorted = Arrays.copyOfRange(key, 5, 5 + n);
            assertArrayEquals(expected, sorted, "round " + round);
            for (int j = 5; j < 5 + n; j++) {
                assertEquals(Double.doubleToRawLongBits(before[(int) value[j]]), Double.doubleToRawLongBits(key[j]));
                if (j > 5 && key[j] == key[j - 1]
                        && Double.doubleToRawLongBits(key[j]) == Double.doubleToRawLongBits(key[j - 1])) {
                    assertEquals(true, value[j] > value[j - 1], "equal keys keep their order");
                }
            }
            assertArrayEquals(Arrays.copyOf(before, 5), Arrays.copyOf(key, 5), "outside the range untouched");
        }
    }
}
