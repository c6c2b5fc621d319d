package org.airshed.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a record's constructor when its values are invalid. Carries every violation found,
 * so a reader can report them all at once with the path to the record prepended.
 */
public final class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidModelException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
