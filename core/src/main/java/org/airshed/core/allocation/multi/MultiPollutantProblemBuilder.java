package org.airshed.core.allocation.multi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.core.util.PrimitiveLists;

/**
 * Builds a {@link MultiPollutantProblem}. Sources are added in order; after
 * {@link #curveSource} come that source's curves ({@link #steps}, {@link #quadratic}, at most
 * one per pollutant; a pollutant without a curve cannot be abated), after {@link #optionSource}
 * its options ({@link #option}). Every argument is checked (finite, within range) with the bad
 * value in the message: the scenario side validates first, so a throw here is a programming error.
 */
public final class MultiPollutantProblemBuilder {
    final String[] pollutantIds;
    final String[] regionIds;
    private final int pollutants;
    private final int regions;
    final PrimitiveLists.Ints sourceRegion = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles emissions = new PrimitiveLists.Doubles();
    final PrimitiveLists.Ints isOptionSource = new PrimitiveLists.Ints();
    final PrimitiveLists.Ints optionStart = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles optionCost = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles optionRemoval = new PrimitiveLists.Doubles();
    final PrimitiveLists.Ints curveKind = new PrimitiveLists.Ints();
    final PrimitiveLists.Ints blockStart = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles blockAmount = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles blockCost = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadLinear = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadSlope = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadMax = new PrimitiveLists.Doubles();
    final double[] capRequirement;
    final List<double[]> transferRows = new ArrayList<>();
    final PrimitiveLists.Doubles receptorRequirement = new PrimitiveLists.Doubles();
    final double[] weight;

    /** Curves of the last curve source, kept until the next source so that pollutants may come in any order. */
    private final byte[] pendingKind;
    private final double[][] pendingAmounts;
    private final double[][] pendingCosts;
    private final double[] pendingQuad;
    private boolean lastIsCurveSource;
    private boolean lastIsOptionSource;
    private boolean built;

    MultiPollutantProblemBuilder(String[] pollutantIds, String[] regionIds) {
        if (!(pollutantIds != null && pollutantIds.length > 0)) {
            throw invalid("pollutant ids (at least one)", pollutantIds == null ? null : pollutantIds.length);
        }
        if (!(regionIds != null && regionIds.length > 0)) {
            throw invalid("region ids (at least one)", regionIds == null ? null : regionIds.length);
        }
        this.pollutantIds = pollutantIds.clone();
        this.regionIds = regionIds.clone();
        pollutants = pollutantIds.length;
        regions = regionIds.length;
        capRequirement = new double[pollutants];
        Arrays.fill(capRequirement, Double.NaN);
        weight = new double[pollutants * regions];
        pendingKind = new byte[pollutants];
        pendingAmounts = new double[pollutants][];
        pendingCosts = new double[pollutants][];
        pendingQuad = new double[3 * pollutants];
        optionStart.add(0);
        blockStart.add(0);
    }

    /** Adds a source abating by per-pollutant curves; {@code emissions[p]} ≥ 0 its baseline. Returns its index. */
    public int curveSource(int region, double[] emissions) {
        int i = addSource(region, emissions, false);
        lastIsCurveSource = true;
        return i;
    }

    /** Blocks of pollutant p of the last curve source: {@code amounts[b]} at {@code unitCosts[b]} (non-decreasing). */
    public MultiPollutantProblemBuilder steps(int pollutant, double[] amounts, double[] unitCosts) {
        checkCurve(pollutant);
        if (!(amounts.length == unitCosts.length)) {
            throw invalid("block arrays of equal length, got amounts of length",
                    amounts.length + " and unit costs of length " + unitCosts.length);
        }
        for (int b = 0; b < amounts.length; b++) {
            if (!(Double.isFinite(amounts[b]) && amounts[b] >= 0)) {
                throw invalid("block amount [" + b + "]", amounts[b]);
            }
            if (!(Double.isFinite(unitCosts[b]))) {
                throw invalid("block unit cost [" + b + "]", unitCosts[b]);
            }
            if (!(b == 0 || unitCosts[b] >= unitCosts[b - 1])) {
                throw invalid("non-decreasing block unit cost [" + b + "]", unitCosts[b]);
            }
        }
        pendingKind[pollutant] = MultiPollutantProblem.STEPS;
        pendingAmounts[pollutant] = amounts.clone();
        pendingCosts[pollutant] = unitCosts.clone();
        return this;
    }

