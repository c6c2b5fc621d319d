package org.airshed.market.game;

import java.util.Arrays;

/**
 * Core and individual-rationality checks of a payoff vector x (gains per player, money units):
 * x is in the core when x(S) ≥ v(S) for every coalition S. Efficiency x(N) = v(N) is the
 * budget-balance check and is not part of this one.
 */
public final class CoreCheck {
    private CoreCheck() {
    }

    /** Max excess and most-blocking coalition over all 2ⁿ − 2 proper coalitions, in O(2ⁿ). */
    public static CoreResult of(Game game, double[] gains) {
        PayoffChecks.requireFinite(game, gains, "gains");
        int grand = game.grandMask();
        // x(S) = x(S without its highest member) + x_highest adds members in ascending order,
        // the same rounding as bruteForce, so both find the same mask even on near-ties.
        double[] paid = new double[grand + 1];
        double best = Double.NEGATIVE_INFINITY;
        int bestMask = 0;
        for (int s = 1; s < grand; s++) {
            int top = Integer.highestOneBit(s);
            paid[s] = paid[s ^ top] + gains[Integer.numberOfTrailingZeros(top)];
            double excess = game.value(s) - paid[s];
            if (excess > best) {
                best = excess;
                bestMask = s;
            }
        }
        return new CoreResult(best, bestMask);
    }

    /** The obviously-correct reference for {@link #of}: sums each coalition's members afresh. */
    public static CoreResult bruteForce(Game game, double[] gains) {
        PayoffChecks.requireFinite(game, gains, "gains");
        int n = game.playerCount();
        double best = Double.NEGATIVE_INFINITY;
        int bestMask = 0;
        for (int s = 1; s < game.grandMask(); s++) {
            double paid = 0;
            for (int p = 0; p < n; p++) {
                if ((s & (1 << p)) != 0) {
                    paid += gains[p];
                }
            }
            double excess = game.value(s) - paid;
            if (excess > best) {
                best = excess;
                bestMask = s;
            }
        }
        return new CoreResult(best, bestMask);
    }

    /**
     * The players, ascending, who would do better alone: gains_i − transactionCost_i &lt;
     * v({i}) − tolerance, the cost being what joining the scheme costs player i (money, ≥ 0).
     * Empty when x is individually rational.
     */
    public static int[] individuallyRational(Game game, double[] gains, double[] transactionCost,
            double tolerance) {
        PayoffChecks.requireFinite(game, gains, "gains");
        PayoffChecks.requireFinite(game, transactionCost, "transactionCost");
        for (int p = 0; p < transactionCost.length; p++) {
            if (transactionCost[p] < 0) {
                throw new IllegalArgumentException("transactionCost[" + p + "] (" + game.players().get(p)
                        + ") must be ≥ 0; got " + transactionCost[p]);
            }
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and ≥ 0; got " + tolerance);
        }
        int[] worseOff = new int[gains.length];
        int count = 0;
        for (int p = 0; p < gains.length; p++) {
            if (gains[p] - transactionCost[p] < game.singletonValue(p) - tolerance) {
                worseOff[count++] = p;
            }
        }
        return Arrays.copyOf(worseOff, count);
    }
}
