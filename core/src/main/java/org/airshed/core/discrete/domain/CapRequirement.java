package org.airshed.core.discrete.domain;

/** Problem fact: the cap row needs at least {@code units} (fixed-point abatement, ≥ 0). */
public record CapRequirement(long units) {
    public CapRequirement {
        if (units < 0) {
            throw new IllegalArgumentException("invalid cap units: " + units);
        }
    }
}
