package org.airshed.market.game;

/**
 * The least core over pre-imputations (x(N) = v(N), no individual-rationality bounds): the least ε
 * with x(S) ≥ v(S) − ε for every coalition S ∉ {∅, N}, in the game's money units.
 */
public final class LeastCore {
    /** Feasibility slack in units of {@link Game#scale()}. */
    private static final double TOLERANCE = 1e-10;

    private LeastCore() {
    }

    /**
     * ε* and a payoff attaining it. With one player there is no coalition besides ∅ and N, so the
     * constraint set is empty; ε* is reported as 0 (the core, {v(N)}, is non-empty) and the payoff
     * is v(N). Row generation keeps the LP to a few hundred coalitions even at 20 players.
     */
    public static LeastCoreResult of(Game game) {
        int n = game.playerCount();
        int grand = game.grandMask();
        if (n == 1) {
            return new LeastCoreResult(0, new double[] {game.grandValue()});
        }
        double scale = game.scale();
        double[] worth = new double[grand + 1];
        boolean[] proper = new boolean[grand + 1];
        for (int mask = 1; mask < grand; mask++) {
            worth[mask] = game.value(mask) / scale;
            proper[mask] = true;
        }
        worth[grand] = game.grandValue() / scale;
        ExcessLinearProgram lp = new ExcessLinearProgram(n, worth, proper, false, TOLERANCE);
        lp.fix(grand, worth[grand]);
        // Singletons and their complements bound every x_i from both sides, so the first LP is bounded.
        for (int i = 0; i < n; i++) {
            lp.anchor(1 << i);
            lp.anchor(grand ^ (1 << i));
        }
        double[] x = lp.minimizeLargestExcess(ExcessLinearProgram.compromise(n, worth)).payoff();
        // Report the largest excess the returned payoff actually leaves: no coalition exceeds ε beyond rounding.
        double[] sums = new double[grand + 1];
        PayoffSumsByMask.fill(x, sums);
        double largest = Double.NEGATIVE_INFINITY;
        for (int mask = 1; mask < grand; mask++) {
            largest = Math.max(largest, worth[mask] - sums[mask]);
        }
        double[] payoff = new double[n];
        for (int i = 0; i < n; i++) {
            payoff[i] = x[i] * scale;
        }
        return new LeastCoreResult(largest * scale, payoff);
    }
}
