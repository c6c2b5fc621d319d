package org.airshed.scenarios.report;

/**
 * Orders doubles ascending: an LSD radix sort on the keys'
 * order-preserving bits, 16 bits a pass, stable, O(n) — a million sources' five million blocks
 * in a fraction of a second, where sorting and then searching each block's price took seconds.
 * Keys must not be NaN; −0 must have been made 0.
 */
final class PairSort {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private PairSort() {
    }

    /**
     * The positions of {@code keys} in ascending order of key, equal keys in their order in
     * {@code keys}: {@code keys[order[0]] <= keys[order[1]] <= ...}. {@code keys} is not changed.
     */
    static int[] order(double[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n < 2) {
            return order;
        }
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            long b = Double.doubleToRawLongBits(keys[i]);
            // Flip all bits of a negative number, only the sign of a positive one: unsigned order = numeric order.
            bits[i] = b ^ ((b >> 63) | Long.MIN_VALUE);
        }
        long[] bitsOut = new long[n];
        int[] orderOut = new int[n];
        int[] count = new int[BUCKETS];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (long b : bits) {
                count[(int) (b >>> shift) & (BUCKETS - 1)]++;
            }
            int sum = 0;
            for (int k = 0; k < BUCKETS; k++) {
                int c = count[k];
                count[k] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int k = count[(int) (bits[i] >>> shift) & (BUCKETS - 1)]++;
                bitsOut[k] = bits[i];
                orderOut[k] = order[i];
            }
            long[] swapBits = bits;
            bits = bitsOut;
            bitsOut = swapBits;
            int[] swapOrder = order;
            order = orderOut;
            orderOut = swapOrder;
        }
        return order;
    }
}
