package org.airshed.core.allocation.multi;

/**
 * The rows that couple regions, in one list: the caps (capped pollutants in order), then the
 * receptor rows. Row j asks Σ_r Σ_p coefficient[j][p * R + r] · A_rp ≥ requirement[j]; a cap's
 * coefficients are 1 on its pollutant, a receptor's are its signed transfer coefficients.
 */
final class CouplingRows {
    final int count;
    final int caps;
    /** Pollutant of cap row j (j < caps). */
    final int[] capPollutant;
    final double[][] coefficient;
    final double[] requirement;
    /** Σ_r Σ_p |coefficient| · (most region r can abate of p), or |requirement| if larger: the row's scale. */
    final double[] reach;

    CouplingRows(MultiPollutantProblem q) {
        int capCount = 0;
        for (int p = 0; p < q.pollutants; p++) {
            if (!Double.isNaN(q.capRequirement[p])) {
                capCount++;
            }
        }
        caps = capCount;
        count = caps + q.transfer.length;
        capPollutant = new int[caps];
        coefficient = new double[count][];
        requirement = new double[count];
        int j = 0;
        for (int p = 0; p < q.pollutants; p++) {
            if (!Double.isNaN(q.capRequirement[p])) {
                capPollutant[j] = p;
                coefficient[j] = new double[q.pollutants * q.regions];
                for (int r = 0; r < q.regions; r++) {
                    coefficient[j][p * q.regions + r] = 1;
                }
                requirement[j] = q.capRequirement[p];
                j++;
            }
        }
        for (int k = 0; k < q.transfer.length; k++) {
            coefficient[caps + k] = q.transfer[k];
            requirement[caps + k] = q.receptorRequirement[k];
        }
        double[][] regionMax = q.regionMaxima();
        reach = new double[count];
        for (int row = 0; row < count; row++) {
            double scale = Math.abs(requirement[row]);
            double sum = 0;
            for (int r = 0; r < q.regions; r++) {
                for (int p = 0; p < q.pollutants; p++) {
                    sum += Math.abs(coefficient[row][p * q.regions + r]) * regionMax[r][p];
                }
            }
            reach[row] = Math.max(scale, sum);
        }
    }

    /** Row j's value at region r's totals {@code total[0 .. P)}. */
    double regionTerm(int j, int r, double[] total, int regions) {
        double s = 0;
        double[] c = coefficient[j];
        for (int p = 0; p < total.length; p++) {
            s += c[p * regions + r] * total[p];
        }
        return s;
    }

    /** Σ_p |coefficient · A_rp|: the size of region r's terms in row j, for tolerances (signed terms cancel). */
    double regionMagnitude(int j, int r, double[] total, int regions) {
        double s = 0;
        double[] c = coefficient[j];
        for (int p = 0; p < total.length; p++) {
            s += Math.abs(c[p * regions + r] * total[p]);
        }
        return s;
    }

    /** A user's name for row j. */
    String name(MultiPollutantProblem q, int j) {
        return j < caps ? "the " + q.pollutantIds[capPollutant[j]] + " cap" : "receptor row " + (j - caps);
    }
}
