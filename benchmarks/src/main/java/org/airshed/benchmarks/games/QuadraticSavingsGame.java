package org.airshed.benchmarks.games;

import java.util.SplittableRandom;

import org.airshed.market.game.CoalitionOracle;
import org.airshed.market.game.Game;

/**
 * The closed-form γ-game of docs/DOMAIN.md §4 with random links, in money units: savings
 * s(S) = Σ_{i∈S} (Σ_{j∈S, j≠i} b_ij)² / (2c_i), b_ij ≥ 0 money per tonne of i's abatement felt at j,
 * c_i &gt; 0 money per tonne². An oracle, so the same game serves sizes too large to hold in memory.
 */
final class QuadraticSavingsGame implements CoalitionOracle {
    /** benefit[i][j] = b_ij; the diagonal is 0, so sums over members need no j ≠ i test. */
    private final double[][] benefit;
    private final double[] curvature;

    private QuadraticSavingsGame(double[][] benefit, double[] curvature) {
        this.benefit = benefit;
        this.curvature = curvature;
    }

    /** Links b_ij uniform in [0, 20) with one in five zero (a receptor upwind), c_i uniform in [0.5, 5). */
    static QuadraticSavingsGame random(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] b = new double[n][n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = random.nextDouble(0.5, 5);
            for (int j = 0; j < n; j++) {
                b[i][j] = j == i || random.nextInt(5) == 0 ? 0 : random.nextDouble(0, 20);
            }
        }
        return new QuadraticSavingsGame(b, c);
    }

    @Override
    public int playerCount() {
        return curvature.length;
    }

    @Override
    public double value(boolean[] members) {
        double total = 0;
        for (int i = 0; i < members.length; i++) {
            double[] row = benefit[i];
            double marginal = 0;
            for (int j = 0; j < members.length; j++) {
                marginal += members[j] ? row[j] : 0;
            }
            total += members[i] ? marginal * marginal / (2 * curvature[i]) : 0;
        }
        return total;
    }

    /** Every coalition's value, indexed by bitmask; at most {@link Game#MAX_PLAYERS} players. */
    Game toGame() {
        int n = playerCount();
        double[] byMask = new double[1 << n];
        for (int s = 1; s < byMask.length; s++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    double marginal = 0;
                    for (int j = 0; j < n; j++) {
                        marginal += (s & (1 << j)) != 0 ? benefit[i][j] : 0;
                    }
                    total += marginal * marginal / (2 * curvature[i]);
                }
            }
            byMask[s] = total;
        }
        return Game.of(BenchmarkGames.names(n), byMask);
    }
}
