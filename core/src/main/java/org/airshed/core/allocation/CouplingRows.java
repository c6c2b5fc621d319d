package org.airshed.core.allocation;

/**
 * The K + 1 rows that couple the regions (cap first, then receptors), each divided by its largest
 * coefficient so that every row reads in mass units and its dual in money per mass: row j is
 * Σ_r c_jr A_r ≥ b_j with 0 ≤ c_jr ≤ 1. A requirement above what the row reaches with every
 * source at its maximum, which {@link FeasibilityCheck} forgives as rounding, is lowered to that
 * reach, so the row is met exactly at full abatement.
 */
final class CouplingRows {
    final int rows;
    final int regions;
    /** c[j][r], scaled. */
    final double[][] coefficient;
    /** b_j, scaled (mass). */
    final double[] rhs;
    /** w_r (money per mass). */
    final double[] weight;
    /** Divisor of row j: its largest coefficient in the caller's units (1 for the cap). */
    final double[] scale;
    /** Σ_r c_jr M_r + |b_j|: what row j sums, the yardstick of its tolerances (mass). */
    final double[] magnitude;

    CouplingRows(AllocationProblem p, double[] regionMax) {
        this.regions = p.regionCount();
        this.rows = (p.hasCap() ? 1 : 0) + p.receptorCount();
        this.coefficient = new double[rows][regions];
        this.rhs = new double[rows];
        this.weight = new double[regions];
        this.scale = new double[rows];
        this.magnitude = new double[rows];
        for (int r = 0; r < regions; r++) {
            weight[r] = p.regionWeight(r);
        }
        for (int j = 0; j < rows; j++) {
            boolean cap = p.hasCap() && j == 0;
            int k = p.hasCap() ? j - 1 : j;
            double largest = 0;
            for (int r = 0; r < regions; r++) {
                coefficient[j][r] = cap ? 1 : p.transfer(k, r);
                largest = Math.max(largest, coefficient[j][r]);
            }
            scale[j] = largest > 0 ? largest : 1;
            double reach = 0;
            for (int r = 0; r < regions; r++) {
                coefficient[j][r] /= scale[j];
                reach += coefficient[j][r] * regionMax[r];
            }
            rhs[j] = Math.min((cap ? p.capRequirement() : p.receptorRequirement(k)) / scale[j], reach);
            magnitude[j] = reach + Math.abs(rhs[j]);
        }
    }

    /** Price every source of region r faces at scaled duals y: w_r + Σ_j c_jr y_j. */
    double price(int r, double[] y) {
        double g = weight[r];
        for (int j = 0; j < rows; j++) {
            g += coefficient[j][r] * y[j];
        }
        return g;
    }

    /** Σ_r c_jr A_r (mass). */
    double activity(int j, double[] regionTotal) {
        double sum = 0;
        for (int r = 0; r < regions; r++) {
            sum += coefficient[j][r] * regionTotal[r];
        }
        return sum;
    }

    /** Duals in the caller's units (money per unit of the original row) from scaled duals. */
    double[] callerDuals(double[] y) {
        double[] out = new double[rows];
        for (int j = 0; j < rows; j++) {
            out[j] = y[j] / scale[j];
        }
        return out;
    }

    /** Scaled duals from duals in the caller's units. */
    double[] scaledDuals(double[] callerDuals) {
        double[] out = new double[rows];
        for (int j = 0; j < rows; j++) {
            out[j] = callerDuals[j] * scale[j];
        }
        return out;
    }
}
