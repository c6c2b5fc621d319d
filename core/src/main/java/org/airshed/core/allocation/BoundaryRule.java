package org.airshed.core.allocation;

/**
 * When a requirement sits on a block boundary. Users write caps and limits in decimal; their binary
 * sums (total baseline − cap, against a sum of blocks) land a few ulps either side of the boundary
 * they meant. A requirement within {@link #TOLERANCE} of the magnitudes summed (the reach of what
 * meets it plus |requirement|, mass) above a boundary is met at that boundary: the sliver beyond it
 * is not taken, and the price is the smallest valid one there, the boundary's lower block's cost (or
 * 0 when the boundary is no abatement). With receptor limits the same fraction, of the region's
 * maximum, decides whether the exact finish's region total is on a breakpoint of its curve: its
 * duals may then price the region at the breakpoint below ({@link ValidDuals}) and the split does
 * not take the sliver ({@link PriceSplit}). Public for the several-pollutant solver
 * ({@code allocation.multi}), which applies the same rule.
 */
public final class BoundaryRule {
    /** Fraction of the magnitudes summed within which a requirement is on a boundary. */
    public static final double TOLERANCE = 1e-10;

    private BoundaryRule() {
    }

    /**
     * What a search for the least price compares responses with: the requirement less its rounding
     * allowance, so that a response on the boundary meets it.
     *
     * @param requirement the total asked for (mass)
     * @param reach       the most the sources asked can give (mass, ≥ 0)
     */
    public static double target(double requirement, double reach) {
        return requirement - TOLERANCE * (Math.abs(reach) + Math.abs(requirement));
    }

    /** How far (mass) a region's total may lie from a breakpoint of its curve and count as on it. */
    public static double onBreakpoint(double regionMax, double amountUnit) {
        return TOLERANCE * Math.max(regionMax, amountUnit);
    }
}
