package org.airshed.market.game;

/**
 * The exact Shapley value: each player's expected marginal contribution over a uniformly random
 * order of joining, in the money units of the game (a positive share is a gain).
 * φ_i = Σ_{S⊆N∖i} |S|!(n−|S|−1)!/n! · [v(S∪i) − v(S)], over all 2ⁿ coalitions in O(n·2ⁿ).
 */
public final class ShapleyValue {
    private ShapleyValue() {
    }

    /** φ indexed by player position; sums to v(N) up to rounding. */
    public static double[] exact(Game game) {
        int n = game.playerCount();
        double[] weight = sizeWeights(n);
        int grand = game.grandMask();
        double[] phi = new double[n];
        for (int p = 0; p < n; p++) {
            int bit = 1 << p;
            double sum = 0;
            for (int s = 0; s <= grand; s++) {
                if ((s & bit) == 0) {
                    sum += weight[Integer.bitCount(s)] * (game.value(s | bit) - game.value(s));
                }
            }
            phi[p] = sum;
        }
        return phi;
    }

    /**
     * weight[s] = s!(n−s−1)!/n!, by the ratio weight[s+1]/weight[s] = (s+1)/(n−s−1) from
     * weight[0] = 1/n, so no factorial is formed (20! already loses integer precision in a double).
     */
    static double[] sizeWeights(int n) {
        double[] weight = new double[n];
        weight[0] = 1.0 / n;
        for (int s = 0; s + 1 < n; s++) {
            weight[s + 1] = weight[s] * (s + 1) / (n - s - 1);
        }
        return weight;
    }
}
