package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResultNumbersTest {
    @Test
    void integralValuesHaveNoFraction() {
        assertEquals("900", ResultNumbers.text(900.0));
        assertEquals("-200", ResultNumbers.text(-200.0));
        assertEquals("0", ResultNumbers.text(-0.0));
    }

    @Test
    void otherValuesReadBackExactly() {
        double[] values = {16.875, 0.1 + 0.2, 1.5e15, 3.2e-7, -1.0 / 3};
        for (double v : values) {
            assertEquals(v, Double.parseDouble(ResultNumbers.text(v)));
        }
    }

    @Test
    void undefinedHasNoText() {
        assertNull(ResultNumbers.text(Double.NaN));
        assertNull(ResultNumbers.text(Double.POSITIVE_INFINITY));
    }
}
