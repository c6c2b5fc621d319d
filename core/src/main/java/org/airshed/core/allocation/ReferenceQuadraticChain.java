package org.airshed.core.allocation;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A quadratic source's cost {@code linear·a + slope·a²/2} on [0, max] as the piecewise-linear
 * chain through chosen breakpoints: the segment [t, t'] becomes a column of amount t' − t at the
 * chord's unit cost {@code linear + slope·(t + t')/2}. The chain lies on or above the curve and
 * touches it at every breakpoint, so refining it only lowers the LP optimum towards the true one.
 * Package-private: the reference solver's plumbing.
 */
final class ReferenceQuadraticChain {
    /** Breakpoints closer than this fraction of max are merged: no zero-width columns. */
    private static final double MIN_GAP = 1e-13;

    private final int source;
    private final double linear;
    private final double slope;
    private final double max;
    private final NavigableSet<Double> breakpoints = new TreeSet<>();

    /** Starts with four equal segments: a coarse chain the refinement then sharpens. */
    ReferenceQuadraticChain(int source, double linear, double slope, double max) {
        this.source = source;
        this.linear = linear;
        this.slope = slope;
        this.max = max;
        breakpoints.add(0.0);
        breakpoints.add(max);
        for (int q = 1; q < 4; q++) {
            add(max * q / 4);
        }
    }

    int source() {
        return source;
    }

    /** Adds a breakpoint at abatement {@code a} (mass), clamped to [0, max]; returns whether it is new. */
    boolean add(double a) {
        double t = Math.min(Math.max(a, 0), max);
        double gap = MIN_GAP * max;
        Double below = breakpoints.floor(t);
        Double above = breakpoints.ceiling(t);
        if ((below != null && t - below <= gap) || (above != null && above - t <= gap)) {
            return false;
        }
        return breakpoints.add(t);
    }

    /** Appends one column per segment, cheapest first (chords of a convex curve rise). */
    void appendColumns(List<ReferenceLp.Column> columns) {
        Double previous = null;
        for (double t : breakpoints) {
            if (previous != null) {
                columns.add(new ReferenceLp.Column(source, t - previous, linear + slope * (previous + t) / 2));
            }
            previous = t;
        }
    }

    /** Number of columns {@link #appendColumns} adds. */
    int segmentCount() {
        return breakpoints.size() - 1;
    }

    /** The abatement minimising C(a) − g·a at price g (money per mass): where marginal cost meets g. */
    double response(double g) {
        return Math.min(Math.max((g - linear) / slope, 0), max);
    }

    /**
     * Distance (money per mass) from price g to the subdifferential of the true curve at a: zero
     * exactly when a minimises C(a) − g·a. An a within rounding of 0 or max counts as that end,
     * where the subdifferential opens to a half-line.
     */
    double stationarityResidual(double a, double g) {
        double marginal = linear + slope * Math.min(Math.max(a, 0), max);
        double end = MIN_GAP * max;
        double lowest = a <= end ? Double.NEGATIVE_INFINITY : marginal;
        double highest = a >= max - end ? Double.POSITIVE_INFINITY : marginal;
        return Math.max(0, Math.max(lowest - g, g - highest));
    }
}
