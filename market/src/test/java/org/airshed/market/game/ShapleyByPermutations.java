package org.airshed.market.game;

/** The textbook Shapley value, averaging marginal contributions over all n! orders: the reference for tests. */
final class ShapleyByPermutations {
    static final int MAX_PLAYERS = 8;

    private ShapleyByPermutations() {
    }

    static double[] byPermutations(Game game) {
        int n = game.playerCount();
        if (n > MAX_PLAYERS) {
            throw new IllegalArgumentException("enumerating n! orders is for at most " + MAX_PLAYERS
                    + " players; got " + n);
        }
        double[] total = new double[n];
        long orders = visit(game, new int[n], 0, 0, total);
        for (int p = 0; p < n; p++) {
            total[p] /= orders;
        }
        return total;
    }

    /** Extends the partial order {@code order[0..depth)} (whose members are {@code joined}) in every way. */
    private static long visit(Game game, int[] order, int depth, int joined, double[] total) {
        int n = game.playerCount();
        if (depth == n) {
            int coalition = 0;
            for (int p : order) {
                total[p] += game.value(coalition | (1 << p)) - game.value(coalition);
                coalition |= 1 << p;
            }
            return 1;
        }
        long count = 0;
        for (int p = 0; p < n; p++) {
            if ((joined & (1 << p)) == 0) {
                order[depth] = p;
                count += visit(game, order, depth + 1, joined | (1 << p), total);
            }
        }
        return count;
    }
}
