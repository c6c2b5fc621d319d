package org.airshed.market.game;

/**
 * A game too large to hold in memory: coalition values computed on demand. Used by sampled
 * Shapley when there are more than {@link Game#MAX_PLAYERS} players.
 */
public interface CoalitionOracle {
    int playerCount();

    /** v(S) for the coalition whose members are the players p with {@code members[p]}; v(∅) = 0. */
    double value(boolean[] members);

    /** A game held in memory, seen as an oracle. */
    static CoalitionOracle of(Game game) {
        return new CoalitionOracle() {
            @Override
            public int playerCount() {
                return game.playerCount();
            }

            @Override
            public double value(boolean[] members) {
                int mask = 0;
                for (int p = 0; p < members.length; p++) {
                    if (members[p]) {
                        mask |= 1 << p;
                    }
                }
                return game.value(mask);
            }
        };
    }
}
