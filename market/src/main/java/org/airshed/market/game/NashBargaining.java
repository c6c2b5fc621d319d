package org.airshed.market.game;

/**
 * The Nash bargaining solution of a TU game: each player gets its disagreement payoff d_i plus an
 * equal share of the surplus, x_i = d_i + (v(N) − Σd)/n, in money units (positive = gain).
 */
public final class NashBargaining {
    private NashBargaining() {
    }

    /** Payoffs from disagreement point {@code disagreement} (money per player). */
    public static double[] of(Game game, double[] disagreement) {
        return of(game.players(), game.grandValue(), disagreement);
    }

    /** The same from v(N) alone, for games too large to hold in memory. */
    public static double[] of(java.util.List<String> players, double grandValue, double[] disagreement) {
        PayoffChecks.requireFinite(players, disagreement, "disagreement");
        int n = players.size();
        double total = 0;
        for (double d : disagreement) {
            total += d;
        }
        double share = (grandValue - total) / n;
        double[] x = new double[n];
        for (int p = 0; p < n; p++) {
            x[p] = disagreement[p] + share;
        }
        return x;
    }

    /** Payoffs with each player's stand-alone value v({i}) as its disagreement payoff. */
    public static double[] of(Game game) {
        double[] d = new double[game.playerCount()];
        for (int p = 0; p < d.length; p++) {
            d[p] = game.singletonValue(p);
        }
        return of(game, d);
    }
}
