package org.airshed.core.model;

/**
 * A source's convex abatement-cost curve C(a), a ∈ [0, maxAbatement()], in money for mass.
 * Exactly one kind per source.
 */
public sealed interface AbatementCurve permits StepCurve, QuadraticCurve {
    /** Largest abatement the curve allows (mass). */
    double maxAbatement();

    /** Cost of abating {@code a} (mass), money; a is clamped to [0, maxAbatement()]. */
    double cost(double a);
}
