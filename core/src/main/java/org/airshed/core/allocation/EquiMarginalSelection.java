package org.airshed.core.allocation;

import java.util.SplittableRandom;

/**
 * Finds the least price λ ≥ 0 at which a set of sources, each abating while its marginal cost is
 * below {@code λ + offset_r}, abates at least a required total (or reaches, within rounding, the
 * block boundary it sits on: {@link BoundaryRule}); then fills the blocks priced exactly at λ* in
 * index order for the remainder, never beyond the requirement. This is the cap-only allocation
 * (equi-marginal principle) and the split of a region's total among its sources.
 *
 * <p>Expected linear time, no sort: a randomized breakpoint search (Kiwiel 2008). Each round picks
 * a random breakpoint among those still inside the bracket (L, U) around λ*, evaluates the total
 * response there, shrinks the bracket, and retires every item whose breakpoints all left it —
 * blocks below L count as taken, quadratic sources spanning the bracket contribute a linear term.
 * When no breakpoint is left inside, the response is linear on the bracket and λ* is solved for.
 */
final class EquiMarginalSelection {
    private final AllocationProblem p;
    private final SplittableRandom random;

    // Working copies of the undecided items; partitioned in place round by round.
    private double[] t;
    private double[] amount;
    private int blocks;
    private double[] lo;
    private double[] hi;
    private double[] inverseSlope;
    private double[] max;
    private int quads;

    EquiMarginalSelection(AllocationProblem problem, SplittableRandom random) {
        this.p = problem;
        this.random = random;
    }

    /**
     * @param sources     indices of the sources taking part (each appears once)
     * @param offset      per-region addition to the price (welfare weights, or zeros)
     * @param requirement minimum total abatement (mass); −∞ for none
     * @param reach       Σ max_i over the listed sources (mass): a requirement within rounding of a
     *                    block boundary is met there ({@link BoundaryRule})
     * @param abatement   output: a_i for each listed source (other entries untouched)
     * @return λ* ≥ 0 (money per mass)
     */
    double solve(int[] sources, double[] offset, double requirement, double reach, double[] abatement) {
        gather(sources, offset);
        double target = BoundaryRule.target(requirement, reach);
        double price = 0;
        if (responseAtOrBelow(0, 0, 0, 0) < target) {
            double[] bracket = searchPositive(target);
            price = priceOnPiece(sources, offset, requirement, bracket[0], bracket[1]);
        }
        fill(sources, offset, price, requirement, abatement);
        return price;
    }

