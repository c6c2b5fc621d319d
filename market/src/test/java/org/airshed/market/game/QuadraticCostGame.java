package org.airshed.market.game;

import java.util.SplittableRandom;

/**
 * The closed-form game of docs/DOMAIN.md §4 (linear damages, quadratic costs, interior optimum):
 * savings s(S) = Σ_{i∈S} (Σ_{j∈S, j≠i} b_ji)² / (2c_i), b_ji = δ_j A_ji ≥ 0 (money per tonne of
 * i's abatement, to receptor j), c_i > 0 (money per tonne²). Savings in money units.
 */
public final class QuadraticCostGame implements CoalitionOracle {
    private final double[][] benefit;
    private final double[] curvature;

    public QuadraticCostGame(double[][] benefit, double[] curvature) {
        this.benefit = benefit;
        this.curvature = curvature;
    }

    static QuadraticCostGame random(int n, SplittableRandom random) {
        double[][] b = new double[n][n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = random.nextDouble(0.5, 5);
            for (int j = 0; j < n; j++) {
                // Some zero links, as when a receptor is upwind of a source.
                b[j][i] = j == i || random.nextInt(5) == 0 ? 0 : random.nextDouble(0, 20);
            }
        }
        return new QuadraticCostGame(b, c);
    }

    @Override
    public int playerCount() {
        return curvature.length;
    }

    @Override
    public double value(boolean[] members) {
        double total = 0;
        for (int i = 0; i < members.length; i++) {
            if (members[i]) {
                double marginalBenefit = 0;
                for (int j = 0; j < members.length; j++) {
                    if (members[j] && j != i) {
                        marginalBenefit += benefit[j][i];
                    }
                }
                total += marginalBenefit * marginalBenefit / (2 * curvature[i]);
            }
        }
        return total;
    }

    Game toGame() {
        int n = playerCount();
        double[] byMask = new double[1 << n];
        boolean[] members = new boolean[n];
        for (int s = 1; s < byMask.length; s++) {
            for (int p = 0; p < n; p++) {
                members[p] = (s & (1 << p)) != 0;
            }
            byMask[s] = value(members);
        }
        return Game.of(RandomGames.names(n), byMask);
    }

    /**
     * Shapley in O(n³): the square expands into terms b_ji·b_li/(2c_i), j, l ∈ S∖{i}, each a
     * unanimity game on {i, j, l} (two players when j = l), whose Shapley value splits the term
     * equally among those players.
     */
    public double[] closedFormShapley() {
        int n = playerCount();
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < n; l++) {
                    if (j == i || l == i) {
                        continue;
                    }
                    double term = benefit[j][i] * benefit[l][i] / (2 * curvature[i]);
                    if (j == l) {
                        phi[i] += term / 2;
                        phi[j] += term / 2;
                    } else {
                        phi[i] += term / 3;
                        phi[j] += term / 3;
                        phi[l] += term / 3;
                    }
                }
            }
        }
        return phi;
    }
}
