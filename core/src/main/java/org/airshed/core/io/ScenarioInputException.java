package org.airshed.core.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario (or its sources file) is not valid. Carries every problem found, not only the
 * first; the message lists them one per line, ready to print without a stack trace.
 */
public final class ScenarioInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScenarioInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order (scenario first, then its sources file, then cross-checks). */
    public List<Problem> problems() {
        return problems;
    }
}
