package org.airshed.market.orderbook;

import java.util.Arrays;

/**
 * The price levels of one side, sorted so that the best level is last: inserting or removing
 * near the top of the book, where the activity is, shifts only a few entries. Keys are the
 * price for bids and −price for asks, so "larger key = better" on both sides.
 */
final class PriceLadder {
    private final boolean bids;
    private long[] keys = new long[64];
    private PriceLevel[] levels = new PriceLevel[64];
    private int size;

    PriceLadder(Side side) {
        this.bids = side == Side.BUY;
    }

    int size() {
        return size;
    }

    PriceLevel best() {
        return size == 0 ? null : levels[size - 1];
    }

    /** Level at position {@code i}, 0 = worst. */
    PriceLevel at(int i) {
        return levels[i];
    }

    PriceLevel find(long price) {
        int i = Arrays.binarySearch(keys, 0, size, key(price));
        return i >= 0 ? levels[i] : null;
    }

    /** Inserts {@code level} (no level at its price may exist yet). */
    void insert(PriceLevel level) {
        int at = -Arrays.binarySearch(keys, 0, size, key(level.price)) - 1;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            levels = Arrays.copyOf(levels, size * 2);
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(levels, at, levels, at + 1, size - at);
        keys[at] = key(level.price);
        levels[at] = level;
        size++;
    }

    void remove(PriceLevel level) {
        int at = Arrays.binarySearch(keys, 0, size, key(level.price));
        System.arraycopy(keys, at + 1, keys, at, size - at - 1);
        System.arraycopy(levels, at + 1, levels, at, size - at - 1);
        levels[--size] = null;
    }

    private long key(long price) {
        return bids ? price : -price;
    }
}
