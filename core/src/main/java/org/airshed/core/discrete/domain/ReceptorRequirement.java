package org.airshed.core.discrete.domain;

/** Problem fact: receptor {@code index} needs at least {@code units} (fixed-point reduction, ≥ 0). */
public record ReceptorRequirement(int index, long units) {
    public ReceptorRequirement {
        if (index < 0) {
            throw new IllegalArgumentException("invalid receptor index: " + index);
        }
        if (units < 0) {
            throw new IllegalArgumentException("invalid receptor units: " + units);
        }
    }
}