    /** A quadratic curve {@code linear·a + slope·a²/2} on [0, max] for pollutant p of the last curve source. */
    public MultiPollutantProblemBuilder quadratic(int pollutant, double linear, double slope, double max) {
        checkCurve(pollutant);
        if (!(Double.isFinite(linear))) {
            throw invalid("quadratic linear cost", linear);
        }
        if (!(Double.isFinite(slope) && slope >= 0)) {
            throw invalid("quadratic slope", slope);
        }
        if (!(Double.isFinite(max) && max >= 0)) {
            throw invalid("quadratic maximum", max);
        }
        pendingKind[pollutant] = MultiPollutantProblem.QUADRATIC;
        pendingQuad[3 * pollutant] = linear;
        pendingQuad[3 * pollutant + 1] = slope;
        pendingQuad[3 * pollutant + 2] = max;
        return this;
    }

    /** Adds a source abating by control options (shares Σ x_o ≤ 1); returns its index. */
    public int optionSource(int region, double[] emissions) {
        int i = addSource(region, emissions, true);
        lastIsOptionSource = true;
        return i;
    }

    /** An option of the last option source: annual cost at full application and removal fraction per pollutant. */
    public MultiPollutantProblemBuilder option(double annualCost, double[] removal) {
        requireOpen();
        if (!(lastIsOptionSource)) {
            throw invalid("option() without a preceding optionSource(); last source is a curve source or none", sourceRegion.size());
        }
        if (!(Double.isFinite(annualCost))) {
            throw invalid("option annual cost", annualCost);
        }
        if (!(removal.length == pollutants)) {
            throw invalid("removal length (one per pollutant, " + pollutants + ")", removal.length);
        }
        for (int p = 0; p < pollutants; p++) {
            if (!(Double.isFinite(removal[p]) && removal[p] >= 0 && removal[p] <= 1)) {
                throw invalid("removal fraction of " + pollutantIds[p], removal[p]);
            }
        }
        optionCost.add(annualCost);
        for (double fraction : removal) {
            optionRemoval.add(fraction);
        }
        return this;
    }

    /** Requires Σ_i a_ip ≥ requirement (a cap: requirement = total baseline − cap, when positive). */
    public MultiPollutantProblemBuilder cap(int pollutant, double requirement) {
        requireOpen();
        checkPollutant(pollutant);
        if (!(Double.isFinite(requirement))) {
            throw invalid("cap requirement of " + pollutantIds[pollutant], requirement);
        }
        capRequirement[pollutant] = requirement;
        return this;
    }

    /**
     * Adds receptor row k (in call order): Σ_p Σ_r {@code transfer[p * R + r]} · A_rp ≥ requirement,
     * where requirement = baseline concentration − limit. Coefficients may be negative.
     */
    public MultiPollutantProblemBuilder receptor(double[] transfer, double requirement) {
        requireOpen();
        if (!(transfer.length == pollutants * regions)) {
            throw invalid("transfer length (P·R = " + pollutants * regions + ")", transfer.length);
        }
        for (int j = 0; j < transfer.length; j++) {
            if (!(Double.isFinite(transfer[j]))) {
                throw invalid("transfer coefficient [" + j + "] of receptor row " + transferRows.size(), transfer[j]);
            }
        }
        if (!(Double.isFinite(requirement))) {
            throw invalid("receptor requirement of row " + transferRows.size(), requirement);
        }
        transferRows.add(transfer.clone());
        receptorRequirement.add(requirement);
        return this;
    }

