package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The coalitions of a scenario game as computed, for export: every non-empty coalition when the
 * game is held ({@link #complete()}, row b − 1 being the coalition whose bitmask is b, player 1 the
 * lowest bit), else the coalitions the checks read (each player alone, each player's complement,
 * everyone). Per row: members, value (money saved), the members' cost (money) and abatement (mass)
 * under the coalition's plan, and the receptors whose limits bind it.
 */
public final class CoalitionTable {
    private final List<String> players;
    private final List<String> receptors;
    private final BitSet[] members;
    private final double[] value;
    private final double[] cost;
    private final double[] abatement;
    private final int[][] binding;
    private final boolean complete;

    private CoalitionTable(List<String> players, List<String> receptors, BitSet[] members, double[] value,
                           double[] cost, double[] abatement, int[][] binding, boolean complete) {
        this.players = List.copyOf(players);
        this.receptors = List.copyOf(receptors);
        this.members = members;
        this.value = value;
        this.cost = cost;
        this.abatement = abatement;
        this.binding = binding;
        this.complete = complete;
    }

    /** Every coalition, outcome b − 1 being bitmask b's. */
    static CoalitionTable complete(List<String> players, List<String> receptors, CoalitionOutcome[] byMaskLessOne) {
        return of(players, receptors, byMaskLessOne, null, true);
    }

    /** Selected coalitions, {@code members[r]} being row r's. */
    static CoalitionTable partial(List<String> players, List<String> receptors, List<BitSet> members,
                                  List<CoalitionOutcome> outcomes) {
        return of(players, receptors, outcomes.toArray(CoalitionOutcome[]::new), members.toArray(BitSet[]::new),
                false);
    }

    private static CoalitionTable of(List<String> players, List<String> receptors, CoalitionOutcome[] outcomes,
                                     BitSet[] members, boolean complete) {
        int rows = outcomes.length;
        double[] value = new double[rows];
        double[] cost = new double[rows];
        double[] abatement = new double[rows];
        int[][] binding = new int[rows][];
        for (int r = 0; r < rows; r++) {
            value[r] = outcomes[r].value();
            cost[r] = outcomes[r].cost();
            abatement[r] = outcomes[r].abatement();
            binding[r] = outcomes[r].bindingReceptors();
        }
        return new CoalitionTable(players, receptors, members, value, cost, abatement, binding, complete);
    }

    public List<String> players() {
        return players;
    }

    /** True when every non-empty coalition is listed, in binary order. */
    public boolean complete() {
        return complete;
    }

    public int rowCount() {
        return value.length;
    }

    /** The members of row r's coalition, as player positions (player 1 is position 0). */
    public BitSet members(int row) {
        if (complete) {
            return BitSet.valueOf(new long[] {row + 1L});
        }
        return (BitSet) members[row].clone();
    }

    /** v(S), money saved against the baseline. */
    public double value(int row) {
        return value[row];
    }

    /** The members' abatement cost under the coalition's plan (money). */
    public double cost(int row) {
        return cost[row];
    }

    /** The members' abatement under the coalition's plan (mass). */
    public double abatement(int row) {
        return abatement[row];
    }

    /** Ids of the receptors whose limits bind the coalition's plan, in receptor order. */
    public List<String> bindingLimits(int row) {
        List<String> ids = new ArrayList<>();
        for (int k : binding[row]) {
            ids.add(receptors.get(k));
        }
        return ids;
    }
}
