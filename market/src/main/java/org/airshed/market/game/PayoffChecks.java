package org.airshed.market.game;

/** Validation of per-player vectors (payoffs, costs, weights in money units) shared by the rules. */
final class PayoffChecks {
    private PayoffChecks() {
    }

    /** Rejects a vector of the wrong length or with a non-finite entry, naming {@code what}. */
    static void requireFinite(Game game, double[] vector, String what) {
        requireFinite(game.players(), vector, what);
    }

    static void requireFinite(java.util.List<String> players, double[] vector, String what) {
        if (vector == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (vector.length != players.size()) {
            throw new IllegalArgumentException(what + " must have one entry per player ("
                    + players.size() + "); got " + vector.length);
        }
        for (int p = 0; p < vector.length; p++) {
            if (!Double.isFinite(vector[p])) {
                throw new IllegalArgumentException(what + "[" + p + "] (" + players.get(p)
                        + ") must be a finite number; got " + vector[p]);
            }
        }
    }
}
