package org.airshed.market.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Shapley value estimated by sampling orders of joining (Castro, Gómez &amp; Tejada 2009,
 * Computers &amp; Operations Research 36(5)), for games too large to enumerate; money units of the
 * oracle, positive = gain. Each order gives one marginal contribution per player, and these sum to
 * v(N), so the estimate is efficient by construction.
 */
public final class ShapleySampler {
    private ShapleySampler() {
    }

    /**
     * Mean and standard error of each player's marginal contribution over {@code permutations}
     * uniformly random orders drawn from {@code seed} alone. Runs on the calling thread, because
     * an oracle need not be thread-safe; the result depends only on the seed.
     */
    public static SampledShapley sample(CoalitionOracle oracle, int permutations, long seed) {
        if (oracle == null) {
            throw new IllegalArgumentException("oracle must not be null");
        }
        int n = oracle.playerCount();
        if (n < 1) {
            throw new IllegalArgumentException("the oracle must have at least 1 player; got " + n);
        }
        if (permutations < 2) {
            throw new IllegalArgumentException("permutations must be at least 2 (a standard error needs two); got "
                    + permutations);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        boolean[] members = new boolean[n];
        // Welford's running mean and sum of squared deviations: stable where Σx² − (Σx)²/m cancels.
        double[] mean = new double[n];
        double[] squares = new double[n];
        for (int k = 1; k <= permutations; k++) {
            shuffle(order, random);
            Arrays.fill(members, false);
            double before = 0;
            for (int p : order) {
                members[p] = true;
                double after = oracle.value(members);
                if (!Double.isFinite(after)) {
                    throw new IllegalArgumentException("the oracle's value of coalition " + membersOf(members)
                            + " must be finite; got " + after);
                }
                double marginal = after - before;
                double delta = marginal - mean[p];
                mean[p] += delta / k;
                squares[p] += delta * (marginal - mean[p]);
                before = after;
            }
        }
        double[] standardError = new double[n];
        for (int p = 0; p < n; p++) {
            standardError[p] = Math.sqrt(squares[p] / (permutations - 1) / permutations);
        }
        return new SampledShapley(mean, standardError, permutations, seed);
    }

    /** Fisher–Yates: every order equally likely whatever the order it starts from. */
    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static List<Integer> membersOf(boolean[] members) {
        List<Integer> list = new ArrayList<>();
        for (int p = 0; p < members.length; p++) {
            if (members[p]) {
                list.add(p);
            }
        }
        return list;
    }
}
