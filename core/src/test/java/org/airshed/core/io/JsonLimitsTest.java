package org.airshed.core.io;

import static org.airshed.core.io.ProblemAssertions.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document past the parser's limits (nesting 1000 deep, a number of 1000 characters, a string
 * of 20,000,000) is told at its line and column, with its JSON path, in our words (revH, item 11:
 * all three were reported at "$", in Jackson's words).
 */
class JsonLimitsTest {
    private static List<Problem> validate(String json) {
        return ScenarioReader.validate("x.json", json, null);
    }

    @Test
    void nestingTooDeepIsToldWhereItGoesTooDeep() {
        String json = "{\"name\": \"x\",\n \"deep\": " + "[".repeat(1001) + "]".repeat(1001) + "}";
        Problem p = assertOnlyProblem(validate(json), "line 2, column 1010",
                "…" + "[".repeat(31) + "]".repeat(29) + "…", "at $.deep[0][0]");
        assertTrue(p.message().endsWith(": arrays and objects nested 1001 deep, beyond the 1000 allowed"
                + " (docs/FORMAT.md, \"Limits\")"), p::toString);
    }

    @Test
    void aNumberTooLongIsToldAtItsField() {
        String json = "{\"name\": \"x\",\n \"regions\": [{\"id\": \"A\",\n  \"background\": 1" + "0".repeat(1000)
                + "}]}";
        assertOnlyProblem(validate(json), "line 3, column 1018", "…" + "0".repeat(57) + "}]}",
                "at $.regions[0].background: a number 1001 characters long, beyond the 1000 allowed");
    }

    @Test
    void aStringTooLongIsToldAtItsStart() {
        String json = "{\"name\": \"x\",\n  \"description\": \"" + "d".repeat(20_000_001) + "\"}";
        assertOnlyProblem(validate(json), "line 2, column 18", "\"description\": \"" + "d".repeat(42) + "…",
                "at $.description: a string longer than the 20000000 characters allowed");
    }
}
