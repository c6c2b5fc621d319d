package org.airshed.core.allocation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Exact solver for problems with receptor limits: Dantzig–Wolfe column generation over regions.
 *
 * <p>Because transfer coefficients are per source region, the problem is, exactly, one convex
 * curve F_r(A_r) per region coupled by the K + 1 rows (cap and receptors). A column is a point
 * (A, F_r(A)) on a region's curve; the master takes convex combinations. Pricing a region at
 * the master's duals is its response to g_r = w_r + λ + Σ_k μ_k T_kr — a binary search in its
 * sorted blocks ({@link RegionCurves}). The Lagrangian bound at every iteration certifies the
 * gap, and we stop when it is at most {@link #GAP_TOLERANCE} relative: for step curves this is
 * reached exactly in finitely many steps (finitely many breakpoints), for quadratic curves the
 * chords converge geometrically. Each region's total is finally split among its sources at
 * least cost by {@link EquiMarginalSelection}.
 */
final class ColumnGeneration {
    static final double GAP_TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 100_000;

    private final AllocationProblem p;
    private final RegionCurves curves;
    private final SplittableRandom random;
    private final Workers workers;
    private final int bracketMinSources;
    private final int coupling;
    private final int regions;
    private final double[] regionMax;
    private final CouplingRows rows;
    /** The last split of region totals among sources: evaluating the same totals twice is common. */
    private Split lastSplit;

    ColumnGeneration(AllocationProblem problem, SplittableRandom random, Workers workers, int bracketMinSources) {
        this.p = problem;
        this.curves = problem.curves(workers);
        this.random = random;
        this.workers = workers;
        this.bracketMinSources = bracketMinSources;
        this.coupling = (problem.hasCap() ? 1 : 0) + problem.receptorCount();
        this.regions = problem.regionCount();
        this.regionMax = new double[regions];
        for (int r = 0; r < regions; r++) {
            regionMax[r] = curves.maxAbatement(r);
        }
        this.rows = new CouplingRows(problem, regionMax);
    }

    /** Coefficient of region r's abatement in coupling row j (cap first, then receptors). */
    private double rowCoefficient(int j, int r) {
        if (p.hasCap()) {
            return j == 0 ? 1 : p.transfer(j - 1, r);
        }
        return p.transfer(j, r);
    }

    /** Row j's requirement, lowered to the row's reach where the feasibility check forgave the excess. */
    private double rowRequirement(int j) {
        return rows.rhs[j] * rows.scale[j];
    }

    AllocationSolution solve() {
        double[] rhs = new double[coupling];
        double[] rowScale = new double[coupling];
        RegionCurves.Point[] full = new RegionCurves.Point[regions];
        double costScale = 0;
        for (int r = 0; r < regions; r++) {
            full[r] = curves.full(r);
            costScale = Math.max(costScale, Math.abs(full[r].cost() - p.regionWeight(r) * regionMax[r]));
        }
        for (int j = 0; j < coupling; j++) {
            rhs[j] = rowRequirement(j);
            double scale = 0;
            for (int r = 0; r < regions; r++) {
                scale = Math.max(scale, rowCoefficient(j, r) * regionMax[r]);
            }
            rowScale[j] = scale > 0 ? scale : 1;
        }
        MasterLp master = new MasterLp(rhs, rowScale, costScale > 0 ? costScale : 1, regions);
        Columns columns = new Columns();
        int[] start = new int[regions];
        for (int r = 0; r < regions; r++) {
            start[r] = columns.add(master, r, full[r]);
            if (regionMax[r] > 0) {
                columns.add(master, r, new RegionCurves.Point(0, 0));
            }
        }
        master.startFrom(start);

        double[] duals = new double[coupling];
        double masterObjective = 0;
        double lowerBound = Double.NEGATIVE_INFINITY;
        double[] bestDuals = new double[coupling];
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            if (!master.solve()) {
                // Degenerate beyond the master's remedies: the best duals so far start the exact finish.
                break;
            }
            masterObjective = master.objective();
            double[] raw = master.couplingDuals();
            double lagrangian = 0;
            for (int j = 0; j < coupling; j++) {
                duals[j] = Math.max(raw[j], 0);
                lagrangian += duals[j] * rhs[j];
            }
            double[] sigma = master.convexityDuals();
            int added = 0;
            for (int r = 0; r < regions; r++) {
                double g = regionPrice(r, duals);
                RegionCurves.Point low = curves.response(r, g, false);
                double value = low.cost() - g * low.abatement();
                lagrangian += value;
                if (value - sigma[r] < 0) {
                    added += columns.add(master, r, low) >= 0 ? 1 : 0;
                    RegionCurves.Point high = curves.response(r, g, true);
                    if (high.abatement() != low.abatement()) {
                        added += columns.add(master, r, high) >= 0 ? 1 : 0;
                    }
                }
            }
            // The Lagrangian at any duals ≥ 0 bounds the optimum from below (weak duality), so the
            // certificate does not rest on the accuracy of the master's convexity duals.
            if (lagrangian > lowerBound) {
                lowerBound = lagrangian;
                bestDuals = duals.clone();
            }
            if (masterObjective - lowerBound <= GAP_TOLERANCE * Math.max(1, Math.abs(masterObjective)) || added == 0) {
                break;
            }
        }
        double[] masterTotal = new double[regions];
        for (int k = 0; k < columns.count; k++) {
            masterTotal[columns.region[k]] += master.value(k) * columns.abatement[k];
        }
        Outcome best = null;
        int finishSteps = 0;
        // From the iterate with the best bound (master duals oscillate), the exact face.
        double priceScale = priceScale();
        DualActiveSet.Result exact = new DualActiveSet(curves, rows, regionMax, priceScale)
                .solve(rows.scaledDuals(bestDuals));
        if (exact != null) {
            finishSteps = exact.iterations();
            double[] lexMin = ValidDuals.lexMin(curves, rows, exact.y(), exact.regionPrice(), exact.regionTotal(),
                    regionMax, amountUnit(), priceScale);
            double[] abatement = new double[p.sourceCount()];
            double[] sourceCost = new double[p.sourceCount()];
            // A pinned total a rounding-size sliver above the bottom of its jump is at the bottom, as
            // ValidDuals sees it (a requirement on a block boundary): the sliver is not taken.
            double[] onBreakpoint = new double[regions];
            for (int r = 0; r < regions; r++) {
                onBreakpoint[r] = BoundaryRule.onBreakpoint(regionMax[r], amountUnit());
            }
            PriceSplit.split(p, workers, exact.regionPrice(), exact.upper(), exact.pinned(), exact.regionTotal(),
                    onBreakpoint, abatement, sourceCost);
            Outcome face = evaluate(abatement, sourceCost, rows.callerDuals(lexMin), rhs, rowScale);
            double scale = Math.max(1, Math.max(Math.abs(face.objective), face.cost));
            if (face.feasible && face.gap() <= GAP_TOLERANCE * scale) {
                best = face;
            }
        }
        if (best == null) {
            // The finish gave up (never seen in testing): the master's point, certified by its best bound.
            best = evaluate(masterTotal, bestDuals, rhs, rowScale);
        }
        double relativeGap = best.gap() / Math.max(1, Math.max(Math.abs(best.objective), best.cost));
        double capPrice = p.hasCap() ? best.duals[0] : 0;
        double[] receptorPrices = new double[p.receptorCount()];
        System.arraycopy(best.duals, p.hasCap() ? 1 : 0, receptorPrices, 0, receptorPrices.length);
        AllocationStatus status = best.feasible && relativeGap <= GAP_TOLERANCE ? AllocationStatus.OPTIMAL
                : AllocationStatus.ITERATION_LIMIT;
        return new AllocationSolution(status, best.abatement, best.cost, capPrice, receptorPrices, relativeGap,
                iteration + finishSteps, status == AllocationStatus.OPTIMAL ? List.of()
                        : List.of("column generation stalled at certified relative gap " + relativeGap
                                + " (tolerance " + GAP_TOLERANCE + "): the master LP reached its floating-point floor"));
    }

    /** Largest |price| of the problem (money per mass): block costs, quadratic ends, welfare weights. */
    private double priceScale() {
        double scale = 0;
        for (int r = 0; r < regions; r++) {
            scale = Math.max(scale, curves.largestBreakpoint(r) + Math.abs(p.regionWeight(r)));
        }
        return scale;
    }

    /** The mean region maximum (mass): the typical amount tolerances are measured against. */
    private double amountUnit() {
        double total = 0;
        for (double max : regionMax) {
            total += max;
        }
        return regions == 0 ? 0 : total / regions;
    }

    /** A primal–dual pair with its own certificate: objective minus the Lagrangian at its duals. */
    private record Outcome(double[] abatement, double[] duals, double cost, double objective, double lagrangian,
                           boolean feasible) {
        double gap() {
            return Math.max(0, objective - lagrangian);
        }
    }

    private Outcome evaluate(double[] regionTotal, double[] duals, double[] rhs, double[] rowScale) {
        Split split = disaggregate(regionTotal);
        return evaluate(split.abatement(), split.sourceCost(), duals, rhs, rowScale);
    }

    /** The outcome of a split among sources, certified by the Lagrangian at the duals. */
    private Outcome evaluate(double[] abatement, double[] sourceCost, double[] duals, double[] rhs, double[] rowScale) {
        double cost = 0;
        double objective = 0;
        double[] achieved = new double[regions];
        for (int i = 0; i < p.sourceCount(); i++) {
            double c = sourceCost[i];
            cost += c;
            objective += c - p.regionWeight(p.sourceRegion(i)) * abatement[i];
            achieved[p.sourceRegion(i)] += abatement[i];
        }
        boolean feasible = true;
        double lagrangian = 0;
        for (int j = 0; j < coupling; j++) {
            double row = 0;
            for (int r = 0; r < regions; r++) {
                row += rowCoefficient(j, r) * achieved[r];
            }
            feasible &= row >= rhs[j] - 1e-9 * rowScale[j];
            lagrangian += duals[j] * rhs[j];
        }
        for (int r = 0; r < regions; r++) {
            double g = regionPrice(r, duals);
            RegionCurves.Point low = curves.response(r, g, false);
            lagrangian += low.cost() - g * low.abatement();
        }
        return new Outcome(abatement, duals, cost, objective, lagrangian, feasible);
    }

    private double regionPrice(int r, double[] duals) {
        double g = p.regionWeight(r);
        for (int j = 0; j < coupling; j++) {
            g += duals[j] * rowCoefficient(j, r);
        }
        return g;
    }

    /** Splits each region's total among its sources at least cost; records each region's own price. */
    private Split disaggregate(double[] regionTotal) {
        if (lastSplit != null && Arrays.equals(lastSplit.regionTotal(), regionTotal)) {
            return lastSplit;
        }
        double[] abatement = new double[p.sourceCount()];
        double[] sourceCost = new double[p.sourceCount()];
        double[] regionPrice = new double[regions];
        double[] target = new double[regions];
        int[][] sources = new int[regions][];
        for (int r = 0; r < regions; r++) {
            sources[r] = curves.sources(r);
            target[r] = Math.min(Math.max(regionTotal[r], 0), curves.maxAbatement(r));
        }
        if (p.sourceCount() >= bracketMinSources) {
            regionPrice = new BracketSelection(p, random, workers).solveByRegion(curves, target, abatement, sourceCost);
        } else {
            EquiMarginalSelection selection = new EquiMarginalSelection(p, random);
            double[] noOffset = new double[regions];
            for (int r = 0; r < regions; r++) {
                if (sources[r].length > 0) {
                    regionPrice[r] = selection.solve(sources[r], noOffset, target[r], curves.maxAbatement(r),
                            abatement);
                }
            }
            for (int i = 0; i < abatement.length; i++) {
                sourceCost[i] = p.cost(i, abatement[i]);
            }
        }
        lastSplit = new Split(regionTotal.clone(), abatement, sourceCost, regionPrice);
        return lastSplit;
    }

    /** Region totals split among sources: abatement and cost per source, and each region's marginal cost. */
    private record Split(double[] regionTotal, double[] abatement, double[] sourceCost, double[] regionPrice) {
    }

    /** A column's identity: region and abatement. */
    private record ColumnKey(int region, double abatement) {
        // Written out, with the record's own meaning (doubles compared as by Double.compare): the
        // generated ones run through method handles, slow until C2 compiles them, and their first
        // call spins a dozen classes.
        @Override
        public boolean equals(Object other) {
            return other instanceof ColumnKey key && region == key.region
                    && Double.compare(abatement, key.abatement) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * Integer.hashCode(region) + Double.hashCode(abatement);
        }
    }

    /** The columns added so far, in master order; refuses duplicates. */
    private final class Columns {
        int count;
        int[] region = new int[64];
        double[] abatement = new double[64];
        private final Set<ColumnKey> seen = new HashSet<>();

        /** Adds the point as a column; returns its index, or −1 if that column exists already. */
        int add(MasterLp master, int r, RegionCurves.Point point) {
            if (!seen.add(new ColumnKey(r, point.abatement()))) {
                return -1;
            }
            if (count == region.length) {
                region = Arrays.copyOf(region, count * 2);
                abatement = Arrays.copyOf(abatement, count * 2);
            }
            double[] coefficients = new double[coupling];
            for (int j = 0; j < coupling; j++) {
                coefficients[j] = rowCoefficient(j, r) * point.abatement();
            }
            int index = master.addColumn(r, coefficients, point.cost() - p.regionWeight(r) * point.abatement());
            region[count] = r;
            abatement[count++] = point.abatement();
            return index;
        }
    }
}
