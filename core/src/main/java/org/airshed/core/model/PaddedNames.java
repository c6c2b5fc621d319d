package org.airshed.core.model;

/**
 * The rule for ids and names a file gives (regions, sources, sectors, departments, options,
 * pollutants; a game's players and a sweep's parameters too): they are taken exactly as written,
 * in JSON and CSV alike, so one with white space or a control character at either end is refused —
 * in a message or a result table {@code " SH"} would look like {@code SH}, which is another name.
 * White space is Unicode's, no-break spaces included; inner spaces are fine ({@code "North East"}).
 */
public final class PaddedNames {
    /** Longer values are shown by their ends, which is where the white space is. */
    private static final int SHOWN = 80;

    private PaddedNames() {
    }

    /** Whether {@code name} starts or ends with white space or a control character (null and "" do not). */
    public static boolean isPadded(CharSequence name) {
        return name != null && name.length() > 0 && (isEdgeSpace(Character.codePointAt(name, 0))
                || isEdgeSpace(Character.codePointBefore(name, name.length())));
    }

    /** Whether {@code name} is empty or all white space and control characters: an optional name left blank. */
    public static boolean isBlank(CharSequence name) {
        for (int i = 0; i < name.length(); ) {
            int c = Character.codePointAt(name, i);
            if (!isEdgeSpace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * {@link #isPadded(CharSequence)} on the UTF-8 bytes {@code utf8[from, to)}, decoding only a non-ASCII end (a
     * reader's hot path calls it on every cell); false for an empty range.
     */
    public static boolean isPadded(byte[] utf8, int from, int to) {
        if (from >= to) {
            return false;
        }
        byte first = utf8[from];
        byte last = utf8[to - 1];
        if (first > ' ' && first < 0x7F && last > ' ' && last < 0x7F) {
            return false;
        }
        return isEdgeSpace(codePointAt(utf8, from, to)) || isEdgeSpace(codePointBefore(utf8, from, to));
    }

    /**
     * White space (Unicode's, no-break spaces included), a control character or an invisible format character
     * (zero-width space, byte-order mark, word joiner: review s10): what no name may start or end with.
     */
    public static boolean isEdgeSpace(int codePoint) {
        if (codePoint > ' ' && codePoint < 0x7F) {
            return false; // printable ASCII: nearly every character of every id
        }
        return codePoint <= ' ' || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || isInvisible(codePoint);
    }

    /**
     * Unicode's format characters and the rest of its default-ignorable code points (DerivedCoreProperties:
     * Hangul fillers, variation selectors, the combining grapheme joiner, Mongolian and Khmer invisibles,
     * tags), and the blank Braille pattern: characters that draw nothing, so "s1" and "s1" + U+3164 look
     * alike in every table (review2 s10).
     */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160
                || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F) || c == 0x2800 || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8)
                || (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
    }

    /** Why a padded {@code name} is refused, naming the end and what the name would look like in a table. */
    public static String reason(String name) {
        int first = name.codePointAt(0);
        int last = name.codePointBefore(name.length());
        String where = isEdgeSpace(first) ? isEdgeSpace(last) ? "starts and ends" : "starts" : "ends";
        String what = kind(isEdgeSpace(first) ? first : last);
        return where + " with " + what + ": ids and names are taken exactly as written, in JSON and CSV alike, and in a"
                + " table this one would look like " + inQuotes(stripped(name)) + ", another name; write it without";
    }

    /** A padded name in quotes with its white space spelled out as JSON escapes (U+3000 as backslash-u3000); any other as it is. */
    public static String shown(String name) {
        return isPadded(name) ? inQuotes(name) : name;
    }

    /** {@link #quoted}, a long text by its two ends. */
    private static String inQuotes(String text) {
        if (text.length() > SHOWN) {
            int half = SHOWN / 2 - 1;
            return quoted(text.substring(0, half)).replaceFirst("\"$", "…")
                    + quoted(text.substring(text.length() - half)).substring(1);
        }
        return quoted(text);
    }

    /** The code point whose UTF-8 starts at {@code i} (U+FFFD where the bytes are not UTF-8). */
    private static int codePointAt(byte[] b, int i, int to) {
        int lead = b[i] & 0xff;
        int length = lead < 0x80 ? 1 : lead >= 0xC0 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3
                : lead >= 0xF0 && lead < 0xF8 ? 4 : 0;
        if (length == 0 || i + length > to) {
            return 0xFFFD;
        }
        int c = length == 1 ? lead : lead & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            c = c << 6 | b[i + k] & 0x3F;
        }
        return c;
    }

    /** The code point whose UTF-8 ends just before {@code end}. */
    private static int codePointBefore(byte[] b, int from, int end) {
        int i = end - 1;
        while (i > from && (b[i] & 0xC0) == 0x80 && end - i < 4) {
            i--;
        }
        return codePointAt(b, i, end);
    }

    private static String kind(int codePoint) {
        if (isInvisible(codePoint) && !Character.isWhitespace(codePoint) && !Character.isISOControl(codePoint)) {
            return "an invisible character"; // zero-width space, byte-order mark, word joiner: "A" and "A" + U+200B look alike
        }
        return Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint) ? "a control character"
                : "white space";
    }

    private static String stripped(String name) {
        int from = 0;
        int to = name.length();
        while (from < to && isEdgeSpace(name.codePointAt(from))) {
            from += Character.charCount(name.codePointAt(from));
        }
        while (to > from && isEdgeSpace(name.codePointBefore(to))) {
            to -= Character.charCount(name.codePointBefore(to));
        }
        return name.substring(from, to);
    }

    /** JSON's quoting, with every white-space and control character but the plain space written as an escape. */
    private static String quoted(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c != ' ' && isEdgeSpace(c)) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
