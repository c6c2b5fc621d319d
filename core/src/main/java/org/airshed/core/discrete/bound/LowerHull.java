package org.airshed.core.discrete.bound;

import java.util.Arrays;

import org.airshed.core.discrete.DiscreteProblem;

/**
 * The lower convex hull of one source's (abatement, cost) points, (0, 0) included: the options
 * a continuous relaxation can mix. Dominated options (no more abatement for no less cost) and
 * options above the hull drop out; options on a straight hull edge are kept, since rounding can
 * stop at them. The hull's slopes are ≥ 0 and non-decreasing (Sinha and Zoltners 1979).
 */
final class LowerHull {
    private LowerHull() {
    }

    /** Option indices of source i on its lower hull, by increasing abatement; element 0 is option 0. */
    static int[] of(DiscreteProblem p, int i) {
        int n = p.optionCount(i);
        Integer[] order = new Integer[n - 1];
        for (int o = 1; o < n; o++) {
            order[o - 1] = o;
        }
        Arrays.sort(order, (u, v) -> {
            int byAbatement = Double.compare(p.abatement(i, u), p.abatement(i, v));
            if (byAbatement != 0) {
                return byAbatement;
            }
            int byCost = Double.compare(p.annualCost(i, u), p.annualCost(i, v));
            return byCost != 0 ? byCost : Integer.compare(u, v);
        });
        int[] hull = new int[n];
        int size = 1;
        hull[0] = 0;
        double lastAbatement = 0;
        for (int o : order) {
            double a = p.abatement(i, o);
            if (a <= lastAbatement) {
                continue; // no more abatement than a point already seen, at no lower cost
            }
            double c = p.annualCost(i, o);
            while (size >= 2 && turn(p, i, hull[size - 2], hull[size - 1], a, c) < 0) {
                size--;
            }
            hull[size++] = o;
            lastAbatement = a;
        }
        return Arrays.copyOf(hull, size);
    }

    /** Cross product of (q − p0) and (point − p0): negative when q lies above the chord. */
    private static double turn(DiscreteProblem p, int i, int o0, int o1, double a, double c) {
        double a0 = p.abatement(i, o0);
        double c0 = p.annualCost(i, o0);
        double a1 = p.abatement(i, o1);
        double c1 = p.annualCost(i, o1);
        return (a1 - a0) * (c - c0) - (c1 - c0) * (a - a0);
    }
}
