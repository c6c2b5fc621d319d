package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.util.PrimitiveLists;

/**
 * Builds an {@link AllocationProblem}. Validates as it goes, naming the bad value; the
 * scenario converter and the instance generators both use it.
 */
public final class AllocationProblemBuilder {
    final List<String> regionIds = new ArrayList<>();
    final PrimitiveLists.Doubles regionWeight = new PrimitiveLists.Doubles();
    final PrimitiveLists.Ints sourceRegion = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles baseline = new PrimitiveLists.Doubles();
    final PrimitiveLists.Ints blockStart = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles blockCost = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles blockAmount = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadLinear = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadSlope = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadMax = new PrimitiveLists.Doubles();
    boolean hasCap;
    double capRequirement;
    final PrimitiveLists.Ints receptorRegion = new PrimitiveLists.Ints();
    final List<double[]> transferRows = new ArrayList<>();
    final PrimitiveLists.Doubles receptorRequirement = new PrimitiveLists.Doubles();
    /** When set, the problem built takes this one's sources (arrays shared) instead of any added here. */
    final AllocationProblem sourcesOf;
    /** When set, the problem's sources, added as columns (and then no others). */
    SourceColumns columns;

    AllocationProblemBuilder() {
        this(null);
    }

    AllocationProblemBuilder(AllocationProblem sourcesOf) {
        this.sourcesOf = sourcesOf;
        blockStart.add(0);
    }

    /** Adds a region; returns its index. {@code welfareWeight} is money per mass abated. */
    public int addRegion(String id, double welfareWeight) {
        require(Double.isFinite(welfareWeight), "welfare weight of region " + id, welfareWeight);
        regionIds.add(id);
        regionWeight.add(welfareWeight);
        return regionIds.size() - 1;
    }

    /** Adds a source with blocks ({@code amounts[b]} at {@code unitCosts[b]}, non-decreasing). */
    public int addStepSource(int region, double baselineEmission, double[] amounts, double[] unitCosts) {
        refuseSharedSources();
        checkRegion(region);
        require(amounts.length == unitCosts.length, "block arrays of equal length, got", amounts.length);
        require(Double.isFinite(baselineEmission) && baselineEmission >= 0, "baseline", baselineEmission);
        for (int b = 0; b < amounts.length; b++) {
            require(Double.isFinite(amounts[b]) && amounts[b] >= 0, "block amount", amounts[b]);
            require(Double.isFinite(unitCosts[b]), "block unit cost", unitCosts[b]);
            require(b == 0 || unitCosts[b] >= unitCosts[b - 1], "non-decreasing block unit cost", unitCosts[b]);
            blockAmount.add(amounts[b]);
            blockCost.add(unitCosts[b]);
        }
        blockStart.add(blockCost.size());
        quadLinear.add(0);
        quadSlope.add(1);
        quadMax.add(0);
        sourceRegion.add(region);
        baseline.add(baselineEmission);
        return sourceRegion.size() - 1;
    }

    /** Adds a source with cost linear·a + slope·a²/2 on [0, max]. */
    public int addQuadraticSource(int region, double baselineEmission, double linear, double slope, double max) {
        refuseSharedSources();
        checkRegion(region);
        require(Double.isFinite(baselineEmission) && baselineEmission >= 0, "baseline", baselineEmission);
        require(Double.isFinite(linear), "quadratic linear term", linear);
        require(Double.isFinite(slope) && slope > 0, "quadratic slope (> 0)", slope);
        require(Double.isFinite(max) && max >= 0, "quadratic max", max);
        blockStart.add(blockCost.size());
        quadLinear.add(linear);
        quadSlope.add(slope);
        quadMax.add(max);
        sourceRegion.add(region);
        baseline.add(baselineEmission);
        return sourceRegion.size() - 1;
    }

