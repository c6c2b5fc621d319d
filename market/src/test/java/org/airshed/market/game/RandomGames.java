package org.airshed.market.game;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random TU games for property tests; values in money units. */
final class RandomGames {
    private RandomGames() {
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            names.add("r" + (p + 1));
        }
        return names;
    }

    /** Every coalition's value uniform in [−50, 150): neither superadditive nor convex in general. */
    static Game uniform(int n, SplittableRandom random) {
        double[] byMask = new double[1 << n];
        for (int s = 1; s < byMask.length; s++) {
            byMask[s] = random.nextDouble(-50, 150);
        }
        return Game.of(names(n), byMask);
    }

    /** A sum of unanimity games u_T with coefficients ≥ 0 on random carriers T: convex (supermodular). */
    static Game unanimitySum(int n, int terms, SplittableRandom random) {
        int grand = (1 << n) - 1;
        int[] carrier = new int[terms];
        double[] coefficient = new double[terms];
        for (int t = 0; t < terms; t++) {
            carrier[t] = 1 + random.nextInt(grand);
            coefficient[t] = random.nextDouble(0, 10);
        }
        double[] byMask = new double[grand + 1];
        for (int s = 1; s <= grand; s++) {
            for (int t = 0; t < terms; t++) {
                if ((s & carrier[t]) == carrier[t]) {
                    byMask[s] += coefficient[t];
                }
            }
        }
        return Game.of(names(n), byMask);
    }

    /** v(S) = a·|S|^k + b·|S|, k ≥ 1, plus an additive part: convex in |S|, hence supermodular. */
    static Game convexInSize(int n, SplittableRandom random) {
        double a = random.nextDouble(0, 5);
        double k = random.nextDouble(1, 3);
        double b = random.nextDouble(-5, 5);
        double[] own = new double[n];
        for (int p = 0; p < n; p++) {
            own[p] = random.nextDouble(-3, 3);
        }
        double[] byMask = new double[1 << n];
        for (int s = 1; s < byMask.length; s++) {
            int size = Integer.bitCount(s);
            double v = a * Math.pow(size, k) + b * size;
            for (int p = 0; p < n; p++) {
                if ((s & (1 << p)) != 0) {
                    v += own[p];
                }
            }
            byMask[s] = v;
        }
        return Game.of(names(n), byMask);
    }
}
