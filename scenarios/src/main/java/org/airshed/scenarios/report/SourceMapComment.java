package org.airshed.scenarios.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A script's trailing source-map comment ({@code //# sourceMappingURL=...}) cut from its UTF-8
 * bytes, with exactly the result of {@code text.replaceAll("\n//# sourceMappingURL=[^\n]*\n?$", "\n")}
 * on the decoded text: the comment must start a line, the line ends the text or is followed by a
 * newline and at most one more line terminator ({@code $}: CRLF, LF, CR, NEL, LS or PS), which stays.
 */
final class SourceMapComment {
    private static final byte[] MARK = "\n//# sourceMappingURL=".getBytes(StandardCharsets.US_ASCII);
    /** What Java's {@code $} lets follow a match: the text's last line terminator, in UTF-8. */
    private static final byte[][] LAST_TERMINATORS = {{}, {'\r', '\n'}, {'\n'}, {'\r'}, {(byte) 0xC2, (byte) 0x85},
        {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA9}};

    private SourceMapComment() {
    }

    /** {@code text} without the comment (the same array when it has none). */
    static byte[] cut(byte[] text) {
        // A match ends within the last 3 bytes or runs to the end, so it starts at one of the last 3 newlines.
        int[] newlines = new int[3];
        int found = 0;
        for (int i = text.length - 1; i >= 0 && found < 3; i--) {
            if (text[i] == '\n') {
                newlines[found++] = i;
            }
        }
        for (int k = found - 1; k >= 0; k--) { // leftmost first, as replaceAll
            int start = newlines[k];
            int end = matchEnd(text, start);
            if (end >= 0) {
                byte[] kept = Arrays.copyOf(text, start + 1 + text.length - end);
                System.arraycopy(text, end, kept, start + 1, text.length - end);
                return kept;
            }
        }
        return text;
    }

    /** Where a match starting at the newline {@code start} ends, or -1 when none starts there. */
    private static int matchEnd(byte[] text, int start) {
        if (!Arrays.equals(text, start, Math.min(start + MARK.length, text.length), MARK, 0, MARK.length)) {
            return -1;
        }
        int lineEnd = start + MARK.length;
        while (lineEnd < text.length && text[lineEnd] != '\n') {
            lineEnd++;
        }
        if (lineEnd == text.length) {
            return lineEnd;
        }
        for (byte[] terminator : LAST_TERMINATORS) {
            if (Arrays.equals(text, lineEnd + 1, text.length, terminator, 0, terminator.length)) {
                return lineEnd + 1;
            }
        }
        return -1;
    }
}
