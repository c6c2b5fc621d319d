package org.airshed.market.compensation;

import org.airshed.market.game.Game;

/**
 * The game net of transaction costs (money): every member of a cooperating coalition pays what
 * joining costs it, going alone costs nothing, so w(S) = v(S) − Σ_{i∈S} transactionCost_i for
 * |S| ≥ 2 and w({i}) = v({i}). Payoffs are net too, x_i − transactionCost_i. Its core is the set of
 * x with x_i − transactionCost_i ≥ v({i}) (individual rationality net of costs, as RuleChecks has it)
 * and x(S) ≥ v(S) for every coalition of two or more (the members' costs cancel).
 */
final class NetGame {
    private NetGame() {
    }

    /** The net game; {@code game} itself when every transaction cost is 0. */
    static Game of(Game game, double[] transactionCost) {
        boolean free = true;
        for (double c : transactionCost) {
            free &= c == 0;
        }
        if (free) {
            return game;
        }
        int grand = game.grandMask();
        double[] values = new double[grand + 1];
        double[] paid = new double[grand + 1];
        for (int mask = 1; mask <= grand; mask++) {
            int top = Integer.highestOneBit(mask);
            paid[mask] = paid[mask ^ top] + transactionCost[Integer.numberOfTrailingZeros(top)];
            values[mask] = Integer.bitCount(mask) == 1 ? game.value(mask) : game.value(mask) - paid[mask];
        }
        return Game.of(game.players(), values);
    }
}
