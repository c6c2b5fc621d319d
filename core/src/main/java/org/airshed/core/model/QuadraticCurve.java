package org.airshed.core.model;

/**
 * Quadratic curve: C(a) = linear·a + slope·a²/2 on [0, max]; marginal cost linear + slope·a.
 *
 * @param linear marginal cost of the first unit (money per mass; may be negative)
 * @param slope  growth of the marginal cost per unit abated (money per mass², > 0)
 * @param max    largest abatement (mass, ≥ 0)
 */
public record QuadraticCurve(double linear, double slope, double max) implements AbatementCurve {
    public QuadraticCurve {
        new Checks().finite("linear", linear).finitePositive("slope", slope)
                .finiteNonNegative("max", max).throwIfAny();
    }

    @Override
    public double maxAbatement() {
        return max;
    }

    @Override
    public double cost(double a) {
        double x = Math.min(Math.max(0, a), max);
        return linear * x + 0.5 * slope * x * x;
    }
}
