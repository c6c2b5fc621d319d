package org.airshed.core.util;

/** The hash of a byte range for open-addressing tables of ids and names read from files. */
public final class ByteHash {
    private ByteHash() {
    }

    public static int of(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        // Spread the bits: ids such as S0000001 differ in their last bytes only.
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
