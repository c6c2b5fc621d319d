package org.airshed.market.study;

import org.airshed.core.allocation.BoundaryRule;
import org.airshed.core.allocation.multi.MultiPollutantProblem;

/**
 * A version-2 cap price as the market prints and pays it: the solver's dual carries its rounding
 * (80.99999999999999 for a marginal block written 81.0), so a price within the allocation's rounding
 * allowance ({@link BoundaryRule#TOLERANCE}, relative) of a unit cost written for that pollutant (a
 * step of a curve) is that cost, as version 1's market prices at a block's cost. A price set by
 * options (a cost shared by the pollutants an option cuts) is no written number and stays as solved.
 */
final class WrittenCapPrice {
    private WrittenCapPrice() {
    }

    /**
     * @param program the cap-only program the price was solved in
     * @param p       the pollutant
     * @param solved  λ_p as solved (money per mass, ≥ 0)
     */
    static double of(MultiPollutantProblem program, int p, double solved) {
        if (!(solved > 0)) {
            return solved;
        }
        double nearest = solved;
        double distance = BoundaryRule.TOLERANCE * solved;
        for (int i = 0; i < program.sourceCount(); i++) {
            if (program.isOptionSource(i)) {
                continue;
            }
            for (int b = 0; b < program.blockCount(i, p); b++) {
                double cost = program.blockCost(i, p, b);
                if (Math.abs(cost - solved) <= distance) {
                    nearest = cost;
                    distance = Math.abs(cost - solved);
                }
            }
        }
        return nearest;
    }
}
