package org.airshed.core.util;

import java.util.Arrays;

/** Growable primitive lists for problem builders, which must not box a million numbers. */
public final class PrimitiveLists {
    private PrimitiveLists() {
    }

    /** A growable {@code double[]}. */
    public static final class Doubles {
        private double[] data;
        private int size;

        public Doubles() {
            this(16);
        }

        /** Room for {@code capacity} values before it grows (a known bound spares the copies). */
        public Doubles(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("a capacity cannot be negative: " + capacity);
            }
            data = new double[Math.max(1, capacity)];
        }

        public void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        public int size() {
            return size;
        }

        public double get(int i) {
            return data[i];
        }

        public double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** A growable {@code int[]}. */
    public static final class Ints {
        private int[] data = new int[16];
        private int size;

        public void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        public int size() {
            return size;
        }

        public int get(int i) {
            return data[i];
        }

        public int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
