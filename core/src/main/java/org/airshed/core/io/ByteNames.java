package org.airshed.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.airshed.core.util.ByteHash;

/**
 * The few distinct names (regions, sectors) of a byte-level read, each held once: a repeated
 * name costs a lookup and no allocation. Codes count from 0 in order of first appearance.
 */
final class ByteNames {
    private byte[][] names = new byte[16][];
    private int count;
    /** Open addressing over codes + 1 (0 is empty). */
    private int[] slots = new int[64];

    /** The code of the name {@code bytes[from, to)}, added if new. */
    int code(byte[] bytes, int from, int to) {
        int mask = slots.length - 1;
        int s = ByteHash.of(bytes, from, to) & mask;
        while (slots[s] != 0) {
            byte[] name = names[slots[s] - 1];
            if (Arrays.equals(name, 0, name.length, bytes, from, to)) {
                return slots[s] - 1;
            }
            s = (s + 1) & mask;
        }
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
        }
        names[count] = Arrays.copyOfRange(bytes, from, to);
        slots[s] = ++count;
        if (count * 2 > slots.length) {
            rehash();
        }
        return count - 1;
    }

    int size() {
        return count;
    }

    /** Name {@code code} as text (the bytes were checked to be UTF-8). */
    String name(int code) {
        return new String(names[code], StandardCharsets.UTF_8);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int c = 0; c < count; c++) {
            int s = ByteHash.of(names[c], 0, names[c].length) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = c + 1;
        }
    }

}