    private void gather(int[] sources, double[] offset) {
        int blockTotal = 0;
        int quadTotal = 0;
        for (int i : sources) {
            blockTotal += p.blockCount(i);
            if (p.quadMax[i] > 0) {
                quadTotal++;
            }
        }
        t = new double[blockTotal];
        amount = new double[blockTotal];
        lo = new double[quadTotal];
        hi = new double[quadTotal];
        inverseSlope = new double[quadTotal];
        max = new double[quadTotal];
        blocks = 0;
        quads = 0;
        for (int i : sources) {
            double shift = offset[p.sourceRegion[i]];
            for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                t[blocks] = p.blockCost[b] - shift;
                amount[blocks++] = p.blockAmount[b];
            }
            if (p.quadMax[i] > 0) {
                lo[quads] = p.quadLinear[i] - shift;
                hi[quads] = lo[quads] + p.quadSlope[i] * p.quadMax[i];
                inverseSlope[quads] = 1 / p.quadSlope[i];
                max[quads++] = p.quadMax[i];
            }
        }
    }

    /** Total response at x counting blocks priced at or below x, plus a linear part. */
    private double responseAtOrBelow(double x, double constant, double alpha, double beta) {
        double total = constant + alpha * x - beta;
        for (int k = 0; k < blocks; k++) {
            if (t[k] <= x) {
                total += amount[k];
            }
        }
        for (int k = 0; k < quads; k++) {
            total += quadResponse(k, x);
        }
        return total;
    }

    private double quadResponse(int k, double x) {
        if (x <= lo[k]) {
            return 0;
        }
        return x >= hi[k] ? max[k] : (x - lo[k]) * inverseSlope[k];
    }

    /** Returns a bracket (lower, upper] around λ* with no breakpoint strictly inside. */
    private double[] searchPositive(double requirement) {
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        double constant = 0;
        double alpha = 0;
        double beta = 0;
        while (true) {
            // Retire items whose breakpoints all left (lower, upper).
            int kept = 0;
            for (int k = 0; k < blocks; k++) {
                if (t[k] <= lower) {
                    constant += amount[k];
                } else if (t[k] < upper) {
                    t[kept] = t[k];
                    amount[kept++] = amount[k];
                }
            }
            blocks = kept;
            kept = 0;
            for (int k = 0; k < quads; k++) {
                if (hi[k] <= lower) {
                    constant += max[k];
                } else if (lo[k] >= upper) {
                    continue;
                } else if (lo[k] <= lower && hi[k] >= upper) {
                    alpha += inverseSlope[k];
                    beta += lo[k] * inverseSlope[k];
                } else {
                    lo[kept] = lo[k];
                    hi[kept] = hi[k];
                    inverseSlope[kept] = inverseSlope[k];
                    max[kept++] = max[k];
                }
            }
            quads = kept;
            if (blocks + quads == 0) {
                break;
            }
            double pivot = pivot(lower, upper);
            if (responseAtOrBelow(pivot, constant, alpha, beta) >= requirement) {
                upper = pivot;
            } else {
                lower = pivot;
            }
        }
        return new double[] {lower, upper};
    }

    /**
     * λ* on the bracket, where the response is constant + α·λ − β. The terms are summed again in
     * source order so that the price is bit-identical whatever pivots the search drew.
     */
    private double priceOnPiece(int[] sources, double[] offset, double requirement, double lower, double upper) {
        double constant = 0;
        double alpha = 0;
        double beta = 0;
        for (int i : sources) {
            double shift = offset[p.sourceRegion[i]];
            for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                if (p.blockCost[b] - shift <= lower) {
                    constant += p.blockAmount[b];
                }
            }
            if (p.quadMax[i] > 0) {
                double low = p.quadLinear[i] - shift;
                double high = low + p.quadSlope[i] * p.quadMax[i];
                if (high <= lower) {
                    constant += p.quadMax[i];
                } else if (low <= lower && high >= upper) {
                    alpha += 1 / p.quadSlope[i];
                    beta += low / p.quadSlope[i];
                }
            }
        }
        if (alpha > 0) {
            double price = (requirement - constant + beta) / alpha;
            if (price < upper) {
                return Math.max(price, lower);
            }
        }
        return upper;
    }

    private double pivot(double lower, double upper) {
        int pick = random.nextInt(blocks + quads);
        if (pick < blocks) {
            return t[pick];
        }
        int k = pick - blocks;
        boolean loInside = lo[k] > lower && lo[k] < upper;
        boolean hiInside = hi[k] > lower && hi[k] < upper;
        if (loInside && hiInside) {
            return random.nextBoolean() ? lo[k] : hi[k];
        }
        return loInside ? lo[k] : hi[k];
    }

    /** Strict response at the price, then blocks priced exactly at it, in index order, for the rest. */
    private void fill(int[] sources, double[] offset, double price, double requirement, double[] abatement) {
        double total = 0;
        for (int i : sources) {
            double shift = offset[p.sourceRegion[i]];
            double a = 0;
            for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                if (p.blockCost[b] - shift < price) {
                    a += p.blockAmount[b];
                }
            }
            if (p.quadMax[i] > 0) {
                double x = (price - (p.quadLinear[i] - shift)) / p.quadSlope[i];
                a += Math.min(Math.max(x, 0), p.quadMax[i]);
            }
            abatement[i] = a;
            total += a;
        }
        double missing = requirement - total;
        for (int n = 0; n < sources.length && missing > 0; n++) {
            int i = sources[n];
            double shift = offset[p.sourceRegion[i]];
            for (int b = p.blockStart[i]; b < p.blockStart[i + 1] && missing > 0; b++) {
                if (p.blockCost[b] - shift == price) {
                    double take = Math.min(missing, p.blockAmount[b]);
                    abatement[i] += take;
                    missing -= take;
                }
            }
        }
    }
}
