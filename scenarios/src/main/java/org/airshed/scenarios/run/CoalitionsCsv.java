package org.airshed.scenarios.run;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.airshed.market.compensation.CoalitionTable;
import org.airshed.market.game.CoalitionOrder;
import org.airshed.market.game.Game;

/**
 * {@code coalitions.csv}: every coalition's value, so that any rule can be checked elsewhere. One
 * row per coalition, in binary order; both of docs/FORMAT.md's orders are named in the header, because
 * mixing them is the classic bug: {@code binaryIndex} is the coalition's bitmask (player 1 the
 * lowest bit, so entry binaryIndex − 1 of a {@code "binary"} list), {@code lexIndex} its 1-based
 * place in the {@code "lex"} list (by size, then lexicographically). {@code members} lists the
 * players in player order, separated by {@code ;}. For a scenario game: {@code value} (money saved
 * against the baseline), the members' {@code cost} (money) and {@code abatement} (mass) under the
 * coalition's own plan, and the receptors whose limits bind it; for a game given directly only the
 * value. Above {@code ScenarioGame.MAX_HELD_PLAYERS} players the scenario game lists only what its
 * checks read: each player alone, each player's complement, everyone.
 */
public final class CoalitionsCsv {
    static final List<String> HEADER = List.of("binaryIndex", "lexIndex", "members", "size", "value", "cost",
            "abatement", "bindingLimits");

    private CoalitionsCsv() {
    }

    /** The coalitions of a scenario game. */
    public static String of(CoalitionTable table) {
        CsvTable csv = new CsvTable(HEADER);
        List<String> players = table.players();
        int[] lex = table.complete() ? lexIndex(players.size()) : null;
        for (int row = 0; row < table.rowCount(); row++) {
            BitSet members = table.members(row);
            CsvTable.Row line = csv.row();
            if (lex != null) {
                line.number(row + 1L).number(lex[row + 1]);
            } else {
                line.text(binaryIndex(members).toString()).text(lexIndex(members, players.size()).toString());
            }
            line.text(names(players, members)).number(members.cardinality()).number(table.value(row))
                    .number(table.cost(row)).number(table.abatement(row)).text(String.join(";", table.bindingLimits(row)))
                    .end();
        }
        return csv.text();
    }

    /** The coalitions of a game given directly: values only. */
    public static String of(Game game) {
        CsvTable csv = new CsvTable(HEADER);
        int[] lex = lexIndex(game.playerCount());
        for (int mask = 1; mask <= game.grandMask(); mask++) {
            BitSet members = BitSet.valueOf(new long[] {mask});
            csv.row().number(mask).number(lex[mask]).text(names(game.players(), members))
                    .number(members.cardinality()).number(game.value(mask)).text("").text("").text("").end();
        }
        return csv.text();
    }

    /** lexIndex[mask]: the coalition's 1-based place in docs/FORMAT.md's lex order. */
    private static int[] lexIndex(int players) {
        int[] masks = CoalitionOrder.LEX.masks(players);
        int[] index = new int[masks.length + 1];
        for (int k = 0; k < masks.length; k++) {
            index[masks[k]] = k + 1;
        }
        return index;
    }

    /** The bitmask as a number of any size: bit p is player p + 1. */
    static BigInteger binaryIndex(BitSet members) {
        BigInteger index = BigInteger.ZERO;
        for (int p = members.nextSetBit(0); p >= 0; p = members.nextSetBit(p + 1)) {
            index = index.setBit(p);
        }
        return index;
    }

    /**
     * The 1-based place in lex order for any number of players: the coalitions of smaller sizes,
     * then those of the same size whose sorted positions come first lexicographically.
     */
    static BigInteger lexIndex(BitSet members, int players) {
        int size = members.cardinality();
        BigInteger index = BigInteger.ONE;
        for (int k = 1; k < size; k++) {
            index = index.add(binomial(players, k));
        }
        int previous = -1;
        int i = 0;
        for (int c = members.nextSetBit(0); c >= 0; c = members.nextSetBit(c + 1)) {
            i++;
            for (int j = previous + 1; j < c; j++) {
                index = index.add(binomial(players - 1 - j, size - i));
            }
            previous = c;
        }
        return index;
    }

    private static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1L));
        }
        return result;
    }

    private static String names(List<String> players, BitSet members) {
        List<String> names = new ArrayList<>();
        for (int p = members.nextSetBit(0); p >= 0; p = members.nextSetBit(p + 1)) {
            names.add(players.get(p));
        }
        return String.join(";", names);
    }
}