    /** Welfare weights {@code weight[p * R + r]}: damage avoided per unit of p abated in r (0 for the cost objective). */
    public MultiPollutantProblemBuilder weights(double[] weight) {
        requireOpen();
        if (!(weight.length == pollutants * regions)) {
            throw invalid("weights length (P·R = " + pollutants * regions + ")", weight.length);
        }
        for (int j = 0; j < weight.length; j++) {
            if (!(Double.isFinite(weight[j]))) {
                throw invalid("welfare weight [" + j + "]", weight[j]);
            }
        }
        System.arraycopy(weight, 0, this.weight, 0, weight.length);
        return this;
    }

    public MultiPollutantProblem build() {
        requireOpen();
        flushCurves();
        built = true;
        return new MultiPollutantProblem(this);
    }

    private int addSource(int region, double[] sourceEmissions, boolean options) {
        requireOpen();
        if (!(region >= 0 && region < regions)) {
            throw invalid("region index (0.." + (regions - 1) + ")", region);
        }
        if (!(sourceEmissions.length == pollutants)) {
            throw invalid("emissions length (one per pollutant, " + pollutants + ")", sourceEmissions.length);
        }
        for (int p = 0; p < pollutants; p++) {
            if (!(Double.isFinite(sourceEmissions[p]) && sourceEmissions[p] >= 0)) {
                throw invalid("emission of " + pollutantIds[p] + " of source " + sourceRegion.size(), sourceEmissions[p]);
            }
        }
        flushCurves();
        sourceRegion.add(region);
        for (double e : sourceEmissions) {
            emissions.add(e);
        }
        isOptionSource.add(options ? 1 : 0);
        lastIsCurveSource = !options;
        lastIsOptionSource = options;
        return sourceRegion.size() - 1;
    }

    /** Closes the previous source: its options' range, or its curves in pollutant order. */
    private void flushCurves() {
        if (lastIsOptionSource) {
            optionStart.add(optionCost.size());
            for (int p = 0; p < pollutants; p++) {
                appendCurve(MultiPollutantProblem.NONE, 0, 0, 0);
            }
        } else if (lastIsCurveSource) {
            optionStart.add(optionCost.size());
            for (int p = 0; p < pollutants; p++) {
                if (pendingKind[p] == MultiPollutantProblem.STEPS) {
                    for (int b = 0; b < pendingAmounts[p].length; b++) {
                        blockAmount.add(pendingAmounts[p][b]);
                        blockCost.add(pendingCosts[p][b]);
                    }
                }
                appendCurve(pendingKind[p], pendingQuad[3 * p], pendingQuad[3 * p + 1], pendingQuad[3 * p + 2]);
            }
            Arrays.fill(pendingKind, MultiPollutantProblem.NONE);
            Arrays.fill(pendingAmounts, null);
            Arrays.fill(pendingCosts, null);
            Arrays.fill(pendingQuad, 0);
        }
        lastIsCurveSource = false;
        lastIsOptionSource = false;
    }

    private void appendCurve(byte kind, double linear, double slope, double max) {
        curveKind.add(kind);
        blockStart.add(blockCost.size());
        quadLinear.add(linear);
        quadSlope.add(slope);
        quadMax.add(max);
    }

    private void checkCurve(int pollutant) {
        requireOpen();
        if (!(lastIsCurveSource)) {
            throw invalid("curve without a preceding curveSource(); last source is an option source or none", sourceRegion.size());
        }
        checkPollutant(pollutant);
        if (!(pendingKind[pollutant] == MultiPollutantProblem.NONE)) {
            throw invalid("second curve for pollutant " + pollutantIds[pollutant] + " of source", sourceRegion.size() - 1);
        }
    }

    private void checkPollutant(int pollutant) {
        if (!(pollutant >= 0 && pollutant < pollutants)) {
            throw invalid("pollutant index (0.." + (pollutants - 1) + ")", pollutant);
        }
    }

    private void requireOpen() {
        if (!(!built)) {
            throw invalid("use of a builder after build()", "built");
        }
    }

    /** The message is built only on failure: the builder is called once per block of a million sources. */
    private static IllegalArgumentException invalid(String what, Object value) {
        return new IllegalArgumentException("invalid " + what + ": " + value);
    }
}
