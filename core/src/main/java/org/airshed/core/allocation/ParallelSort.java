package org.airshed.core.allocation;

/**
 * Sorts a range of two parallel primitive arrays by the first: three-way quicksort with
 * median-of-three pivots, insertion sort for short runs. Avoids boxing a million indices.
 */
final class ParallelSort {
    private static final int INSERTION_LIMIT = 24;

    private ParallelSort() {
    }

    /** Sorts {@code key[from, to)} ascending, moving {@code value} along. */
    static void byKey(double[] key, double[] value, int from, int to) {
        while (to - from > INSERTION_LIMIT) {
            double pivot = medianOfThree(key[from], key[(from + to) >>> 1], key[to - 1]);
            int lt = from;
            int gt = to - 1;
            int i = from;
            while (i <= gt) {
                if (key[i] < pivot) {
                    swap(key, value, lt++, i++);
                } else if (key[i] > pivot) {
                    swap(key, value, i, gt--);
                } else {
                    i++;
                }
            }
            // Recurse into the smaller side to bound the stack depth.
            if (lt - from < to - gt - 1) {
                byKey(key, value, from, lt);
                from = gt + 1;
            } else {
                byKey(key, value, gt + 1, to);
                to = lt;
            }
        }
        for (int i = from + 1; i < to; i++) {
            double k = key[i];
            double v = value[i];
            int j = i - 1;
            while (j >= from && key[j] > k) {
                key[j + 1] = key[j];
                value[j + 1] = value[j];
                j--;
            }
            key[j + 1] = k;
            value[j + 1] = v;
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] key, double[] value, int i, int j) {
        double k = key[i];
        key[i] = key[j];
        key[j] = k;
        double v = value[i];
        value[i] = value[j];
        value[j] = v;
    }
}
