package org.airshed.market.compensation;

/**
 * What a coalition must do, as a small program over its members' region curves:
 * <pre>
 * minimise   Σ_{m} C_m(A_m)
 * subject to Σ_m A_m ≥ requirement                         (mass)
 *            Σ_m weight[k][m]·A_m ≥ rowRequirement[k]      (concentration, one row per receptor kept)
 * </pre>
 * {@code members} are region indices; {@code receptors[k]} is the index (in the game's receptor
 * list) of row k. Rows that ask nothing are left out by whoever builds the program.
 */
record CoalitionProgram(int[] members, double requirement, int[] receptors, double[][] weight,
                        double[] rowRequirement) {
    CoalitionProgram {
        members = members.clone();
        receptors = receptors.clone();
        weight = weight.clone();
        rowRequirement = rowRequirement.clone();
        if (weight.length != receptors.length || rowRequirement.length != receptors.length) {
            throw new IllegalArgumentException("one weight row and one requirement per receptor row; got "
                    + receptors.length + " receptors, " + weight.length + " weight rows, " + rowRequirement.length
                    + " requirements");
        }
        for (double[] row : weight) {
            if (row.length != members.length) {
                throw new IllegalArgumentException("a weight row has one entry per member (" + members.length
                        + "); got " + row.length);
            }
        }
    }

    int size() {
        return members.length;
    }

    int rowCount() {
        return receptors.length;
    }
}
