package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableNumbersTest {
    @Test
    void sixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("130", ReadableNumbers.of(130.0));
        assertEquals("0.3", ReadableNumbers.of(0.1 + 0.2));
        assertEquals("16.875", ReadableNumbers.of(16.875));
        assertEquals("-200", ReadableNumbers.of(-200));
        assertEquals("0", ReadableNumbers.of(0));
        assertEquals("415940", ReadableNumbers.of(415940.2));
    }

    @Test
    void largeAndTinyValuesInScientificNotation() {
        assertEquals("3.81363e9", ReadableNumbers.of(3813628901.0));
        assertEquals("1e9", ReadableNumbers.of(999999999.9));
        assertEquals("-2.5e-7", ReadableNumbers.of(-2.5e-7));
    }
}
