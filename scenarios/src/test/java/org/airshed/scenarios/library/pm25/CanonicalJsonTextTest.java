package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"/scenarios/yrd-so2.json", "/scenarios/textbook.json", "/scenarios/yrd-so2-market.json"})
    void reprintingAVersionOneFileGivesItsBytes(String resource) {
        // The same layout as core's ScenarioWriter: the version 2 files look like the others.
        assertEquals(Bundled.text(resource), CanonicalJsonText.print(Bundled.tree(resource)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {12000.0, -3.0, 0.5, 1.257e-5, 1e15, 2.0e-6, 39.947})
    void numbersPrintAsCoreDoes(double value) {
        String expected = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        assertEquals(expected, CanonicalJsonText.number(value));
    }
}
