package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link PairSort#sort} (values and tags carried through the passes) against a library stable sort and a gather. */
class PairSortTest {

    @Test
    void carriesValuesAndTagsInTheSameStableOrderAsTheIndexSort() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 500; instance++) {
            int n = random.nextInt(instance < 400 ? 40 : 5_000);
            double[] keys = new double[n];
            double[] values = new double[n];
            int[] tags = new int[n];
            int grid = 1 + random.nextInt(50);
            for (int i = 0; i < n; i++) {
                // Ties, negatives, a wide spread of magnitudes, and keys equal in all but their low bits.
                keys[i] = switch (instance % 4) {
                    case 0 -> random.nextInt(grid) - grid / 2;
                    case 1 -> (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-5, 12));
                    case 2 -> 1 + random.nextInt(grid) * Math.ulp(1.0);
                    default -> random.nextInt(grid) * 0.25 + 1e6;
                } + 0.0;
                values[i] = random.nextDouble();
                tags[i] = i;
            }
            int[] order = stableOrder(keys);
            PairSort.Sorted sorted = PairSort.sort(keys, values, tags);
            double[] expectedKeys = new double[n];
            double[] expectedValues = new double[n];
            for (int k = 0; k < n; k++) {
                expectedKeys[k] = keys[order[k]];
                expectedValues[k] = values[order[k]];
            }
            assertArrayEquals(order, sorted.tags(), "instance " + instance);
            assertArrayEquals(expectedKeys, sorted.keys(), "instance " + instance);
            assertArrayEquals(expectedValues, sorted.values(), "instance " + instance);
        }
    }

    /** The reference: positions in ascending order of key, ties in input order (a sequential stream's sort is stable). */
    private static int[] stableOrder(double[] keys) {
        return IntStream.range(0, keys.length).boxed()
                .sorted(Comparator.comparingDouble(i -> keys[i])).mapToInt(Integer::intValue).toArray();
    }
}
