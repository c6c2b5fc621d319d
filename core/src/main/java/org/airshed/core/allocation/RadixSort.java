package org.airshed.core.allocation;

/**
 * Sorts a range of two parallel primitive arrays by the first, ascending: least-significant-digit
 * radix sort on the order-preserving bit pattern of the keys, 11 bits a pass, skipping passes in
 * which every key has the same digit. Stable, so equal keys keep their order; no comparisons to
 * mispredict, which makes it several times faster than a quicksort on millions of keys.
 * The caller supplies the scratch space, so that one thread sorting many ranges allocates once.
 */
final class RadixSort {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    /** Shorter ranges go to {@link ParallelSort}, which is not stable. */
    static final int SMALL = 256;

    /** Room for sorting ranges of up to {@code capacity} keys. */
    static final class Scratch {
        final long[] key;
        final long[] otherKey;
        final double[] value;
        final double[] otherValue;
        final int[] count = new int[BUCKETS];

        Scratch(int capacity) {
            key = new long[capacity];
            otherKey = new long[capacity];
            value = new double[capacity];
            otherValue = new double[capacity];
        }

        int capacity() {
            return key.length;
        }
    }

    private RadixSort() {
    }

    /** Sorts {@code key[from, to)} ascending (−0 before +0), moving {@code value} along. */
    static void byKey(double[] key, double[] value, int from, int to, Scratch scratch) {
        int n = to - from;
        if (n < SMALL) {
            ParallelSort.byKey(key, value, from, to);
            return;
        }
        if (n > scratch.capacity()) {
            throw new IllegalArgumentException("range of " + n + " keys exceeds the scratch capacity "
                    + scratch.capacity());
        }
        long[] k = scratch.key;
        long[] otherK = scratch.otherKey;
        double[] v = scratch.value;
        double[] otherV = scratch.otherValue;
        for (int j = 0; j < n; j++) {
            long bits = Double.doubleToRawLongBits(key[from + j]);
            // Negative: flip all bits; positive: flip the sign bit. Unsigned order is then numeric order.
            k[j] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            v[j] = value[from + j];
        }
        int[] count = scratch.count;
        for (int shift = 0; shift < 64; shift += DIGIT_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int j = 0; j < n; j++) {
                count[(int) (k[j] >>> shift) & (BUCKETS - 1)]++;
            }
            if (count[(int) (k[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue;
            }
            int running = 0;
            for (int d = 0; d < BUCKETS; d++) {
                int c = count[d];
                count[d] = running;
                running += c;
            }
            for (int j = 0; j < n; j++) {
                int at = count[(int) (k[j] >>> shift) & (BUCKETS - 1)]++;
                otherK[at] = k[j];
                otherV[at] = v[j];
            }
            long[] swapK = k;
            k = otherK;
            otherK = swapK;
            double[] swapV = v;
            v = otherV;
            otherV = swapV;
        }
        for (int j = 0; j < n; j++) {
            long sortable = k[j];
            key[from + j] = Double.longBitsToDouble(sortable ^ (~(sortable >> 63) | Long.MIN_VALUE));
            value[from + j] = v[j];
        }
    }
}
