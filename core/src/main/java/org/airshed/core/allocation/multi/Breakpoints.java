package org.airshed.core.allocation.multi;

import org.airshed.core.allocation.BoundaryRule;

/**
 * Where a curve's amount sits among its breakpoints (block boundaries, a quadratic's 0 and maximum)
 * and the prices valid there. {@link BoundaryRule} decides what counts as on a breakpoint: an amount
 * within 1e-10 of its region's maximum of that pollutant, as the one-pollutant solver reads a region
 * total; such an amount is moved onto the breakpoint ({@link #snap}), so that the sliver a decimal
 * requirement leaves (0.3000000000000001 against blocks summing to 0.30000000000000004) is not taken.
 * Prices in money per unit of mass; amounts in mass.
 */
final class Breakpoints {
    /** An option share this small is rounding: 0 (a share of 1e-10 moves a tenth of a billionth of the source). */
    static final double SHARE_TOLERANCE = 1e-10;

    private Breakpoints() {
    }

    /** How far (mass) an amount of pollutant p in region r may lie from a breakpoint and count as on it. */
    static double tolerance(double[][] regionMax, int r, int p) {
        return BoundaryRule.onBreakpoint(regionMax[r][p], 0);
    }

    /** Moves every curve amount within tolerance of a breakpoint onto it (option sources are left alone). */
    static void snap(MultiPollutantProblem q, double[][] regionMax, double[] abatement) {
        for (int i = 0; i < q.sources; i++) {
            if (q.optionSource[i]) {
                continue;
            }
            int r = q.sourceRegion[i];
            for (int p = 0; p < q.pollutants; p++) {
                int ip = i * q.pollutants + p;
                abatement[ip] = snapped(q, ip, abatement[ip], tolerance(regionMax, r, p));
            }
        }
    }

    /** Option shares within {@link #SHARE_TOLERANCE} of 0 (rounding left by the master's combination) to 0. */
    static void snapShares(double[] shares) {
        for (int o = 0; o < shares.length; o++) {
            if (shares[o] <= SHARE_TOLERANCE) {
                shares[o] = 0;
            }
        }
    }

    private static double snapped(MultiPollutantProblem q, int ip, double a, double tolerance) {
        if (Math.abs(a) <= tolerance) {
            return 0;
        }
        switch (q.curveKind[ip]) {
            case MultiPollutantProblem.STEPS -> {
                double sum = 0;
                for (int b = q.blockStart[ip]; b < q.blockStart[ip + 1]; b++) {
                    sum += q.blockAmount[b];
                    if (Math.abs(a - sum) <= tolerance) {
                        return sum;
                    }
                }
                return a;
            }
            case MultiPollutantProblem.QUADRATIC -> {
                return Math.abs(a - q.quadMax[ip]) <= tolerance ? q.quadMax[ip] : a;
            }
            default -> {
                return a;
            }
        }
    }

    /**
     * [low, high]: the prices at which curve (source, pollutant) {@code ip} may abate {@code a} (its
     * subdifferential there): one price inside a block or a quadratic's range, the interval between
     * the neighbouring blocks' costs on a block boundary, unbounded below at 0 and above at the maximum.
     * A curve with nothing to abate allows every price.
     */
    static double[] interval(MultiPollutantProblem q, int ip, double a, double tolerance) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        switch (q.curveKind[ip]) {
            case MultiPollutantProblem.STEPS -> {
                double sum = 0;
                for (int b = q.blockStart[ip]; b < q.blockStart[ip + 1]; b++) {
                    double amount = q.blockAmount[b];
                    if (amount <= 0) {
                        continue;
                    }
                    if (a <= sum + tolerance) {
                        high = q.blockCost[b]; // on the boundary below block b: not worth taking
                        break;
                    }
                    if (a < sum + amount - tolerance) {
                        low = q.blockCost[b]; // inside block b
                        high = low;
                        break;
                    }
                    low = q.blockCost[b]; // block b taken in full
                    sum += amount;
                }
            }
            case MultiPollutantProblem.QUADRATIC -> {
                double max = q.quadMax[ip];
                if (max <= 0) {
                    break;
                }
                double slope = q.quadSlope[ip];
                if (a <= tolerance) {
                    high = q.quadLinear[ip];
                } else if (a >= max - tolerance) {
                    low = q.quadLinear[ip] + slope * max;
                } else {
                    low = q.quadLinear[ip] + slope * a;
                    high = low;
                }
            }
            default -> {
            }
        }
        return new double[] {low, high};
    }
}
