package org.airshed.core.allocation;

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
    private final int coupling;
    private final int regions;

    ColumnGeneration(AllocationProblem problem, SplittableRandom random) {
        this.p = problem;
        this.curves = new RegionCurves(problem);
        this.random = random;
        this.coupling = (problem.hasCap() ? 1 : 0) + problem.receptorCount();
        this.regions = problem.regionCount();
    }

    /** Coefficient of region r's abatement in coupling row j (cap first, then receptors). */
    private double rowCoefficient(int j, int r) {
        if (p.hasCap()) {
            return j == 0 ? 1 : p.transfer(j - 1, r);
        }
        return p.transfer(j, r);
    }

    private double rowRequirement(int j) {
        if (p.hasCap()) {
            return j == 0 ? p.capRequirement() : p.receptorRequirement(j - 1);
        }
        return p.receptorRequirement(j);
    }

    AllocationSolution solve() {
        double[] rhs = new double[coupling];
        double[] rowScale = new double[coupling];
        double[] regionMax = new double[regions];
        RegionCurves.Point[] full = new RegionCurves.Point[regions];
        double costScale = 0;
        for (int r = 0; r < regions; r++) {
            full[r] = curves.full(r);
            regionMax[r] = full[r].abatement();
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
        double gap = Double.POSITIVE_INFINITY;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            master.solve();
            masterObjective = master.objective();
            double[] raw = master.couplingDuals();
            for (int j = 0; j < coupling; j++) {
                duals[j] = Math.max(raw[j], 0);
            }
            double[] sigma = master.convexityDuals();
            gap = 0;
            int added = 0;
            for (int r = 0; r < regions; r++) {
                double g = regionPrice(r, duals);
                RegionCurves.Point low = curves.response(r, g, false);
                double reduced = low.cost() - g * low.abatement() - sigma[r];
                if (reduced < 0) {
                    gap -= reduced;
                    added += columns.add(master, r, low) >= 0 ? 1 : 0;
                    RegionCurves.Point high = curves.response(r, g, true);
                    if (high.abatement() != low.abatement()) {
                        added += columns.add(master, r, high) >= 0 ? 1 : 0;
                    }
                }
            }
            if (gap <= GAP_TOLERANCE * Math.max(1, Math.abs(masterObjective)) || added == 0) {
                break;
            }
        }
        double lowerBound = masterObjective - gap;
        double[] abatement = disaggregate(master, columns);
        double cost = 0;
        double weighted = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            double c = p.cost(i, abatement[i]);
            cost += c;
            weighted += c - p.regionWeight(p.sourceRegion(i)) * abatement[i];
        }
        double relativeGap = Math.max(0, weighted - lowerBound) / Math.max(1, Math.abs(weighted));
        double capPrice = p.hasCap() ? duals[0] : 0;
        double[] receptorPrices = new double[p.receptorCount()];
        System.arraycopy(duals, p.hasCap() ? 1 : 0, receptorPrices, 0, receptorPrices.length);
        AllocationStatus status = relativeGap <= GAP_TOLERANCE ? AllocationStatus.OPTIMAL
                : AllocationStatus.ITERATION_LIMIT;
        return new AllocationSolution(status, abatement, cost, capPrice, receptorPrices, relativeGap, iteration,
                status == AllocationStatus.OPTIMAL ? List.of()
                        : List.of("column generation stopped at relative gap " + relativeGap));
    }

    private double regionPrice(int r, double[] duals) {
        double g = p.regionWeight(r);
        for (int j = 0; j < coupling; j++) {
            g += duals[j] * rowCoefficient(j, r);
        }
        return g;
    }

    /** Region totals from the master's convex combinations, split among sources at least cost. */
    private double[] disaggregate(MasterLp master, Columns columns) {
        double[] regionTotal = new double[regions];
        for (int k = 0; k < columns.count; k++) {
            regionTotal[columns.region[k]] += master.value(k) * columns.abatement[k];
        }
        double[] abatement = new double[p.sourceCount()];
        EquiMarginalSelection selection = new EquiMarginalSelection(p, random);
        double[] noOffset = new double[regions];
        for (int r = 0; r < regions; r++) {
            int[] sources = curves.sources(r);
            if (sources.length > 0) {
                double target = Math.min(Math.max(regionTotal[r], 0), curves.maxAbatement(r));
                selection.solve(sources, noOffset, target, abatement);
            }
        }
        return abatement;
    }

    /** The columns added so far, in master order; refuses duplicates. */
    private final class Columns {
        int count;
        int[] region = new int[64];
        double[] abatement = new double[64];
        private final Set<Long> seen = new HashSet<>();

        /** Adds the point as a column; returns its index, or −1 if that column exists already. */
        int add(MasterLp master, int r, RegionCurves.Point point) {
            long key = Double.doubleToLongBits(point.abatement()) * 31 + r;
            if (!seen.add(key)) {
                return -1;
            }
            if (count == region.length) {
                region = java.util.Arrays.copyOf(region, count * 2);
                abatement = java.util.Arrays.copyOf(abatement, count * 2);
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
