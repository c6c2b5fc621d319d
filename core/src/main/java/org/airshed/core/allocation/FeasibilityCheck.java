package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a problem is feasible, decided before solving and proven by construction. Every row asks
 * for enough abatement with non-negative weights, so applying every control meets all rows
 * together exactly when it meets each alone: a row out of reach at full abatement is the proof of
 * infeasibility, and no row out of reach is the proof of feasibility. The solver and the study's
 * {@code InfeasibilityExplainer} (what {@code validate} and {@code run} report) both take their
 * verdict from here; the solver never declares infeasibility otherwise.
 *
 * <p>A shortfall within {@link #TOLERANCE} × max(1, |requirement|) is rounding (a cap equal to the
 * total baseline, summed in another order), and the solver then meets the row at full abatement.
 *
 * @param shortfalls every row out of reach, cap first, then receptors in order
 * @param reasons    the same, in words (empty when feasible)
 * @param totalMax   Σ_i max_i (mass), found on the way
 */
public record FeasibilityCheck(List<Shortfall> shortfalls, List<String> reasons, double totalMax) {
    /** Relative shortfall forgiven as rounding. */
    public static final double TOLERANCE = 1e-9;
    private static final int CHUNK_SOURCES = 16_384;

    public FeasibilityCheck {
        shortfalls = List.copyOf(shortfalls);
        reasons = List.copyOf(reasons);
    }

    /**
     * A row that full abatement cannot meet.
     *
     * @param receptor the receptor row k, or −1 for the cap
     * @param required the row's requirement (mass for the cap, concentration for a receptor)
     * @param reach    what the row reaches with every source at its maximum (same unit)
     */
    public record Shortfall(int receptor, double required, double reach) {
        public boolean isCap() {
            return receptor < 0;
        }

        /** required − reach, > 0. */
        public double excess() {
            return required - reach;
        }
    }

    /** The problem's check, made once: a run's validation, its checked solve and the solver all ask. */
    public static FeasibilityCheck of(AllocationProblem p) {
        return of(p, Workers.of(Runtime.getRuntime().availableProcessors()));
    }

    /** Sums are taken in source order whatever the parallelism, so the verdict never changes. */
    static FeasibilityCheck of(AllocationProblem p, Workers workers) {
        return p.feasibility(() -> check(p, workers));
    }

    private static FeasibilityCheck check(AllocationProblem p, Workers workers) {
        double[] sourceMax = sourceMaxima(p, workers);
        double[] regionMax = new double[p.regionCount()];
        double totalMax = 0;
        // Region totals only where receptor rows need them: at 10⁶ sources the region index is one more array to read.
        boolean regional = p.receptorCount() > 0;
        for (int i = 0; i < sourceMax.length; i++) {
            if (regional) {
                regionMax[p.sourceRegion(i)] += sourceMax[i];
            }
            totalMax += sourceMax[i];
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (p.hasCap() && outOfReach(p.capRequirement(), totalMax)) {
            shortfalls.add(new Shortfall(-1, p.capRequirement(), totalMax));
            reasons.add("maximum feasible reduction " + totalMax + " is less than required "
                    + p.capRequirement() + " (short by " + (p.capRequirement() - totalMax) + ")");
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            double reach = 0;
            for (int r = 0; r < p.regionCount(); r++) {
                reach += p.transfer(k, r) * regionMax[r];
            }
            double required = p.receptorRequirement(k);
            if (outOfReach(required, reach)) {
                shortfalls.add(new Shortfall(k, required, reach));
                reasons.add("receptor " + p.regionId(p.receptorRegion(k))
                        + " cannot be met even with every control applied: its concentration stays above the limit by "
                        + (required - reach));
            }
        }
        return new FeasibilityCheck(shortfalls, reasons, totalMax);
    }

    public boolean feasible() {
        return shortfalls.isEmpty();
    }

    /** The verdict on one row: its requirement exceeds its reach by more than rounding. */
    public static boolean outOfReach(double required, double reach) {
        return required - reach > TOLERANCE * Math.max(1, Math.abs(required));
    }

    private static double[] sourceMaxima(AllocationProblem p, Workers workers) {
        int n = p.sourceCount();
        double[] max = new double[n];
        int chunks = (n + CHUNK_SOURCES - 1) / CHUNK_SOURCES;
        workers.forEach(chunks, (long) n + p.blockCost.length, (c, worker) -> {
            int to = Math.min(n, (c + 1) * CHUNK_SOURCES);
            for (int i = c * CHUNK_SOURCES; i < to; i++) {
                max[i] = p.maxAbatement(i);
            }
        });
        return max;
    }
}
