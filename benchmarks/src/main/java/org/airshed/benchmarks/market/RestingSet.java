package org.airshed.benchmarks.market;

/**
 * The ids of the orders resting in a book while a stream is drawn, with their remaining quantity:
 * a dense array for a uniform random pick, and each id's position in it for O(1) removal.
 */
final class RestingSet {
    private final int[] ids;
    private final int[] position;
    private final long[] remaining;
    private int size;

    RestingSet(int capacity) {
        ids = new int[capacity];
        position = new int[capacity];
        remaining = new long[capacity];
    }

    int size() {
        return size;
    }

    /** Records order {@code id} resting with {@code quantity} ticks (nothing if 0). */
    void add(int id, long quantity) {
        if (quantity > 0) {
            remaining[id] = quantity;
            position[id] = size;
            ids[size++] = id;
        }
    }

    /** The resting order {@code id} traded {@code quantity} ticks; it leaves when nothing remains. */
    void fill(int id, long quantity) {
        remaining[id] -= quantity;
        if (remaining[id] == 0) {
            removeAt(position[id]);
        }
    }

    /** Removes and returns the id at position {@code at}. */
    int removeAt(int at) {
        int id = ids[at];
        int last = ids[--size];
        ids[at] = last;
        position[last] = at;
        remaining[id] = 0;
        return id;
    }
}
