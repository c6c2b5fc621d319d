package org.airshed.market.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable UTF-8 line buffer for the journal: entries are written into it, hashed and copied out
 * without a String or a JSON tree per entry, which is what lets a million-source journal be chained
 * and written in seconds.
 */
final class JournalBytes {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private byte[] buffer = new byte[512];
    private int length;

    void reset() {
        length = 0;
    }

    int length() {
        return length;
    }

    byte[] array() {
        return buffer;
    }

    /** Drops the last {@code count} bytes. */
    void drop(int count) {
        length -= count;
    }

    /** Text known to be ASCII without anything to escape (keys, punctuation, enum names). */
    JournalBytes ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    JournalBytes ascii(char c) {
        room(1);
        buffer[length++] = (byte) c;
        return this;
    }

    JournalBytes number(long value) {
        return ascii(Long.toString(value));
    }

    /** Raw bytes as given (a hash's hex digits). */
    JournalBytes bytes(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    /** A JSON string: quotes, backslash and control characters escaped, the rest UTF-8 as is. */
    JournalBytes string(String s) {
        room(s.length() * 6 + 2);
        buffer[length++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                buffer[length++] = (byte) c;
            } else if (c < 0x80) {
                escape(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int code = Character.toCodePoint(c, s.charAt(++i));
                buffer[length++] = (byte) (0xf0 | (code >> 18));
                buffer[length++] = (byte) (0x80 | ((code >> 12) & 0x3f));
                buffer[length++] = (byte) (0x80 | ((code >> 6) & 0x3f));
                buffer[length++] = (byte) (0x80 | (code & 0x3f));
            } else if (c < 0x800) {
                buffer[length++] = (byte) (0xc0 | (c >> 6));
                buffer[length++] = (byte) (0x80 | (c & 0x3f));
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, buffer, length, encoded.length);
                length += encoded.length;
            }
        }
        buffer[length++] = '"';
        return this;
    }

    /** The 32 bytes of a hash as 64 lowercase hex digits into {@code hex}. */
    static void hex(byte[] hash, byte[] hex) {
        for (int i = 0; i < hash.length; i++) {
            hex[2 * i] = HEX[(hash[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[hash[i] & 0xf];
        }
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buffer, 0, length);
    }

    @Override
    public String toString() {
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private void escape(char c) {
        buffer[length++] = '\\';
        switch (c) {
            case '"' -> buffer[length++] = '"';
            case '\\' -> buffer[length++] = '\\';
            case '\n' -> buffer[length++] = 'n';
            case '\r' -> buffer[length++] = 'r';
            case '\t' -> buffer[length++] = 't';
            case '\b' -> buffer[length++] = 'b';
            case '\f' -> buffer[length++] = 'f';
            default -> {
                buffer[length++] = 'u';
                buffer[length++] = '0';
                buffer[length++] = '0';
                buffer[length++] = HEX[c >> 4];
                buffer[length++] = HEX[c & 0xf];
            }
        }
    }

    private void room(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + more));
        }
    }
}
