package org.airshed.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The double nearest a rational, against a 400-digit decimal division rounded by the JDK. */
class NearestDoubleTest {
    @Test
    void nearestDoubleAgreesWithAWideDecimalDivision() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            long num = random.nextLong(1, Long.MAX_VALUE) >>> random.nextInt(0, 60);
            long den = random.nextLong(1, Long.MAX_VALUE) >>> random.nextInt(0, 60);
            if (num == 0 || den == 0) {
                continue;
            }
            double reference = new BigDecimal(num).divide(new BigDecimal(den), new MathContext(400)).doubleValue();
            assertEquals(reference, NearestDouble.of(new BigFraction(num, den)), 0, num + " / " + den);
            assertEquals(-reference, NearestDouble.of(new BigFraction(-num, den)), 0, "-" + num + " / " + den);
        }
        // Exactly halfway between two doubles: ties to even, both ways.
        BigFraction below = new BigFraction(java.math.BigInteger.ONE.shiftLeft(53).add(java.math.BigInteger.ONE),
                java.math.BigInteger.ONE);
        assertEquals(0x1p53, NearestDouble.of(below), 0);
        BigFraction above = new BigFraction(java.math.BigInteger.ONE.shiftLeft(53).add(java.math.BigInteger.valueOf(3)),
                java.math.BigInteger.ONE);
        assertEquals(0x1p53 + 4, NearestDouble.of(above), 0);
        assertEquals(0, NearestDouble.of(BigFraction.ZERO), 0);
    }
}
