package org.airshed.core.discrete.exact;

import java.util.Arrays;

/**
 * One source's options that a node's relaxation can mix: the lower convex hull of its allowed
 * (abatement, cost) points, starting from the cheapest allowed point (the one with the most
 * abatement among equally cheap ones). Points to its left abate less for no less money, which
 * never helps a covering row, so they drop out; the hull's slopes are then positive and
 * non-decreasing. Positions are {@link OptionTable}'s, by increasing abatement.
 */
final class NodeHull {
    private NodeHull() {
    }

    /** The hull's positions within {@code [lo, hi]}, by increasing abatement; one when nothing is worth mixing. */
    static int[] of(OptionTable t, int lo, int hi) {
        int base = lo;
        for (int p = lo + 1; p <= hi; p++) {
            if (t.cost[p] < t.cost[base] || (t.cost[p] == t.cost[base] && t.abatement[p] > t.abatement[base])) {
                base = p;
            }
        }
        int[] hull = new int[hi - base + 1];
        int size = 0;
        hull[size++] = base;
        for (int p = base + 1; p <= hi; p++) {
            if (t.abatement[p] <= t.abatement[hull[size - 1]]) {
                continue; // the same abatement as a point already kept, at no lower cost (ties sort by cost)
            }
            while (size >= 2 && above(t, hull[size - 2], hull[size - 1], p)) {
                size--;
            }
            hull[size++] = p;
        }
        return Arrays.copyOf(hull, size);
    }

    /** Whether the middle point lies above the chord from {@code left} to {@code right} (kept when on it: rounding may stop there). */
    private static boolean above(OptionTable t, int left, int middle, int right) {
        double a0 = t.abatement[left];
        double c0 = t.cost[left];
        double cross = (t.abatement[middle] - a0) * (t.cost[right] - c0)
                - (t.cost[middle] - c0) * (t.abatement[right] - a0);
        return cross < 0;
    }
}
