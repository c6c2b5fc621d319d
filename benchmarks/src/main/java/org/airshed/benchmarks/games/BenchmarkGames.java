package org.airshed.benchmarks.games;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.airshed.market.game.Game;

/** Seeded superadditive games for the benchmarks, so every run times the same instances; money units. */
final class BenchmarkGames {
    /** The one seed every game benchmark draws from. */
    static final long SEED = 20_240_605L;

    private BenchmarkGames() {
    }

    /** {@code quadratic}: the γ-game (convex, core non-empty); {@code majority}: superadditive, core empty. */
    static Game of(String kind, int n) {
        return switch (kind) {
            case "quadratic" -> QuadraticSavingsGame.random(n, SEED).toGame();
            case "majority" -> majorityBonus(n, SEED);
            default -> throw new IllegalArgumentException("game kind must be quadratic or majority; got " + kind);
        };
    }

    /**
     * v(S) = Σ_{i∈S} a_i + Σ_{i&lt;j in S} p_ij + B·[w(S) &gt; w(N)/2] with a, p, w ≥ 0: superadditive,
     * because two disjoint coalitions cannot both hold a weighted majority; with no veto player the
     * bonus leaves the core empty, the harder case for the least core and the nucleolus.
     */
    static Game majorityBonus(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] alone = new double[n];
        double[] weight = new double[n];
        double totalWeight = 0;
        double[][] pair = new double[n][n];
        for (int i = 0; i < n; i++) {
            alone[i] = random.nextDouble(0, 10);
            weight[i] = random.nextDouble(1, 10);
            totalWeight += weight[i];
            for (int j = i + 1; j < n; j++) {
                pair[i][j] = random.nextDouble(0, 1);
            }
        }
        double bonus = 10.0 * n;
        double[] byMask = new double[1 << n];
        for (int s = 1; s < byMask.length; s++) {
            double v = 0;
            double w = 0;
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    v += alone[i];
                    w += weight[i];
                    for (int j = i + 1; j < n; j++) {
                        v += (s & (1 << j)) != 0 ? pair[i][j] : 0;
                    }
                }
            }
            byMask[s] = v + (w > totalWeight / 2 ? bonus : 0);
        }
        return Game.of(names(n), byMask);
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>(n);
        for (int p = 1; p <= n; p++) {
            names.add("r" + p);
        }
        return names;
    }
}
