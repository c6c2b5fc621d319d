package org.airshed.core.discrete.multi;

import org.airshed.core.allocation.multi.MultiPollutantProblem;

/**
 * Discrete mode with several pollutants in solver form: each source applies one of its co-control
 * options or none (x_o ∈ {0, 1}, Σ_o x_o ≤ 1), built once from a {@link MultiPollutantProblem} whose
 * sources all abate by options, never modified.
 *
 * <pre>
 * minimise   Σ_i c(o_i)                                         (money per year)
 * subject to Σ_i u_j(o_i) ≥ R_j   for every row j
 * </pre>
 * Rows are the capped pollutants (in pollutant order: u = ρ_op e_ip, mass) and then the receptor
 * limits (u = Σ_p T_kp,region(i) ρ_op e_ip, concentration, signed: a NOx cut may raise a receptor).
 * A source's choice is 0 (no control, zero cost and zero removal) or 1 … optionCount(i) − 1 (its
 * listed options in order). A choice meets row j when its total (compensated sum) is at least
 * R_j − tolerance(j), where
 * <pre>
 * tolerance(j) = 1e-12 × (|R_j| + max_{i,o} |u_j(o)|) + (n + P + 4) ε × (|R_j| + Σ_i Σ_p |coefficient_jp e_ip|)
 * </pre>
 * The first term is version 1's relative slack, but of one term, not of every source's largest
 * removal summed; the second bounds the binary rounding of the decimal data, the products and the
 * sums that formed R_j and the u_j (ε = 2^-52, n sources, P pollutants). Both stay far below the
 * 0.001 t quantum of a cap on any real inventory, so a choice short of a requirement by a decimal
 * quantum does not meet it.
 */
public final class MultiDiscreteProblem {
    /** Relative slack of a row, of its requirement and its largest single term (version 1's 1e-12). */
    public static final double ROW_TOLERANCE = 1e-12;

    private final MultiPollutantProblem base;
    private final int sources;
    private final int rows;
    /** Global option index (of {@code base}) of source i's option 1 (its option k is optionStart[i] + k − 1). */
    private final int[] optionStart;
    /** u_j of global option o: {@code units[o * rows + j]}. */
    private final double[] units;
    private final double[] required;
    private final double[] tolerance;
    /** |R_j| + Σ_i max_o |u_j(o)|: the row's reachable scale, for weighing shortfalls. */
    private final double[] scale;
    /** Pollutant of cap row j (j < capRows); receptor index of row capRows + k. */
    private final int[] rowPollutant;
    private final int capRows;

    private MultiDiscreteProblem(MultiPollutantProblem base) {
        this.base = base;
        this.sources = base.sourceCount();
        int caps = 0;
        for (int p = 0; p < base.pollutantCount(); p++) {
            caps += base.hasCap(p) ? 1 : 0;
        }
        this.capRows = caps;
        this.rows = caps + base.receptorCount();
        this.rowPollutant = new int[caps];
        for (int p = 0, j = 0; p < base.pollutantCount(); p++) {
            if (base.hasCap(p)) {
                rowPollutant[j++] = p;
            }
        }
        this.optionStart = new int[sources + 1];
        for (int i = 0; i < sources; i++) {
            if (!base.isOptionSource(i)) {
                throw new IllegalArgumentException("invalid source " + i + ": abates by curves, not options;"
                        + " discrete mode needs options on every source");
            }
            optionStart[i] = base.optionStart(i);
        }
        optionStart[sources] = base.optionCount();
        for (int p = 0; p < base.pollutantCount(); p++) {
            for (int r = 0; r < base.regionCount(); r++) {
                if (base.weight(p, r) != 0) {
                    throw new IllegalArgumentException("invalid welfare weight of " + base.pollutantId(p) + " in "
                            + base.regionId(r) + ": " + base.weight(p, r) + " (discrete mode minimises cost only)");
                }
            }
        }
        this.units = new double[base.optionCount() * rows];
        int pCount = base.pollutantCount();
        for (int i = 0; i < sources; i++) {
            int r = base.sourceRegion(i);
            for (int o = optionStart[i]; o < optionStart[i + 1]; o++) {
                for (int j = 0; j < caps; j++) {
                    int p = rowPollutant[j];
                    units[o * rows + j] = base.optionRemoval(o, p) * base.emission(i, p);
                }
                for (int k = 0; k < base.receptorCount(); k++) {
                    double u = 0;
                    for (int p = 0; p < pCount; p++) {
                        u += base.transfer(k, p, r) * base.optionRemoval(o, p) * base.emission(i, p);
                    }
                    units[o * rows + caps + k] = u;
                }
            }
        }
        this.required = new double[rows];
        this.tolerance = new double[rows];
        this.scale = new double[rows];
        double ulps = (sources + pCount + 4) * Math.ulp(1.0);
        for (int j = 0; j < rows; j++) {
            required[j] = j < caps ? base.capRequirement(rowPollutant[j]) : base.receptorRequirement(j - caps);
            double reachable = 0;
            double largest = 0;
            double magnitude = Math.abs(required[j]);
            for (int i = 0; i < sources; i++) {
                double most = 0;
                for (int o = optionStart[i]; o < optionStart[i + 1]; o++) {
                    most = Math.max(most, Math.abs(units[o * rows + j]));
                }
                reachable += most;
                largest = Math.max(largest, most);
                magnitude += baselineMagnitude(i, j);
            }
            scale[j] = Math.abs(required[j]) + reachable;
            tolerance[j] = ROW_TOLERANCE * (Math.abs(required[j]) + largest) + ulps * magnitude;
        }
    }

