package org.airshed.market.ledger;

import java.util.function.LongFunction;

/**
 * The ids of the transactions journaled, each with its entry's journal position, in 12 bytes a
 * slot (an open-addressing table of positions and 32-bit hash tags) rather than a map of strings to
 * transactions: a million-source market journals three million transactions. An equal tag is
 * confirmed by reading the entry back ({@code at}), so a repeated id is always found and two ids
 * are never confused, whatever their hashes.
 */
final class TransactionIds {
    private static final int FIRST_CAPACITY = 16;

    /** Position + 1 of the entry in each slot; 0 for an empty slot. */
    private long[] positions = new long[FIRST_CAPACITY];
    private int[] tags = new int[FIRST_CAPACITY];
    private int size;

    /** The journal position of the transaction journaled under {@code id}, or -1; {@code at} reads an entry back. */
    long find(String id, LongFunction<JournalEntry> at) {
        int tag = tag(id);
        int mask = positions.length - 1;
        for (int slot = tag & mask; positions[slot] != 0; slot = (slot + 1) & mask) {
            if (tags[slot] == tag && ((Transaction) at.apply(positions[slot] - 1)).id().equals(id)) {
                return positions[slot] - 1;
            }
        }
        return -1;
    }

    /** Files {@code id}, which {@link #find} did not find, at journal {@code position}. */
    void add(String id, long position) {
        if (position < 0 || position == Long.MAX_VALUE) {
            throw new IllegalStateException("transaction " + id + ": a journal position is ≥ 0; got " + position);
        }
        if (4L * (size + 1) > 3L * positions.length) {
            grow();
        }
        insert(tag(id), position + 1);
        size++;
    }

    int size() {
        return size;
    }

    private void insert(int tag, long stored) {
        int mask = positions.length - 1;
        int slot = tag & mask;
        while (positions[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        positions[slot] = stored;
        tags[slot] = tag;
    }

    /** Doubles the table, at most three quarters full: the tags alone place every entry again. */
    private void grow() {
        long[] oldPositions = positions;
        int[] oldTags = tags;
        positions = new long[2 * oldPositions.length];
        tags = new int[2 * oldTags.length];
        for (int slot = 0; slot < oldPositions.length; slot++) {
            if (oldPositions[slot] != 0) {
                insert(oldTags[slot], oldPositions[slot]);
            }
        }
    }

    /** 32 well-mixed bits of the id (FNV-1a over its chars, then a 64-bit finaliser), its slot and its tag. */
    private static int tag(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (h >>> 32);
    }
}
