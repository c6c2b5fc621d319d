package org.airshed.scenarios.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The SHA-256 of each page script as recorded at build time ({@value #RESOURCE}, kept current by
 * ScriptDigestsTest), so that a run need not hash a megabyte of Vega: a script whose length and
 * CRC-32 are the recorded ones takes the recorded digest; any other is hashed. A stale record
 * costs time; only an edit that keeps both the length and the CRC-32 (one in 2^32 by accident)
 * would keep a digest the page's policy then refuses, and ScriptDigestsTest, hashing every script
 * afresh, fails on it.
 */
final class KnownDigests {
    static final String RESOURCE = "/report/script-digests.txt";

    /** One script's line: its page bytes' length and CRC-32, and their SHA-256 (base64). */
    record Entry(int length, long crc32, String sha256) {
        Entry {
            if (length < 0 || crc32 < 0 || crc32 > 0xFFFF_FFFFL || sha256 == null || sha256.length() != 44) {
                throw new IllegalArgumentException("not a script digest: length " + length + ", crc32 " + crc32
                        + ", sha256 " + sha256);
            }
        }
    }

    private final Map<String, Entry> entries;

    private KnownDigests(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static final KnownDigests NONE = new KnownDigests(Map.of());

    /** The jar's record; none when it is missing (every script is then hashed). */
    static KnownDigests bundled() {
        byte[] bytes = PageResources.optionalBytes(RESOURCE);
        return bytes == null ? NONE : parse(RESOURCE, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Lines "SHA256 CRC32 LENGTH RESOURCE" (base64, hex, decimal); '#' starts a comment line. */
    static KnownDigests parse(String source, String text) {
        Map<String, Entry> entries = new HashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" +");
            try {
                if (f.length != 4) {
                    throw new IllegalArgumentException("4 fields expected, " + f.length + " found");
                }
                entries.put(f[3], new Entry(Integer.parseInt(f[2]), Long.parseLong(f[1], 16), f[0]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ": line " + (i + 1) + " \"" + line + "\": " + e.getMessage(),
                        e);
            }
        }
        return new KnownDigests(entries);
    }

    /** The line recording {@code bytes} as {@code resource}'s page bytes. */
    static String line(String resource, byte[] bytes, String sha256) {
        return sha256 + " " + String.format("%08x", crc32(bytes)) + " " + bytes.length + " " + resource;
    }

    /** The recorded SHA-256 of {@code bytes} when they are {@code resource}'s recorded bytes, else null. */
    String of(String resource, byte[] bytes) {
        Entry entry = entries.get(resource);
        return entry != null && entry.length() == bytes.length && entry.crc32() == crc32(bytes) ? entry.sha256() : null;
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }
}
