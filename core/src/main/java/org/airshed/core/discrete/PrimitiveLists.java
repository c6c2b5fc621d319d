package org.airshed.core.discrete;

import java.util.Arrays;

/** Growable primitive lists: the builder must not box a million options. */
final class PrimitiveLists {
    private PrimitiveLists() {
    }

    static final class Doubles {
        private double[] data = new double[16];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    static final class Ints {
        private int[] data = new int[16];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
