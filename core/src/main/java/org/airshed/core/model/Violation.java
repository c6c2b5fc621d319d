package org.airshed.core.model;

/**
 * One thing wrong with a value: the field (relative to the record that rejected it, e.g.
 * {@code steps[2].unitCost}), the offending value as text, and why it is wrong.
 */
public record Violation(String field, String value, String reason) {
    public Violation {
        if (field == null || reason == null) {
            throw new IllegalArgumentException("field and reason are required");
        }
        value = String.valueOf(value);
    }

    /** The same violation with its field placed under {@code parent} (a field or index path). */
    public Violation under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        String joined = field.isEmpty() ? parent : field.startsWith("[") ? parent + field : parent + "." + field;
        return new Violation(joined, value, reason);
    }

    @Override
    public String toString() {
        return field + " = " + value + ": " + reason;
    }
}
