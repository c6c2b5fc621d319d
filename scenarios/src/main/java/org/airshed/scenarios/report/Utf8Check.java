package org.airshed.scenarios.report;

/**
 * Whether bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
 * nothing above U+10FFFF), found without decoding them: exactly the bytes that Java's UTF-8 decoder
 * turns back into the same bytes.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /** The index of the first byte that does not start a well-formed sequence, or -1 when there is none. */
    static int firstMalformed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int length;
            int low = 0x80; // the second byte's bounds, narrower after E0, ED, F0 and F4
            int high = 0xBF;
            int lead = b & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + length > to) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
