package org.airshed.core.model;

/**
 * A source's convex abatement-cost curve C(a), a ∈ [0, maxAbatement()], in money for mass.
 * Exactly one kind per source; for discrete {@link OptionCurve technology options} it is their
 * lower convex hull.
 */
public sealed interface AbatementCurve permits StepCurve, QuadraticCurve, OptionCurve {
    /** Largest abatement the curve allows (mass). */
    double maxAbatement();

    /** Cost of abating {@code a} (mass), money; a is clamped to [0, maxAbatement()]. */
    double cost(double a);
}