    /** Σ_p |coefficient_jp e_ip| of source i in row j: what its baseline puts into the row, unsigned. */
    private double baselineMagnitude(int i, int j) {
        if (j < capRows) {
            return Math.abs(base.emission(i, rowPollutant[j]));
        }
        double sum = 0;
        for (int p = 0; p < base.pollutantCount(); p++) {
            sum += Math.abs(base.transfer(j - capRows, p, base.sourceRegion(i)) * base.emission(i, p));
        }
        return sum;
    }

    /**
     * @throws IllegalArgumentException when a source abates by curves or the problem has welfare weights
     *                                  (the study refuses both first, at their JSON path)
     */
    public static MultiDiscreteProblem of(MultiPollutantProblem base) {
        return new MultiDiscreteProblem(base);
    }

    /** The continuous problem this one restricts to whole options (its relaxation). */
    public MultiPollutantProblem base() {
        return base;
    }

    public int sourceCount() {
        return sources;
    }

    public int rowCount() {
        return rows;
    }

    /** Cap rows come first, one per capped pollutant in pollutant order. */
    public int capRowCount() {
        return capRows;
    }

    /** Pollutant index of cap row j (j < {@link #capRowCount()}). */
    public int rowPollutant(int j) {
        return rowPollutant[j];
    }

    /** Options of source i, including option 0 (no control). */
    public int optionCount(int i) {
        return optionStart[i + 1] - optionStart[i] + 1;
    }

    /** The base problem's global option index of option k ≥ 1 of source i. */
    public int globalOption(int i, int k) {
        if (k < 1 || k >= optionCount(i)) {
            throw new IndexOutOfBoundsException("option " + k + " of source " + i + " (has " + optionCount(i)
                    + " including none)");
        }
        return optionStart[i] + k - 1;
    }

    /** Annual cost of option k of source i (0 for none; money per year). */
    public double cost(int i, int k) {
        return k == 0 ? 0 : base.optionCost(globalOption(i, k));
    }

    /** What option k of source i adds to row j (0 for none). */
    public double units(int i, int k, int j) {
        return k == 0 ? 0 : units[globalOption(i, k) * rows + j];
    }

    /** Removal of pollutant p by option k of source i (0 for none). */
    public double removal(int i, int k, int p) {
        return k == 0 ? 0 : base.optionRemoval(globalOption(i, k), p);
    }

    /** Abatement of pollutant p by option k of source i: removal × baseline (mass per year). */
    public double abatement(int i, int k, int p) {
        return removal(i, k, p) * base.emission(i, p);
    }

    /** R_j: a cap row's required total abatement (mass), a receptor row's required fall in concentration. */
    public double required(int j) {
        return required[j];
    }

    /** How far below R_j a total still meets row j (rounding of decimal data, never a decimal quantum). */
    public double tolerance(int j) {
        return tolerance[j];
    }

    /** |R_j| + Σ_i max_o |u_j(o)|: the row's scale, for weighing one row's shortfall against another's. */
    public double scale(int j) {
        return scale[j];
    }

    /** Σ_i c(o_i) of a choice (one option index per source, 0 = none). */
    public double cost(int[] choice) {
        checkChoice(choice);
        double total = 0;
        for (int i = 0; i < sources; i++) {
            total += cost(i, choice[i]);
        }
        return total;
    }

    /** Σ_i u_j(o_i) of a choice, compensated (Neumaier): off by about one rounding of the total, not n. */
    public double rowTotal(int[] choice, int j) {
        checkChoice(choice);
        double total = 0;
        double carry = 0;
        for (int i = 0; i < sources; i++) {
            double u = units(i, choice[i], j);
            double t = total + u;
            carry += Math.abs(total) >= Math.abs(u) ? (total - t) + u : (u - t) + total;
            total = t;
        }
        return total + carry;
    }

    /** Whether a choice meets every row (within {@link #tolerance(int)}). */
    public boolean meets(int[] choice) {
        for (int j = 0; j < rows; j++) {
            if (rowTotal(choice, j) < required[j] - tolerance[j]) {
                return false;
            }
        }
        return true;
    }

    private void checkChoice(int[] choice) {
        if (choice.length != sources) {
            throw new IllegalArgumentException("invalid choice length " + choice.length + " (sources " + sources + ")");
        }
        for (int i = 0; i < sources; i++) {
            if (choice[i] < 0 || choice[i] >= optionCount(i)) {
                throw new IllegalArgumentException("invalid option " + choice[i] + " of source " + i + " (has "
                        + optionCount(i) + " including none)");
            }
        }
    }
}
