package org.airshed.market.game;

/**
 * The linear span of coalition indicator vectors 1_S in Rⁿ, kept in reduced row-echelon form, so
 * that "is x(S) already determined by the coalitions fixed so far?" is a cheap question.
 */
final class IndicatorSpan {
    /** Entries below this (indicators are 0/1, so the basis holds small rationals) count as zero. */
    private static final double ZERO = 1e-9;

    private final int players;
    private final double[][] rows;
    private final int[] pivots;
    private int rank;

    IndicatorSpan(int players) {
        this.players = players;
        this.rows = new double[players][];
        this.pivots = new int[players];
    }

    int rank() {
        return rank;
    }

    boolean contains(int mask) {
        return pivotOf(residual(mask)) < 0;
    }

    /** Adds 1_S; false when it was already in the span. */
    boolean add(int mask) {
        double[] r = residual(mask);
        int pivot = pivotOf(r);
        if (pivot < 0) {
            return false;
        }
        double p = r[pivot];
        for (int j = 0; j < players; j++) {
            r[j] /= p;
        }
        for (int k = 0; k < rank; k++) {
            double c = rows[k][pivot];
            if (c != 0) {
                for (int j = 0; j < players; j++) {
                    rows[k][j] -= c * r[j];
                }
            }
        }
        rows[rank] = r;
        pivots[rank] = pivot;
        rank++;
        return true;
    }

    private double[] residual(int mask) {
        double[] r = new double[players];
        for (int j = 0; j < players; j++) {
            if ((mask & (1 << j)) != 0) {
                r[j] = 1;
            }
        }
        for (int k = 0; k < rank; k++) {
            double c = r[pivots[k]];
            if (c != 0) {
                double[] row = rows[k];
                for (int j = 0; j < players; j++) {
                    r[j] -= c * row[j];
                }
            }
        }
        return r;
    }

    /** The largest entry's position (the numerically safest pivot), or −1 when all are zero. */
    private int pivotOf(double[] r) {
        int best = -1;
        double largest = ZERO;
        for (int j = 0; j < players; j++) {
            if (Math.abs(r[j]) > largest) {
                largest = Math.abs(r[j]);
                best = j;
            }
        }
        return best;
    }
}
