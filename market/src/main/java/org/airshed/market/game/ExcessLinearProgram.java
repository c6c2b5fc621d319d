package org.airshed.market.game;

import java.util.ArrayList;
import java.util.List;

/**
 * Linear programs in a payoff x and an excess bound ε, with x(S) + ε ≥ v(S) for every coalition S
 * of an active family, solved by row generation: the simplex sees only a working set of
 * coalitions, and each round adds the most violated of all 2ⁿ. Values are scaled to about unit
 * size by the caller; {@code tolerance} is in those units.
 */
final class ExcessLinearProgram {
    /** A point of the program: the payoff and the excess bound, in scaled units. */
    record Point(double[] payoff, double epsilon) {
    }

    private final int players;
    private final double[] worth;
    private final boolean[] active;
    private final boolean individuallyRational;
    private final double tolerance;
    private final int addedPerRound;
    private final List<double[]> equalityRows = new ArrayList<>();
    private final List<Double> equalityValues = new ArrayList<>();
    private final boolean[] inWorkingSet;
    private final List<Integer> workingSet = new ArrayList<>();
    private final double[] sums;

    /**
     * {@code worth[mask]} is v(S), scaled; {@code active} marks the coalitions whose excess ε
     * bounds (the caller may clear entries between solves); {@code individuallyRational} adds
     * x_i ≥ v({i}).
     */
    ExcessLinearProgram(int players, double[] worth, boolean[] active, boolean individuallyRational,
            double tolerance) {
        this.players = players;
        this.worth = worth;
        this.active = active;
        this.individuallyRational = individuallyRational;
        this.tolerance = tolerance;
        this.addedPerRound = Math.max(8, 2 * players);
        this.inWorkingSet = new boolean[worth.length];
        this.sums = new double[worth.length];
    }

    /** x(S) = value, from now on. */
    void fix(int mask, double value) {
        equalityRows.add(indicator(mask, 0));
        equalityValues.add(value);
    }

    void addToWorkingSet(int mask) {
        if (!inWorkingSet[mask]) {
            inWorkingSet[mask] = true;
            workingSet.add(mask);
        }
    }

    /** Drops coalitions no longer active, and seeds the set with the largest excesses at {@code payoff}. */
    void refreshWorkingSet(double[] payoff) {
        workingSet.removeIf(mask -> {
            boolean drop = !active[mask];
            if (drop) {
                inWorkingSet[mask] = false;
            }
            return drop;
        });
        PayoffSumsByMask.fill(payoff, sums);
        for (int mask : mostViolated(Double.NEGATIVE_INFINITY)) {
            addToWorkingSet(mask);
        }
    }

    /** Minimises ε: the least largest excess over the active coalitions. */
    Point minimizeLargestExcess() {
        double[] objective = new double[players + 1];
        objective[players] = 1;
        return solve(objective, false, Double.NaN);
    }

    /** Maximises Σ c_i x_i with the excess bound held at {@code epsilon}. */
    Point maximizeWithExcessAt(double[] coefficients, double epsilon) {
        double[] objective = new double[players + 1];
        System.arraycopy(coefficients, 0, objective, 0, players);
        return solve(objective, true, epsilon);
    }

    private Point solve(double[] objective, boolean maximize, double fixedEpsilon) {
        boolean fixedBound = !Double.isNaN(fixedEpsilon);
        while (true) {
            DenseLinearProgram lp = new DenseLinearProgram(players + 1, false);
            for (int k = 0; k < equalityRows.size(); k++) {
                lp.equal(equalityRows.get(k), equalityValues.get(k));
            }
            if (individuallyRational) {
                for (int i = 0; i < players; i++) {
                    lp.atLeast(indicator(1 << i, 0), worth[1 << i]);
                }
            }
            if (fixedBound) {
                double[] row = new double[players + 1];
                row[players] = 1;
                lp.equal(row, fixedEpsilon);
            }
            for (int mask : workingSet) {
                lp.atLeast(indicator(mask, 1), worth[mask]);
            }
            double[] z = (maximize ? lp.maximize(objective) : lp.minimize(objective))
                    .orElseThrow(() -> new IllegalStateException("an excess LP over " + workingSet.size()
                            + " coalitions is infeasible, which its formulation rules out"));
            double[] payoff = new double[players];
            System.arraycopy(z, 0, payoff, 0, players);
            double epsilon = fixedBound ? fixedEpsilon : z[players];
            PayoffSumsByMask.fill(payoff, sums);
            int[] violated = mostViolated(epsilon + tolerance);
            if (violated.length == 0) {
                return new Point(payoff, epsilon);
            }
            for (int mask : violated) {
                addToWorkingSet(mask);
            }
        }
    }

    /** Up to {@code addedPerRound} active coalitions outside the working set with excess above {@code floor}, from {@link #sums}. */
    private int[] mostViolated(double floor) {
        LargestExcesses top = new LargestExcesses(addedPerRound);
        for (int mask = 1; mask < worth.length; mask++) {
            if (active[mask] && !inWorkingSet[mask]) {
                double excess = worth[mask] - sums[mask];
                if (excess > floor) {
                    top.offer(mask, excess);
                }
            }
        }
        return top.masks();
    }

    /** 1_S over x, followed by the coefficient of ε. */
    private double[] indicator(int mask, double epsilonCoefficient) {
        double[] row = new double[players + 1];
        for (int i = 0; i < players; i++) {
            if ((mask & (1 << i)) != 0) {
                row[i] = 1;
            }
        }
        row[players] = epsilonCoefficient;
        return row;
    }

    /** A bounded min-heap on excess, so the scan over 2ⁿ coalitions allocates nothing per coalition. */
    private static final class LargestExcesses {
        private final int[] masks;
        private final double[] excesses;
        private int size;

        LargestExcesses(int capacity) {
            masks = new int[capacity];
            excesses = new double[capacity];
        }

        void offer(int mask, double excess) {
            if (size < masks.length) {
                masks[size] = mask;
                excesses[size] = excess;
                siftUp(size++);
            } else if (excess > excesses[0]) {
                masks[0] = mask;
                excesses[0] = excess;
                siftDown(0);
            }
        }

        int[] masks() {
            int[] result = new int[size];
            System.arraycopy(masks, 0, result, 0, size);
            return result;
        }

        private void siftUp(int k) {
            while (k > 0) {
                int parent = (k - 1) / 2;
                if (excesses[parent] <= excesses[k]) {
                    return;
                }
                swap(parent, k);
                k = parent;
            }
        }

        private void siftDown(int k) {
            while (true) {
                int smallest = k;
                for (int child = 2 * k + 1; child <= 2 * k + 2 && child < size; child++) {
                    if (excesses[child] < excesses[smallest]) {
                        smallest = child;
                    }
                }
                if (smallest == k) {
                    return;
                }
                swap(smallest, k);
                k = smallest;
            }
        }

        private void swap(int a, int b) {
            int m = masks[a];
            masks[a] = masks[b];
            masks[b] = m;
            double e = excesses[a];
            excesses[a] = excesses[b];
            excesses[b] = e;
        }
    }
}