    /**
     * Adds every source at once from columns in the problem's own layout (a national inventory
     * read into arrays): source i is in region {@code region[i]}, its blocks are
     * {@code blockStart[i] .. blockStart[i+1]-1} of {@code blockAmount}/{@code blockCost}, and a
     * source without blocks has the quadratic curve {@code quadLinear[i]·a + quadSlope[i]·a²/2} on
     * [0, quadMax[i]] (a source with blocks has 0, 1, 0 there). The arrays are checked as
     * {@link #addStepSource} and {@link #addQuadraticSource} check, then shared, not copied: the
     * caller never modifies them. Only for a builder with no sources yet.
     */
    public AllocationProblemBuilder addSources(int[] region, double[] baselines, int[] blockStarts,
                                               double[] blockAmounts, double[] blockCosts, double[] quadLinears,
                                               double[] quadSlopes, double[] quadMaxima) {
        refuseSharedSources();
        if (sourceRegion.size() > 0 || columns != null) {
            throw new IllegalStateException("sources added as columns must be the problem's only sources");
        }
        int n = region.length;
        require(baselines.length == n && quadLinears.length == n && quadSlopes.length == n && quadMaxima.length == n
                && blockStarts.length == n + 1, "source column lengths (sources, then block starts)",
                n + ", " + blockStarts.length);
        require(blockAmounts.length == blockCosts.length && blockStarts[0] == 0 && blockStarts[n] == blockCosts.length,
                "block column lengths", blockAmounts.length + ", " + blockCosts.length);
        for (int i = 0; i < n; i++) {
            checkRegion(region[i]);
            require(Double.isFinite(baselines[i]) && baselines[i] >= 0, "baseline", baselines[i]);
            require(blockStarts[i + 1] >= blockStarts[i], "block start", blockStarts[i + 1]);
            for (int b = blockStarts[i]; b < blockStarts[i + 1]; b++) {
                require(Double.isFinite(blockAmounts[b]) && blockAmounts[b] >= 0, "block amount", blockAmounts[b]);
                require(Double.isFinite(blockCosts[b]), "block unit cost", blockCosts[b]);
                require(b == blockStarts[i] || blockCosts[b] >= blockCosts[b - 1], "non-decreasing block unit cost",
                        blockCosts[b]);
            }
            boolean blocks = blockStarts[i + 1] > blockStarts[i];
            require(Double.isFinite(quadLinears[i]) && (!blocks || quadLinears[i] == 0), "quadratic linear term",
                    quadLinears[i]);
            require(Double.isFinite(quadSlopes[i]) && quadSlopes[i] > 0 && (!blocks || quadSlopes[i] == 1),
                    "quadratic slope (> 0)", quadSlopes[i]);
            require(Double.isFinite(quadMaxima[i]) && quadMaxima[i] >= 0 && (!blocks || quadMaxima[i] == 0),
                    "quadratic max", quadMaxima[i]);
        }
        columns = new SourceColumns(region, baselines, blockStarts, blockAmounts, blockCosts, quadLinears, quadSlopes,
                quadMaxima);
        return this;
    }

    /** Requires Σ_i a_i ≥ required (mass). */
    public AllocationProblemBuilder capRequirement(double required) {
        require(Double.isFinite(required), "cap requirement", required);
        hasCap = true;
        capRequirement = required;
        return this;
    }

    /**
     * Adds a receptor constraint Σ_r transferRow[r]·A_r ≥ required, with the receptor located in
     * region {@code region}; returns its index.
     */
    public int addReceptor(int region, double[] transferRow, double required) {
        checkRegion(region);
        require(transferRow.length == regionIds.size(), "transfer row length", transferRow.length);
        for (double t : transferRow) {
            require(Double.isFinite(t) && t >= 0, "transfer coefficient", t);
        }
        require(Double.isFinite(required), "receptor requirement", required);
        receptorRegion.add(region);
        transferRows.add(transferRow.clone());
        receptorRequirement.add(required);
        return receptorRegion.size() - 1;
    }

    public AllocationProblem build() {
        if (sourcesOf != null && !regionIds.equals(List.of(sourcesOf.regionIds))) {
            throw new IllegalArgumentException("a problem sharing another's sources needs its regions, in order: "
                    + List.of(sourcesOf.regionIds) + ", got " + regionIds);
        }
        return new AllocationProblem(this);
    }

    private void refuseSharedSources() {
        if (columns != null) {
            throw new IllegalStateException("sources were added as columns; no other source can be added");
        }
        if (sourcesOf != null) {
            throw new IllegalStateException("this builder shares another problem's sources; it takes no sources of its own");
        }
    }

    private void checkRegion(int region) {
        require(region >= 0 && region < regionIds.size(), "region index", region);
    }

    private static void require(boolean ok, String what, Object value) {
        if (!ok) {
            throw invalid(what, value);
        }
    }

    // A number is boxed only when it is wrong: addSources checks every cell of a national
    // inventory, and the interpreter and C1 (no escape analysis) boxed each one.
    private static void require(boolean ok, String what, double value) {
        if (!ok) {
            throw invalid(what, value);
        }
    }

    private static void require(boolean ok, String what, long value) {
        if (!ok) {
            throw invalid(what, value);
        }
    }

    private static IllegalArgumentException invalid(String what, Object value) {
        return new IllegalArgumentException("invalid " + what + ": " + value);
    }

    /** Sources added whole, as arrays in the problem's layout. */
    record SourceColumns(int[] region, double[] baseline, int[] blockStart, double[] blockAmount, double[] blockCost,
                         double[] quadLinear, double[] quadSlope, double[] quadMax) {
    }
}
