package org.airshed.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link Jdk17DoubleText} against its reference, JDK 17's own {@link Double#toString(double)}:
 * every power of two and of ten with their neighbours, the integers where the digit paths meet,
 * the plain/E-form boundaries, subnormals, sums such as a run makes, and millions of seeded values
 * of every kind (hundreds of millions with -Pslow). Those comparisons need JDK 17 and are skipped
 * elsewhere; the pinned texts (recorded on JDK 17: quirks such as 2e23 printing as
 * 1.9999999999999998E23 included) are checked on every JDK.
 */
class Jdk17DoubleTextTest {
    private static final String PINNED = "jdk17-double-text.txt";

    private final Jdk17DoubleText printer = new Jdk17DoubleText();
    private final byte[] buffer = new byte[Jdk17DoubleText.MAX_LENGTH + 8];
    private long compared;

    @Test
    void pinnedTextsOfJdk17OnEveryJdk() throws IOException {
        int lines = 0;
        try (InputStream in = getClass().getResourceAsStream(PINNED);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                double value = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space), 16));
                assertEquals(line.substring(space + 1), printed(value), line);
                lines++;
            }
        }
        assertTrue(lines > 4_000, "pinned texts: " + lines);
    }

    @Test
    void quirksOfJdk17() {
        assertEquals("1.9999999999999998E23", Jdk17DoubleText.text(2e23));
        assertEquals("9.999999999999999E22", Jdk17DoubleText.text(1e23));
        assertEquals("5.6843418860808015E-14", Jdk17DoubleText.text(Math.scalb(1.0, -44)));
        assertEquals("8.409999999999999E21", Jdk17DoubleText.text(8.41e21));
        assertEquals("2882208.1004500003", Jdk17DoubleText.text(2882208.1004500003));
        assertEquals("-0.0", Jdk17DoubleText.text(-0.0));
        assertEquals("4.9E-324", Jdk17DoubleText.text(Double.MIN_VALUE));
        assertEquals("-Infinity", Jdk17DoubleText.text(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", Jdk17DoubleText.text(Double.NaN));
    }

    @Test
    void specialValuesPowersAndBoundaries() {
        onJdk17();
        specialValuesPowersAndBoundaries(this::check);
        assertTrue(compared > 20_000, "compared " + compared);
    }

    @Test
    void seededValuesOfEveryKind() {
        onJdk17();
        seeded(new SplittableRandom(20261206L), 150_000, this::check);
    }

    /**
     * The digit loop's quotient by reciprocal against Java's own division, on every JDK: divisors of
     * every size (1, powers of two and ten, and seeded ones up to 2^62), dividends at and around every
     * multiple that matters (0, s − 1, s, 9s + s − 1, 10s − 1, and 2^63 − 1 where it fits) and seeded ones.
     */
    @Test
    void quotientByReciprocalIsJavasDivision() {
        SplittableRandom random = new SplittableRandom(20261206L);
        int checked = 0;
        for (int i = 0; i < 400_000; i++) {
            long s = switch (i % 4) {
                case 0 -> 1L << random.nextInt(63);
                case 1 -> i % 64 == 1 ? 1 : Jdk17DoubleTextTest.pow10(random.nextInt(19));
                case 2 -> 1 + random.nextLong(Long.MAX_VALUE / 10);
                default -> (1 + random.nextLong(1L << random.nextInt(1, 62))) * (1 + random.nextInt(1000));
            };
            if (s <= 0) {
                continue;
            }
            long inverse = Long.divideUnsigned(-1L, s);
            long top = s <= Long.MAX_VALUE / 10 ? 10 * s - 1 : Long.MAX_VALUE;
            long[] dividends = {0, s - 1, s, Math.min(top, 9 * s), Math.min(top, 9 * s + s / 2), top,
                    Long.MAX_VALUE / s * s, Long.MAX_VALUE, random.nextLong(Long.MAX_VALUE),
                    top == Long.MAX_VALUE ? random.nextLong(top) : random.nextLong(top + 1)};
            for (long b : dividends) {
                if (b >= 0 && b <= top) {
                    assertEquals(b / s, Jdk17DoubleText.quotient(b, s, inverse), b + " / " + s);
                    checked++;
                }
            }
        }
        assertTrue(checked > 2_500_000, "checked " + checked);
    }

    private static long pow10(int k) {
        long p = 1;
        for (int j = 0; j < k; j++) {
            p *= 10;
        }
        return p;
    }

    @Tag("slow")
    @Test
    void hundredsOfMillionsOfSeededValues() {
        onJdk17();
        seeded(new SplittableRandom(17L), 20_000_000, this::check);
    }

    @Tag("slow")
    @Test
    void everyShortDecimalUpToSixDigitsAndItsNeighbours() {
        onJdk17();
        for (int k = 0; k <= 9; k++) {
            double scale = Math.pow(10, k);
            for (int m = 1; m < 1_000_000; m++) {
                double v = m / scale;
                check(v);
                check(Math.nextUp(v));
                check(Math.nextDown(v));
            }
        }
    }

    /**
     * Writes the pinned texts (run on JDK 17, output to core/src/test/resources/org/airshed/core/util/jdk17-double-text.txt):
     * every power of ten with a neighbour each side, and 500 rounds of the seeded kinds.
     */
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder("# Double.toString on JDK " + Runtime.version()
                + ": bits in hex, then the text; written by Jdk17DoubleTextTest.main\n");
        DoubleConsumer pin = v -> out.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(' ')
                .append(Double.toString(v)).append('\n');
        for (double v : new double[] {2e23, 1e23, 8.41e21, Math.scalb(1.0, -44), -0.0, 0, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE}) {
            pin.accept(v);
        }
        for (int e = -323; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            pin.accept(p);
            pin.accept(Math.nextUp(p));
            pin.accept(Math.nextDown(p));
        }
        seeded(new SplittableRandom(5L), 500, pin);
        System.out.print(out);
    }

    /** Named values, every power of two and ten with neighbours, path and layout boundaries. */
    static void specialValuesPowersAndBoundaries(DoubleConsumer check) {
        for (double v : new double[] {0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 2e23, 1e23,
                8.41e21, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0 / 7, 4.35, 2882208.1004500003}) {
            withNeighbours(v, 3, check);
        }
        for (int e = Double.MIN_EXPONENT - 52; e <= Double.MAX_EXPONENT; e++) {
            withNeighbours(Math.scalb(1.0, e), 4, check);
            withNeighbours(Math.scalb(1.5, e), 1, check);
            withNeighbours(Math.scalb(1.9999999999999998, e), 1, check);
        }
        for (int e = -323; e <= 308; e++) {
            withNeighbours(Double.parseDouble("1e" + e), 4, check);
            withNeighbours(Double.parseDouble("5e" + e), 1, check);
            withNeighbours(Double.parseDouble("9.999999999999999e" + e), 1, check);
        }
        for (int bits = 50; bits <= 64; bits++) {
            double p = Math.scalb(1.0, bits);
            for (long d = -40; d <= 40; d++) {
                check.accept(p + d * Math.ulp(p));
            }
        }
        for (long p = 1, k = 0; k <= 18; k++, p *= 10) {
            for (long d = -20; d <= 20; d++) {
                check.accept((double) (p + d));
                check.accept(-(double) (p + d));
            }
        }
    }

    /**
     * Seeded values: random bit patterns, log-uniform magnitudes, decimals and their sums and products,
     * subnormals, scaled integers, small values (10^-45 to 10^-2) and exact binary fractions.
     */
    static void seeded(SplittableRandom random, int count, DoubleConsumer check) {
        for (int i = 0; i < count; i++) {
            check.accept(Double.longBitsToDouble(random.nextLong()));
            double logUniform = Math.pow(10, random.nextDouble(-5, 16));
            check.accept(logUniform);
            check.accept(-Math.nextUp(logUniform));
            double decimal = random.nextLong(1, 1L << random.nextInt(1, 54)) / Math.pow(10, random.nextInt(19));
            double other = random.nextLong(1, 10_000_000) / Math.pow(10, random.nextInt(7));
            check.accept(decimal + other);
            check.accept(decimal * other);
            check.accept(decimal / other);
            check.accept(Double.longBitsToDouble(random.nextLong(1, 1L << 52)));
            check.accept(Math.scalb((double) random.nextLong(1, 1L << 53), random.nextInt(-1100, 1000)));
            check.accept(Math.pow(10, random.nextDouble(-45, -2))); // the two-long loop's values
            check.accept(Math.scalb((double) (2 * random.nextInt(1, 1 << 20) + 1), -random.nextInt(21, 150)));
        }
    }

    private static void withNeighbours(double v, int ulps, DoubleConsumer check) {
        double up = v;
        double down = v;
        check.accept(v);
        check.accept(-v);
        for (int i = 0; i < ulps; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            check.accept(up);
            check.accept(down);
        }
    }

    private static void onJdk17() {
        assumeTrue(Runtime.version().feature() == 17, "the reference is JDK 17's Double.toString");
    }

    private void check(double value) {
        compared++;
        String expected = Double.toString(value);
        String actual = printed(value);
        if (!expected.equals(actual)) {
            fail("bits " + Long.toHexString(Double.doubleToRawLongBits(value)) + ": JDK 17 prints " + expected
                    + ", Jdk17DoubleText " + actual);
        }
    }

    private String printed(double value) {
        buffer[0] = 'x';
        int end = printer.write(value, buffer, 1);
        assertTrue(end - 1 <= Jdk17DoubleText.MAX_LENGTH, "longer than MAX_LENGTH");
        return new String(buffer, 1, end - 1, StandardCharsets.US_ASCII);
    }
}
