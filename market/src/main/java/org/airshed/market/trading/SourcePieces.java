package org.airshed.market.trading;

import org.airshed.core.allocation.AllocationProblem;

/**
 * Puts a source's abatement cost curve into a {@link SupplyCurve}, optionally with the units below
 * a split point made cheaper by a wedge (a buyer's transaction cost avoided by abating instead of
 * buying) and every price scaled (a discount factor). The curve stays convex because the marginal
 * cost only drops below the split.
 */
final class SourcePieces {
    private SourcePieces() {
    }

    /**
     * @param split the abatement (mass) below which units cost {@code wedge} less; clamped to [0, max]
     * @param wedge money per mass subtracted below the split (≥ 0)
     * @param scale factor on every price (&gt; 0)
     */
    static void add(SupplyCurve.Builder curve, int owner, AllocationProblem p, int i, double split, double wedge,
                    double scale) {
        double max = p.maxAbatement(i);
        double s = Math.min(Math.max(split, 0), max);
        if (p.isQuadratic(i)) {
            double linear = p.quadLinear(i);
            double slope = p.quadSlope(i);
            curve.ramp(owner, (linear - wedge) * scale, slope * scale, s);
            curve.ramp(owner, (linear + slope * s) * scale, slope * scale, max - s);
            return;
        }
        double position = 0;
        for (int b = 0; b < p.blockCount(i); b++) {
            double amount = p.blockAmount(i, b);
            double cost = p.blockCost(i, b);
            double below = Math.min(Math.max(s - position, 0), amount);
            curve.block(owner, (cost - wedge) * scale, below);
            curve.block(owner, cost * scale, amount - below);
            position += amount;
        }
    }

    /** The plain curve of source i. */
    static void add(SupplyCurve.Builder curve, int owner, AllocationProblem p, int i) {
        add(curve, owner, p, i, 0, 0, 1);
    }
}
