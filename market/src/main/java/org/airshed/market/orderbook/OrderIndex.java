package org.airshed.market.orderbook;

/**
 * Order id → resting order, open addressing with linear probing and backward-shift deletion:
 * no boxed keys, no tombstones, no allocation except when it grows.
 */
final class OrderIndex {
    private long[] keys;
    private OrderNode[] values;
    private int mask;
    private int size;

    OrderIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new OrderNode[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    OrderNode get(long key) {
        for (int i = slot(key); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    /** Adds {@code key} (which must be absent). */
    void put(long key, OrderNode value) {
        if (2 * (size + 1) > values.length) {
            grow();
        }
        int i = slot(key);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    OrderNode remove(long key) {
        int i = slot(key);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        OrderNode removed = values[i];
        if (removed == null) {
            return null;
        }
        // Shift back later entries of the probe run that may not stay behind the hole.
        int hole = i;
        for (int j = (hole + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            boolean reachable = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!reachable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
        size--;
        return removed;
    }

    private void grow() {
        long[] oldKeys = keys;
        OrderNode[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new OrderNode[oldValues.length * 2];
        mask = values.length - 1;
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
