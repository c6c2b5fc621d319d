package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParallelSortTest {
    @Test
    void sortsKeysAndCarriesValuesAgainstTheJdkSort() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(300);
            double[] key = new double[n];
            double[] value = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = random.nextInt(20) - 10; // many ties
                value[i] = key[i] * 1000 + random.nextInt(1000) / 1000.0 * 0.5;
            }
            double[] expected = key.clone();
            Arrays.sort(expected);
            ParallelSort.byKey(key, value, 0, n);
            assertArrayEquals(expected, key, 0);
            for (int i = 0; i < n; i++) {
                assertEquals(key[i], Math.floor(value[i] / 1000.0 + 0.5 / 1000), 1e-9, "value moved with its key");
            }
        }
    }
}
