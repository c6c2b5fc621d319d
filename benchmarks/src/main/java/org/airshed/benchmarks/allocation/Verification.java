package org.airshed.benchmarks.allocation;

import java.util.List;
import java.util.Locale;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.OptimalityCheck;

/**
 * Checks the benchmarks make before timing anything, failing the run loudly: a fast wrong
 * answer must not reach the results table.
 */
final class Verification {
    /** The exact solver's certificate: KKT per source at 1e-9 relative (the exact finish gives it). */
    static final double CERTIFY_TOL = 1e-9;
    /** The exact solver's stopping rule: certified relative gap. */
    static final double GAP_TOL = 1e-9;
    /** GLOP's default primal and dual tolerances are 1e-7 (scaled), so objectives agree to about 1e-6. */
    static final double GLOP_TOL = 1e-6;
    /** The dense reference is exact up to rounding. */
    static final double REFERENCE_TOL = 1e-7;

    private Verification() {
    }

    /**
     * Fails unless the exact solver says OPTIMAL with a certified gap of at most 1e-9 and every
     * source passes the KKT check at 1e-9.
     */
    static void optimal(AllocationProblem p, AllocationSolution s, String what) {
        if (!s.isOptimal()) {
            throw new IllegalStateException(what + ": exact solver says " + s.status() + " " + s.reasons());
        }
        if (!(s.relativeGap() <= GAP_TOL)) {
            throw new IllegalStateException(what + ": certified gap " + s.relativeGap() + " exceeds " + GAP_TOL);
        }
        List<String> violations = OptimalityCheck.verify(p, s, CERTIFY_TOL);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(what + ": " + violations.size() + " violation(s) of the KKT check at "
                    + CERTIFY_TOL + " (gap " + s.relativeGap() + "), first: " + violations.get(0));
        }
    }

    /**
     * Throws unless {@code actual} is within {@code relTol} of {@code expected} (relative);
     * returns the relative difference.
     */
    static double sameObjective(double expected, double actual, double relTol, String what) {
        double gap = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
        if (!(gap <= relTol)) {
            throw new IllegalStateException(what + ": objective " + actual + " differs from the exact solver's "
                    + expected + " by " + gap + " relative (tolerance " + relTol + ")");
        }
        return gap;
    }

    /** One line in the run's log, so the README can quote how close the comparator came. */
    static void report(String what, double exact, double other, double relativeDifference) {
        System.out.printf(Locale.ROOT, "%n%s: objective %.6f CNY, exact %.6f CNY, relative difference %.2e%n",
                what, other, exact, relativeDifference);
    }
}
