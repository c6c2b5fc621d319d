package org.airshed.scenarios.report;

/**
 * Keeps a bounded subset of a monotone curve's points, evenly spread along it: a point is kept
 * when it lies at least 1/n of the way (abatement and price each measured against their whole
 * range, summed) from the last point kept; the first and last points always are. A monotone
 * curve is at most 2 long in those units, so at most 2n + 2 points are kept, and every point
 * kept is one of the curve's own.
 */
final class CurveThinning {
    private final double step;
    private final double priceRange;
    private final double abatementRange;
    private double lastPrice = Double.NaN;
    private double lastAbatement = Double.NaN;

    /** @param n the spread: at most 2n + 2 points are kept */
    CurveThinning(int n, double minPrice, double maxPrice, double maxAbatement) {
        if (n < 1) {
            throw new IllegalArgumentException("thinning needs n ≥ 1: " + n);
        }
        this.step = 1.0 / n;
        this.priceRange = maxPrice > minPrice ? maxPrice - minPrice : 1;
        this.abatementRange = maxAbatement > 0 ? maxAbatement : 1;
    }

    /** Whether to keep this point; call for every point in order, with {@code last} true for the final one. */
    boolean keep(double price, double abatement, boolean last) {
        boolean keep = Double.isNaN(lastPrice) || last
                || Math.abs(price - lastPrice) / priceRange + Math.abs(abatement - lastAbatement) / abatementRange
                >= step;
        if (keep) {
            lastPrice = price;
            lastAbatement = abatement;
        }
        return keep;
    }
}
