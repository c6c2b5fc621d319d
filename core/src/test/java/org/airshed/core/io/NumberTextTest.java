package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void decimalNotationIsANumber() {
        for (String text : List.of("0", "-12", "+3", "1.", ".5", "1.25", "6.02e23", "1E-4", "2e+3", "007")) {
            assertTrue(NumberText.isNumber(text), text);
        }
    }

    @Test
    void whatDoubleParseDoubleAlsoTakesIsNot() {
        for (String text : List.of("", "-", ".", "e3", "1e", "1e+", "NaN", "Infinity", "-Infinity", "0x1p3", "1d",
                "2f", "1,5", "1 000", "١٢")) {
            assertFalse(NumberText.isNumber(text), text);
        }
    }

    @Test
    void parsesToTheNearestDouble() {
        assertEquals(0.1, NumberText.parse("0.1"));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("1e999"));
    }

    /**
     * The parse against {@link Double#parseDouble} (the reference), bit for bit, on seeded random
     * decimals: short and long significands (across 2^53 and 18 digits), leading and trailing zeros,
     * exponents across ±22, signs and negative zero; the fast path and the fallback must agree.
     */
    @Test
    void parsesWhatDoubleParseDoubleParses() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int k = 0; k < 300_000; k++) {
            String text = randomDecimal(random);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(NumberText.parse(text)), text);
            assertSameFromBytes(text);
        }
        for (String text : List.of("0", "-0", "-0.0", "+0", ".0", "0.", "9007199254740992", "9007199254740993",
                "-9007199254740993", "9007199254740991.5", "1e22", "1e23", "123456789012345678", "1234567890123456789",
                "0.000000000000000000000001", "4.9e-324", "1.7976931348623157e308", "1e-22", "3e-23", "0e999",
                "00000000000000000000000012.5", "12.500000000000000000000000", "1132.86", "153.702", "5207.17")) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(NumberText.parse(text)), text);
            assertSameFromBytes(text);
        }
    }

    /** The byte-range parse gives the String parse's double (or NaN) bit for bit, wherever the range sits. */
    @Test
    void bytesParseAsTheirText() {
        for (String text : List.of("", "-", ".", "e3", "1e", "NaN", "Infinity", "0x1p3", "1d", "1,5", "1e999", "-0",
                "1e-400", "١٢", "5é")) {
            assertSameFromBytes(text);
        }
    }

    private static void assertSameFromBytes(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[utf8.length + 4];
        framed[0] = '7';
        framed[1] = ',';
        System.arraycopy(utf8, 0, framed, 2, utf8.length);
        framed[utf8.length + 2] = ',';
        framed[utf8.length + 3] = '9';
        assertEquals(Double.doubleToRawLongBits(NumberText.valueOf(text)),
                Double.doubleToRawLongBits(NumberText.valueOf(framed, 2, 2 + utf8.length)), text);
    }

    private static String randomDecimal(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> text.append('-');
            case 1 -> text.append('+');
            default -> { }
        }
        text.append("0".repeat(random.nextInt(4) == 0 ? random.nextInt(4) : 0));
        int integer = random.nextInt(20);
        int fraction = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
        for (int d = 0; d < integer; d++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        if (fraction > 0 || integer == 0 || random.nextInt(8) == 0) {
            text.append('.');
        }
        for (int d = 0; d < fraction; d++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        if (integer == 0 && fraction == 0) {
            text.append('5');
        }
        if (random.nextInt(3) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E');
            int sign = random.nextInt(3);
            text.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
            text.append(random.nextInt(5) == 0 ? random.nextInt(400) : random.nextInt(30));
        }
        return text.toString();
    }
}
