package org.airshed.scenarios.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * One script a report page inlines, kept as the UTF-8 bytes it has in the jar (never decoded: Vega
 * is a megabyte) without its source-map comment (the map is not shipped), and the SHA-256 the
 * page's policy allows it by. Refused when the page could not run it as written: bytes that are
 * not UTF-8, text that would end its script element early, or a CR or NUL, which a browser changes
 * before it hashes the script (to LF and U+FFFD), so that the policy would block it. Bytes the
 * build's record of digests names ({@link KnownDigests}) passed those checks when it was written,
 * and are taken as they are: a run then neither scans nor hashes the megabyte of Vega.
 */
final class PageScript {
    private final String resource;
    private final byte[] bytes;
    private final String digest;

    private PageScript(String resource, byte[] bytes, String digest) {
        this.resource = resource;
        this.bytes = bytes;
        this.digest = digest;
    }

    /** The script read from {@code resource} as {@code raw}; throws IllegalStateException naming the resource. */
    static PageScript of(String resource, byte[] raw) {
        return of(resource, raw, KnownDigests.NONE);
    }

    /** As {@link #of(String, byte[])}, taking the digest from {@code known} when it records these bytes. */
    static PageScript of(String resource, byte[] raw, KnownDigests known) {
        byte[] cut = SourceMapComment.cut(raw);
        String recorded = known.of(resource, cut);
        if (recorded != null) {
            // The bytes the record was written from, which passed every check below then (ScriptDigestsTest).
            return new PageScript(resource, cut, recorded);
        }
        int malformed = firstMalformed(raw);
        if (malformed >= 0) {
            throw new IllegalStateException(resource + ": byte " + malformed + " (0x"
                    + Integer.toHexString(raw[malformed] & 0xFF) + ") is not UTF-8");
        }
        int unsafe = firstUnsafe(cut);
        if (unsafe >= 0 && cut[unsafe] == '\r') {
            throw new IllegalStateException(resource + ": byte " + unsafe + " is a carriage return, which a browser"
                    + " reads as a line feed: the page's policy would block the script");
        }
        if (unsafe >= 0 && cut[unsafe] == 0) {
            throw new IllegalStateException(resource + ": byte " + unsafe + " is NUL, which a browser reads as"
                    + " U+FFFD: the page's policy would block the script");
        }
        if (unsafe >= 0) {
            throw new IllegalStateException(resource + " holds text that would end its script element early,"
                    + " at byte " + unsafe);
        }
        return new PageScript(resource, cut, sha256(cut));
    }

    String resource() {
        return resource;
    }

    /** The base64 SHA-256 of the script's bytes, as a Content-Security-Policy names it. */
    String digest() {
        return digest;
    }

    int length() {
        return bytes.length;
    }

    /** The line {@link KnownDigests} keeps for this script. */
    String digestLine() {
        return KnownDigests.line(resource, bytes, digest);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    /**
     * The index of the first byte that does not start well-formed UTF-8, as Java's strict decoder finds
     * it (well-formed bytes are exactly those it turns back into the same bytes, so the digest of the
     * bytes is that of the text); -1 when there is none. Only scripts the build's record does not name
     * get here, so decoding them once costs nothing a run pays.
     */
    static int firstMalformed(byte[] raw) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(raw.length), true);
        return result.isError() ? in.position() : -1;
    }

    /**
     * The first CR or NUL, or start of "</script" (any ASCII case, as an HTML parser reads it) or
     * "<!--"; -1 when there is none.
     */
    static int firstUnsafe(byte[] text) {
        for (int i = 0; i < text.length; i++) {
            byte b = text[i];
            if (b == '\r' || b == 0 || b == '<' && (startsWithIgnoringAsciiCase(text, i, "</script")
                    || startsWith(text, i, "<!--"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithIgnoringAsciiCase(byte[] text, int at, String prefix) {
        if (at + prefix.length() > text.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            int b = text[at + k];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] text, int at, String prefix) {
        if (at + prefix.length() > text.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
