package org.airshed.market.trading;

import org.airshed.core.allocation.AllocationProblem;

/**
 * The subdifferential [left, right] of a source's cost curve at an abatement: the marginal cost of
 * the last unit abated and of the next one, −∞ at zero and +∞ at the maximum. Abatements within
 * {@code 1e-9 (1 + max)} of a block boundary count as on it.
 */
final class Subgradient {
    private Subgradient() {
    }

    static double left(AllocationProblem p, int i, double a) {
        double tol = tolerance(p, i);
        if (a <= tol) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p.isQuadratic(i)) {
            return p.quadLinear(i) + p.quadSlope(i) * Math.min(a, p.maxAbatement(i));
        }
        double position = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < p.blockCount(i); b++) {
            double amount = p.blockAmount(i, b);
            if (amount > 0 && a > position + tol) {
                last = p.blockCost(i, b);
            }
            position += amount;
        }
        return last;
    }

    static double right(AllocationProblem p, int i, double a) {
        double tol = tolerance(p, i);
        if (a >= p.maxAbatement(i) - tol) {
            return Double.POSITIVE_INFINITY;
        }
        if (p.isQuadratic(i)) {
            return p.quadLinear(i) + p.quadSlope(i) * Math.max(a, 0);
        }
        double position = 0;
        for (int b = 0; b < p.blockCount(i); b++) {
            double amount = p.blockAmount(i, b);
            if (amount > 0 && position + amount > a + tol) {
                return p.blockCost(i, b);
            }
            position += amount;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Whether price g (money per mass) supports abatement a of source i, within {@code slack}. */
    static boolean supports(AllocationProblem p, int i, double a, double g, double slack) {
        return left(p, i, a) <= g + slack && g <= right(p, i, a) + slack;
    }

    /** Whether source i has a block priced within {@code slack} of g: its abatement at g is not unique. */
    static boolean tied(AllocationProblem p, int i, double g, double slack) {
        for (int b = 0; b < p.blockCount(i); b++) {
            if (p.blockAmount(i, b) > 0 && Math.abs(p.blockCost(i, b) - g) <= slack) {
                return true;
            }
        }
        return false;
    }

    private static double tolerance(AllocationProblem p, int i) {
        return 1e-9 * (1 + p.maxAbatement(i));
    }
}
