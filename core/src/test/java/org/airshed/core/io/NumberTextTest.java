package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
