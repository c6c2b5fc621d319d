package org.airshed.core.discrete;

import java.util.Arrays;
import org.airshed.core.model.TechnologyOption;

/**
 * The discrete-technology problem (a multiple-choice knapsack with covering rows) in solver
 * form: primitive arrays, built once by {@link DiscreteProblemBuilder}, never modified.
 *
 * <pre>
 * choose one option o_i per source (option 0 = no control, zero cost and zero removal)
 * minimise   Σ_i annualCost_i(o_i)                                   (money per year)
 * subject to Σ_i a_i ≥ capRequirement                               (mass, if hasCap)
 *            Σ_i T_{k, region(i)} a_i ≥ receptorRequirement[k]       (concentration)
 * where a_i = removal_i(o_i) × baseline_i is the abatement of source i (mass per year).
 * </pre>
 * Receptor requirements follow {@link org.airshed.core.allocation.AllocationProblem}: the
 * reduction in concentration needed at receptor k, with transfer coefficients per source region.
 * Options of source i are numbered 0 (no control) to {@code optionCount(i) - 1}.
 */
public final class DiscreteProblem {
    /** Name of the implicit option 0. */
    public static final String NO_CONTROL = TechnologyOption.NO_CONTROL;

    final String[] regionIds;
    final String[] sourceIds;
    final int[] sourceRegion;
    final double[] baseline;
    /** Explicit options of source i are {@code optionStart[i] .. optionStart[i+1]-1} (its options 1, 2, …). */
    final int[] optionStart;
    final String[] optionName;
    final double[] removal;
    final double[] annualCost;
    final boolean hasCap;
    final double capRequirement;
    final int[] receptorRegion;
    /** Row-major K × R: {@code transfer[k * R + r]}. */
    final double[] transfer;
    final double[] receptorRequirement;

    DiscreteProblem(DiscreteProblemBuilder b) {
        this.regionIds = b.regionIds.toArray(new String[0]);
        this.sourceIds = b.sourceIds.toArray(new String[0]);
        this.sourceRegion = b.sourceRegion.toArray();
        this.baseline = b.baseline.toArray();
        this.optionStart = b.optionStart.toArray();
        this.optionName = b.optionName.toArray(new String[0]);
        this.removal = b.removal.toArray();
        this.annualCost = b.annualCost.toArray();
        this.hasCap = b.hasCap;
        this.capRequirement = b.capRequirement;
        this.receptorRegion = b.receptorRegion.toArray();
        int regions = regionIds.length;
        this.transfer = new double[receptorRegion.length * regions];
        for (int k = 0; k < receptorRegion.length; k++) {
            System.arraycopy(b.transferRows.get(k), 0, transfer, k * regions, regions);
        }
        this.receptorRequirement = b.receptorRequirement.toArray();
    }

    public static DiscreteProblemBuilder builder() {
        return new DiscreteProblemBuilder();
    }

    public int regionCount() {
        return regionIds.length;
    }

    public String regionId(int r) {
        return regionIds[r];
    }

    public int sourceCount() {
        return sourceIds.length;
    }

    public String sourceId(int i) {
        return sourceIds[i];
    }

    public int sourceRegion(int i) {
        return sourceRegion[i];
    }

    /** Baseline emission of source i (mass per year). */
    public double baseline(int i) {
        return baseline[i];
    }

    /** Number of options of source i, including option 0 (no control). */
    public int optionCount(int i) {
        return optionStart[i + 1] - optionStart[i] + 1;
    }

    public String optionName(int i, int option) {
        return option == 0 ? NO_CONTROL : optionName[index(i, option)];
    }

    /** Fraction of the baseline removed by the option (0 for no control). */
    public double removal(int i, int option) {
        return option == 0 ? 0 : removal[index(i, option)];
    }

    /** Annualised cost of the option (money per year; 0 for no control). */
    public double annualCost(int i, int option) {
        return option == 0 ? 0 : annualCost[index(i, option)];
    }

    /** Abatement of the option: removal × baseline (mass per year). */
    public double abatement(int i, int option) {
        return removal(i, option) * baseline[i];
    }

    /** Largest abatement source i can reach with any option (mass per year). */
    public double maxAbatement(int i) {
        double max = 0;
        for (int o = 1; o < optionCount(i); o++) {
            max = Math.max(max, abatement(i, o));
        }
        return max;
    }

    public boolean hasCap() {
        return hasCap;
    }

    /** Minimum total abatement the cap requires (mass); meaningful only if {@link #hasCap()}. */
    public double capRequirement() {
        return capRequirement;
    }

    public int receptorCount() {
        return receptorRegion.length;
    }

    /** Region index where receptor k is located. */
    public int receptorRegion(int k) {
        return receptorRegion[k];
    }

    /** Concentration at receptor k per unit of emission from region r. */
    public double transfer(int k, int r) {
        return transfer[k * regionIds.length + r];
    }

    /** Minimum Σ_i T_{k,region(i)} a_i that receptor k's limit requires (concentration). */
    public double receptorRequirement(int k) {
        return receptorRequirement[k];
    }

    /** Total annual cost of a choice (one option index per source). */
    public double cost(int[] choice) {
        checkChoice(choice);
        double total = 0;
        for (int i = 0; i < choice.length; i++) {
            total += annualCost(i, choice[i]);
        }
        return total;
    }

    /** Total abatement Σ_i a_i of a choice (mass per year). */
    public double totalAbatement(int[] choice) {
        checkChoice(choice);
        double total = 0;
        for (int i = 0; i < choice.length; i++) {
            total += abatement(i, choice[i]);
        }
        return total;
    }

    /** Reduction in concentration at receptor k, Σ_i T_{k,region(i)} a_i, of a choice. */
    public double receptorReduction(int[] choice, int k) {
        checkChoice(choice);
        double total = 0;
        for (int i = 0; i < choice.length; i++) {
            total += transfer(k, sourceRegion[i]) * abatement(i, choice[i]);
        }
        return total;
    }

    private void checkChoice(int[] choice) {
        if (choice.length != sourceIds.length) {
            throw new IllegalArgumentException("choice length " + choice.length + " is not the source count "
                    + sourceIds.length);
        }
        for (int i = 0; i < choice.length; i++) {
            if (choice[i] < 0 || choice[i] >= optionCount(i)) {
                throw new IllegalArgumentException("invalid option " + choice[i] + " of source " + sourceIds[i]);
            }
        }
    }

    private int index(int i, int option) {
        if (option < 0 || option >= optionCount(i)) {
            throw new IndexOutOfBoundsException("option " + option + " of source " + sourceIds[i]
                    + " (has " + optionCount(i) + " options including " + NO_CONTROL + ")");
        }
        return optionStart[i] + option - 1;
    }

    @Override
    public String toString() {
        return "DiscreteProblem[regions=" + Arrays.toString(regionIds) + ", sources=" + sourceCount()
                + ", options=" + optionName.length + ", cap=" + (hasCap ? capRequirement : "none")
                + ", receptors=" + receptorCount() + "]";
    }
}
