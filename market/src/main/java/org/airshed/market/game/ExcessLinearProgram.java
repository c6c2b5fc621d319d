package org.airshed.market.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** Slack (scaled units) beyond the simplex's rounding, so a dropped row is surely not binding. */
    private static final double PRUNABLE = 1e-6;

    private final int players;
    private final double[] worth;
    private final boolean[] active;
    private final boolean individuallyRational;
    private final double tolerance;
    private final int addedPerRound;
    private final List<double[]> equalityRows = new ArrayList<>();
    private final List<Double> equalityValues = new ArrayList<>();
    private final boolean[] inWorkingSet;
    private final boolean[] anchored;
    private final List<Integer> workingSet = new ArrayList<>();
    private final double[] sums;
    /** The largest excess over all active coalitions at the payoff last scanned. */
    private double largestExcess;

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
        this.anchored = new boolean[worth.length];
        this.sums = new double[worth.length];
    }

    /**
     * A payoff to steer towards: each player's stand-alone value plus the same fraction of what
     * it adds to the others (the τ-value's compromise), or an equal split of the surplus when that
     * fraction is not in [0, 1]. Cheap, and inside the core of many games.
     */
    static double[] compromise(int players, double[] worth) {
        int grand = worth.length - 1;
        double standAlone = 0;
        double spread = 0;
        for (int i = 0; i < players; i++) {
            standAlone += worth[1 << i];
            spread += worth[grand] - worth[grand ^ (1 << i)] - worth[1 << i];
        }
        double surplus = worth[grand] - standAlone;
        double fraction = Math.abs(spread) > 1e-12 ? surplus / spread : Double.NaN;
        double[] x = new double[players];
        for (int i = 0; i < players; i++) {
            double utopia = worth[grand] - worth[grand ^ (1 << i)];
            x[i] = fraction >= 0 && fraction <= 1 ? worth[1 << i] + fraction * (utopia - worth[1 << i])
                    : worth[1 << i] + surplus / players;
        }
        return x;
    }

    /** x(S) = value, from now on. */
    void fix(int mask, double value) {
        equalityRows.add(indicator(mask, 0, 0));
        equalityValues.add(value);
    }

    void addToWorkingSet(int mask) {
        if (!inWorkingSet[mask]) {
            inWorkingSet[mask] = true;
            workingSet.add(mask);
        }
    }

    /** Adds a coalition that pruning never drops (while active): rows that keep the program bounded. */
    void anchor(int mask) {
        anchored[mask] = true;
        addToWorkingSet(mask);
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

    /**
     * Minimises ε, the largest excess over the active coalitions, returning of the minimisers over
     * the working set one nearest (in Σ|x_i − c_i|) a centre c, which starts at {@code reference}
     * and moves to any such point with a smaller largest excess over all coalitions. Steering
     * matters: when the least ε is reached early the optimal face is large, and its arbitrary
     * vertices violate ever new coalitions far from where the face shrinks to; points near the
     * best payoff found keep the cuts where they count (a stabilised cutting-plane method).
     */
    Point minimizeLargestExcess(double[] reference) {
        double[] centre = reference.clone();
        violatedAt(centre, 0);
        double centreExcess = largestExcess;
        double previousEpsilon = Double.NaN;
        while (true) {
            double[] vertex = optimum(restricted(Double.NaN, 0), epsilonOnly(0), true);
            double epsilon = vertex[players];
            int[] violatedAtVertex = violatedAt(vertex, epsilon);
            if (violatedAtVertex.length == 0) {
                return point(vertex, epsilon);
            }
            // ε capped at its optimum exactly, so the near point's excesses do not exceed the ε
            // returned; the simplex may find that cap infeasible by rounding, so ease it, and at
            // worst steer nowhere this round.
            double[] steer = centre;
            double[] near = nearest(steer, epsilon).or(() -> nearest(steer, epsilon + tolerance)).orElse(vertex);
            int[] violatedNear = violatedAt(near, epsilon);
            if (violatedNear.length == 0) {
                return point(near, epsilon);
            }
            if (largestExcess < centreExcess) {
                centre = near;
                centreExcess = largestExcess;
            }
            // Rows clearly slack at both optima can go, as the rows tight at an optimal vertex
            // certify it; doing so only after ε strictly grew keeps the rounds from cycling.
            if (!Double.isNaN(previousEpsilon) && epsilon > previousEpsilon + tolerance) {
                dropRowsSlackAt(vertex, near);
            }
            previousEpsilon = epsilon;
            addAll(violatedNear);
            addAll(violatedAtVertex);
        }
    }

    /**
     * Of {@code candidates}, all tight at {@code anchor} (a payoff feasible for every active
     * coalition at {@code epsilon}), those tight at every point of the face where ε = epsilon.
     * Maximising Σ_{S∈C} x(S) over the face keeps every S ∈ C tight iff each is tight on the whole
     * face (x(S) ≥ v(S) − ε holds there). The working set's face contains the true one, so a
     * maximum leaving them all tight settles it; otherwise walking from the anchor towards the
     * maximiser, as far as every coalition allows, gives a true face point where some candidates
     * may be slack (not always tight: drop them and ask again), or else the cuts that blocked it.
     */
    List<Integer> tightOnWholeFace(double[] anchor, double epsilon, List<Integer> candidates) {
        double[] from = new double[players + 1];
        System.arraycopy(anchor, 0, from, 0, players);
        from[players] = epsilon;
        List<Integer> remaining = new ArrayList<>(candidates);
        while (!remaining.isEmpty()) {
            double[] objective = new double[players + 1];
            for (int mask : remaining) {
                for (int i = 0; i < players; i++) {
                    if ((mask & (1 << i)) != 0) {
                        objective[i]++;
                    }
                }
            }
            double[] to = restricted(epsilon, 0).maximize(objective)
                    .or(() -> restricted(epsilon + tolerance, 0).maximize(objective))
                    .orElseThrow(() -> infeasible());
            double totalSlack = 0;
            for (int mask : remaining) {
                totalSlack += slack(mask, to);
            }
            if (totalSlack <= tolerance) {
                return remaining;
            }
            // A maximiser violating no coalition is a true face point; otherwise walk towards it.
            int[] cuts = violatedAt(to, epsilon);
            double step = cuts.length == 0 ? 1 : longestFeasibleStep(from, to, epsilon);
            double[] reached = new double[players + 1];
            for (int k = 0; k <= players; k++) {
                reached[k] = from[k] + step * (to[k] - from[k]);
            }
            List<Integer> stillTight = new ArrayList<>();
            int slackest = remaining.get(0);
            int tightest = remaining.get(0);
            for (int mask : remaining) {
                double slack = slack(mask, reached);
                if (slack <= tolerance) {
                    stillTight.add(mask);
                }
                slackest = slack > slack(slackest, reached) ? mask : slackest;
                tightest = slack < slack(tightest, reached) ? mask : tightest;
            }
            if (stillTight.isEmpty()) {
                // Theory guarantees a coalition tight on the whole face; rounding can hide it.
                return List.of(tightest);
            } else if (stillTight.size() < remaining.size()) {
                remaining = stillTight;
            } else if (cuts.length == 0) {
                // A true face point whose total slack exceeds the tolerance though no candidate's
                // does: the slackest is not always tight (more than tolerance / |C|).
                remaining.remove(Integer.valueOf(slackest));
            } else {
                addAll(cuts);
            }
        }
        return remaining;
    }

    /**
     * The largest t ≤ 1 with from + t(to − from) feasible: every active excess ≤ ε (+ tolerance)
     * and, with individual rationality, x_i ≥ v({i}). Both ends satisfy the equalities.
     */
    private double longestFeasibleStep(double[] from, double[] to, double epsilon) {
        double[] start = new double[players];
        double[] direction = new double[players];
        for (int i = 0; i < players; i++) {
            start[i] = from[i];
            direction[i] = to[i] - from[i];
        }
        double step = 1;
        if (individuallyRational) {
            for (int i = 0; i < players; i++) {
                if (direction[i] < 0) {
                    step = Math.min(step, Math.max(0, start[i] - worth[1 << i]) / -direction[i]);
                }
            }
        }
        double[] startSums = new double[worth.length];
        PayoffSumsByMask.fill(start, startSums);
        PayoffSumsByMask.fill(direction, sums);
        for (int mask = 1; mask < worth.length; mask++) {
            // Along the walk the excess changes by −t·d(S); only falling sums can block.
            if (active[mask] && sums[mask] < 0) {
                double room = Math.max(0, startSums[mask] + epsilon + tolerance - worth[mask]);
                step = Math.min(step, room / -sums[mask]);
            }
        }
        return step;
    }

    /**
     * The program over the working set only, with {@code extra} further variables after (x, ε)
     * and, unless NaN, ε ≤ {@code epsilonCap} (where ε is at least its cap anyway, that fixes it).
     */
    private DenseLinearProgram restricted(double epsilonCap, int extra) {
        DenseLinearProgram lp = new DenseLinearProgram(players + 1 + extra, false);
        for (int k = 0; k < equalityRows.size(); k++) {
            double[] row = new double[players + 1 + extra];
            System.arraycopy(equalityRows.get(k), 0, row, 0, players + 1);
            lp.equal(row, equalityValues.get(k));
        }
        if (individuallyRational) {
            for (int i = 0; i < players; i++) {
                lp.atLeast(indicator(1 << i, 0, extra), worth[1 << i]);
            }
        }
        if (!Double.isNaN(epsilonCap)) {
            lp.atLeast(epsilonOnly(extra), -epsilonCap);
        }
        for (int mask : workingSet) {
            lp.atLeast(indicator(mask, 1, extra), worth[mask]);
        }
        return lp;
    }

    private double[] optimum(DenseLinearProgram lp, double[] objective, boolean maximize) {
        return (maximize ? lp.maximize(objective) : lp.minimize(objective)).orElseThrow(this::infeasible);
    }

    private IllegalStateException infeasible() {
        return new IllegalStateException("an excess LP over " + workingSet.size()
                + " coalitions is infeasible, which its formulation rules out");
    }

    /** The row −ε (maximising it minimises ε), with {@code extra} trailing zeros. */
    private double[] epsilonOnly(int extra) {
        double[] row = new double[players + 1 + extra];
        row[players] = -1;
        return row;
    }

    /** Of the points with ε ≤ {@code cap}, one minimising Σ|x_i − c_i|, through extra variables d_i ≥ |x_i − c_i|. */
    private Optional<double[]> nearest(double[] centre, double cap) {
        DenseLinearProgram lp = restricted(cap, players);
        double[] distance = new double[2 * players + 1];
        for (int i = 0; i < players; i++) {
            distance[players + 1 + i] = 1;
            double[] above = new double[2 * players + 1];
            above[players + 1 + i] = 1;
            above[i] = -1;
            lp.atLeast(above, -centre[i]);
            double[] below = new double[2 * players + 1];
            below[players + 1 + i] = 1;
            below[i] = 1;
            lp.atLeast(below, centre[i]);
        }
        return lp.minimize(distance);
    }

    private Point point(double[] z, double epsilon) {
        double[] payoff = new double[players];
        System.arraycopy(z, 0, payoff, 0, players);
        return new Point(payoff, epsilon);
    }

    /** The most violated coalitions outside the working set at payoff z[0..n) (fills {@link #sums}). */
    private int[] violatedAt(double[] z, double epsilon) {
        double[] payoff = new double[players];
        System.arraycopy(z, 0, payoff, 0, players);
        PayoffSumsByMask.fill(payoff, sums);
        return mostViolated(epsilon + tolerance);
    }

    /** Drops working rows clearly slack at both points (x, ε). */
    private void dropRowsSlackAt(double[] first, double[] second) {
        workingSet.removeIf(mask -> {
            boolean slack = !anchored[mask] && slack(mask, first) > PRUNABLE && slack(mask, second) > PRUNABLE;
            if (slack) {
                inWorkingSet[mask] = false;
            }
            return slack;
        });
    }

    /** x(S) + ε − v(S) at z = (x, ε, …). */
    private double slack(int mask, double[] z) {
        double sum = z[players] - worth[mask];
        for (int i = 0; i < players; i++) {
            if ((mask & (1 << i)) != 0) {
                sum += z[i];
            }
        }
        return sum;
    }

    private void addAll(int[] masks) {
        for (int mask : masks) {
            addToWorkingSet(mask);
        }
    }

    /**
     * Up to {@code addedPerRound} active coalitions outside the working set with excess above
     * {@code floor}, from {@link #sums}; sets {@link #largestExcess}.
     */
    private int[] mostViolated(double floor) {
        LargestExcesses top = new LargestExcesses(addedPerRound);
        double largest = Double.NEGATIVE_INFINITY;
        for (int mask = 1; mask < worth.length; mask++) {
            if (active[mask]) {
                double excess = worth[mask] - sums[mask];
                largest = Math.max(largest, excess);
                if (excess > floor && !inWorkingSet[mask]) {
                    top.offer(mask, excess);
                }
            }
        }
        largestExcess = largest;
        return top.masks();
    }

    /** 1_S over x, the coefficient of ε, then {@code extra} zeros. */
    private double[] indicator(int mask, double epsilonCoefficient, int extra) {
        double[] row = new double[players + 1 + extra];
        for (int i = 0; i < players; i++) {
            if ((mask & (1 << i)) != 0) {
                row[i] = 1;
            }
        }
        row[players] = epsilonCoefficient;
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
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
