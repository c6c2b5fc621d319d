package org.airshed.core.discrete.exact;

import java.util.Arrays;

/** A growing list of (source, lo, hi) narrowings, as a node records them. */
final class IntTriples {
    private int[] values = new int[12];
    private int size;

    void add(int source, int lo, int hi) {
        if (size + 3 > values.length) {
            values = Arrays.copyOf(values, 2 * values.length);
        }
        values[size++] = source;
        values[size++] = lo;
        values[size++] = hi;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
