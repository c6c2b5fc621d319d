package org.airshed.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of one record's constructor, so that every bad field is reported,
 * not only the first. Use: {@code new Checks().finiteNonNegative("baseline", b).throwIfAny()}.
 */
public final class Checks {
    private final List<Violation> violations = new ArrayList<>();

    public Checks require(boolean ok, String field, Object value, String reason) {
        if (!ok) {
            // A name with white space at an end is shown quoted, so that the white space shows (an unknown " SH").
            violations.add(new Violation(field, value instanceof String name ? PaddedNames.shown(name)
                    : String.valueOf(value), reason));
        }
        return this;
    }

    public Checks notBlank(String field, String value) {
        return require(value != null && !value.isBlank(), field, value, "must be a non-empty string");
    }

    /** An id or name, taken as written: no white space or control character at either end ({@link PaddedNames}). */
    public Checks name(String field, String value) {
        if (PaddedNames.isPadded(value) && !value.isBlank()) {
            require(false, field, value, PaddedNames.reason(value));
        }
        return this;
    }

    public Checks finite(String field, double value) {
        return require(Double.isFinite(value), field, value, "must be a finite number");
    }

    public Checks finiteNonNegative(String field, double value) {
        return require(Double.isFinite(value) && value >= 0, field, value, "must be a finite number >= 0");
    }

    public Checks finitePositive(String field, double value) {
        return require(Double.isFinite(value) && value > 0, field, value, "must be a finite number > 0");
    }

    /** Adds violations found by a nested record, placing them under {@code parent}. */
    public Checks addAll(String parent, List<Violation> nested) {
        for (Violation v : nested) {
            violations.add(v.under(parent));
        }
        return this;
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidModelException(violations);
        }
    }
}
