package org.airshed.market.game;

/**
 * Splits v(N) in proportion to given weights (emissions, population, GDP...):
 * x_i = v(N)·w_i/Σw, in money units (positive = gain).
 */
public final class ProportionalRule {
    private ProportionalRule() {
    }

    /** Payoffs for weights that are finite, ≥ 0 and not all zero. */
    public static double[] of(Game game, double[] weights) {
        return of(game.players(), game.grandValue(), weights);
    }

    /** The same from v(N) alone, for games too large to hold in memory. */
    public static double[] of(java.util.List<String> players, double grandValue, double[] weights) {
        PayoffChecks.requireFinite(players, weights, "weights");
        double total = 0;
        for (int p = 0; p < weights.length; p++) {
            if (weights[p] < 0) {
                throw new IllegalArgumentException("weights[" + p + "] (" + players.get(p)
                        + ") must be ≥ 0; got " + weights[p]);
            }
            total += weights[p];
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("weights must have a positive finite sum; got " + total);
        }
        double[] x = new double[weights.length];
        for (int p = 0; p < x.length; p++) {
            x[p] = grandValue * (weights[p] / total);
        }
        return x;
    }
}
