package org.airshed.market.game;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A transferable-utility game with every coalition's value held in memory: {@code value(mask)}
 * is the worth (savings, money) of the coalition whose members are the set bits of {@code mask}
 * (player p is bit p, in the order of {@link #players()}). The empty coalition is worth 0.
 * Held as one array indexed by bitmask, so rules and checks run over coalitions without
 * allocating; at most {@value #MAX_PLAYERS} players (2²² values, 32 MB).
 */
public final class Game {
    public static final int MAX_PLAYERS = 22;

    private final List<String> players;
    private final double[] values;

    private Game(List<String> players, double[] values) {
        this.players = players;
        this.values = values;
    }

    /**
     * A game from values indexed by bitmask: {@code byMask[b]} is v of coalition b, and
     * {@code byMask[0]} must be 0.
     */
    public static Game of(List<String> players, double[] byMask) {
        List<String> names = checkPlayers(players);
        int n = names.size();
        if (byMask.length != 1 << n) {
            throw new IllegalArgumentException("a game of " + n + " players needs " + (1 << n)
                    + " values indexed by bitmask (the empty coalition first); got " + byMask.length);
        }
        if (byMask[0] != 0) {
            throw new IllegalArgumentException("the empty coalition is worth 0; got " + byMask[0]);
        }
        for (int b = 1; b < byMask.length; b++) {
            if (!Double.isFinite(byMask[b])) {
                throw new IllegalArgumentException("the value of coalition " + describe(names, b)
                        + " must be a finite number; got " + byMask[b]);
            }
        }
        return new Game(names, byMask.clone());
    }

    /** A game from the 2ⁿ − 1 non-empty coalitions' values listed in {@code order}. */
    public static Game fromOrder(List<String> players, CoalitionOrder order, double[] listed) {
        List<String> names = checkPlayers(players);
        int n = names.size();
        if (listed.length != (1 << n) - 1) {
            throw new IllegalArgumentException("a game of " + n + " players lists " + ((1 << n) - 1)
                    + " coalition values (every non-empty coalition, in " + order.key() + " order); got "
                    + listed.length);
        }
        int[] masks = order.masks(n);
        double[] byMask = new double[1 << n];
        for (int k = 0; k < listed.length; k++) {
            byMask[masks[k]] = listed[k];
        }
        return of(names, byMask);
    }

    /** The values of the non-empty coalitions listed in {@code order}. */
    public double[] listed(CoalitionOrder order) {
        int[] masks = order.masks(playerCount());
        double[] listed = new double[masks.length];
        for (int k = 0; k < masks.length; k++) {
            listed[k] = values[masks[k]];
        }
        return listed;
    }

    public List<String> players() {
        return players;
    }

    public int playerCount() {
        return players.size();
    }

    /** The bitmask of the grand coalition N. */
    public int grandMask() {
        return (1 << players.size()) - 1;
    }

    public double value(int mask) {
        return values[mask];
    }

    /** v(N): what cooperation of all players is worth. */
    public double grandValue() {
        return values[grandMask()];
    }

    /** v({p}). */
    public double singletonValue(int player) {
        return values[1 << player];
    }

    /** The largest |v(S)|, at least 1: the scale for tolerances. */
    public double scale() {
        double scale = 1;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        return scale;
    }

    /** Members of a coalition, by name, in player order. */
    public List<String> members(int mask) {
        List<String> members = new ArrayList<>();
        for (int p = 0; p < players.size(); p++) {
            if ((mask & (1 << p)) != 0) {
                members.add(players.get(p));
            }
        }
        return members;
    }

    static void checkPlayerCount(int n) {
        if (n < 1 || n > MAX_PLAYERS) {
            throw new IllegalArgumentException("a game held in memory has 1 to " + MAX_PLAYERS
                    + " players; got " + n);
        }
    }

    private static List<String> checkPlayers(List<String> players) {
        checkPlayerCount(players.size());
        List<String> names = List.copyOf(players);
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("player names must be distinct; got " + names);
        }
        return names;
    }

    private static String describe(List<String> names, int mask) {
        List<String> members = new ArrayList<>();
        for (int p = 0; p < names.size(); p++) {
            if ((mask & (1 << p)) != 0) {
                members.add(names.get(p));
            }
        }
        return members.toString();
    }
}
