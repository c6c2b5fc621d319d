package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Assertions on reported problems that print every problem when one is not as expected. */
final class ProblemAssertions {
    private ProblemAssertions() {
    }

    /** The one problem at {@code location}, with this value and a message containing {@code messagePart}. */
    static Problem assertProblem(List<Problem> problems, String location, String value, String messagePart) {
        List<Problem> here = problems.stream().filter(p -> p.location().equals(location)).toList();
        if (here.size() != 1) {
            fail("expected one problem at " + location + " but got:\n" + lines(problems));
        }
        Problem p = here.get(0);
        assertEquals(value, p.value(), () -> "value of " + p);
        assertTrue(p.message().contains(messagePart), () -> "message of " + p + " should contain: " + messagePart);
        return p;
    }

    /** Exactly one problem in all, as {@link #assertProblem} describes. */
    static Problem assertOnlyProblem(List<Problem> problems, String location, String value, String messagePart) {
        if (problems.size() != 1) {
            fail("expected exactly one problem but got:\n" + lines(problems));
        }
        return assertProblem(problems, location, value, messagePart);
    }

    static String lines(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append("  ").append(p).append('\n'));
        return out.toString();
    }
}
