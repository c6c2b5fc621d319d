package org.airshed.core.allocation.multi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.util.PrimitiveLists;

/**
 * Dantzig–Wolfe decomposition over regions. For coupling-row duals y the sources of region r face
 * g_r = w_r + Σ_j y_j coefficient_j(·, r) and answer independently ({@link SourceResponse}); the
 * region's column is its totals A_r ∈ R^P and its objective F_r − w_r·A_r. The master
 * ({@link MasterSimplex}) has the coupling rows plus one convexity row per region; the zero
 * column (no abatement) is every region's first. Phase 1 (artificials, costs ignored in pricing)
 * decides feasibility; if it ends above zero the phase-1 duals are a Farkas certificate, checked
 * on its own numbers and reported in user terms ({@link InfeasibilityProof}). Phase 2 stops on a
 * certificate: master objective minus the best Lagrangian bound ≤ {@link #GAP_TOLERANCE} relative.
 * The primal is the master's convex combination of each region's columns, applied source by
 * source (a column is stored as its prices, and its sources' answers are recomputed), so every
 * source is within its own feasible set. With only blocks and options this is an LP and ends
 * finitely; quadratics converge in the limit and may end at {@code iteration-limit} with the gap.
 * Rows asking for every unit are priced at their forcing price ({@link BoundaryRows}), as the master
 * alone only creeps towards it.
 * Duals: the lexicographically smallest valid ones ({@link MultiValidDuals}), finite and ≥ 0.
 */
final class DantzigWolfeSolver implements MultiPollutantSolver {
    static final double GAP_TOLERANCE = 1e-9;
    /**
     * The column generation goes on below the reported tolerance: with quadratics the master's
     * combination of columns is within only the square root of the gap of each source's best
     * response, and the certificate per source asks 1e-9 relative of every source, however small.
     */
    static final double TARGET_GAP = 1e-15;
    /** Master objectives that do not fall for this many iterations end the column generation (rounding floor). */
    static final int STALL_ITERATIONS = 30;
    static final int FINISH_ROUNDS = 8;
    /** A region's answer becomes a column when its reduced cost is below −this × the size of its terms. */
    static final double OFFER_TOLERANCE = 1e-14;
    private final int maxIterations;

    DantzigWolfeSolver(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("invalid maximum iterations: " + maxIterations);
        }
        this.maxIterations = maxIterations;
    }

    @Override
    public MultiPollutantSolution solve(MultiPollutantProblem problem) {
        return new Run(problem).solve();
    }

    @Override
    public Optional<InfeasibilityCertificate> infeasibility(MultiPollutantProblem problem) {
        Run run = new Run(problem);
        run.start();
        return Optional.ofNullable(run.certificate);
    }

    /** One solve's state. */
    private final class Run {
        final MultiPollutantProblem q;
        final int pollutants;
        final int regions;
        final CouplingRows rows;
        final int nc;
        final double[] rowScale;
        final double costUnit;
        final MasterSimplex master;
        /** Per master column: region (−1 for surplus and artificials), prices and cost weight (−1: the zero column). */
        final List<int[]> columnRegion = new ArrayList<>();
        final List<double[]> columnPrice = new ArrayList<>();
        final List<Double> columnWeight = new ArrayList<>();
        /** Per region column: totals and cost (at index P) of its block and option part, without quadratics. */
        final List<double[]> columnLp = new ArrayList<>();
        /** Block-and-option part of the last {@link #regionResponse}: totals per pollutant, then cost. */
        double[] lastLp;
        /** Region prices, totals, costs and block-and-option parts of the last {@link #respondAll}. */
        final double[] allPrice;
        final double[] allTotal;
        final double[] allCost;
        final double[] allLp;
        /** Step blocks by region and pollutant, sorted; and the sources answered one by one (options, quadratics). */
        final RegionStepCurves stepCurves;
        final int[] otherSources;
        /** Master columns of each region (its answers), for the duplicate check. */
        final List<List<Integer>> regionColumns = new ArrayList<>();
        /** Master column of each coupling row's surplus: while it is basic the row has slack and its price is 0. */
        final int[] surplusColumn;
        int iterations;
        /** Phase 1's proof, once it has found the rows infeasible. */
        InfeasibilityCertificate certificate;
        /** Rows asking for every unit, priced at their forcing price. */
        final BoundaryRows boundary;
        /** The most each region can abate of each pollutant, {@code [r][p]}. */
        final double[][] regionMax;

        Run(MultiPollutantProblem q) {
            this.q = q;
            pollutants = q.pollutants;
            regions = q.regions;
            rows = new CouplingRows(q);
            nc = rows.count;
            regionMax = q.regionMaxima();
            rowScale = new double[nc];
            for (int j = 0; j < nc; j++) {
                double scale = Math.abs(rows.requirement[j]);
                for (int r = 0; r < regions; r++) {
                    double reach = 0;
                    for (int p = 0; p < pollutants; p++) {
                        reach += Math.abs(rows.coefficient[j][p * regions + r]) * regionMax[r][p];
                    }
                    scale = Math.max(scale, reach);
                }
                rowScale[j] = scale > 0 ? 1 / scale : 1;
            }
            costUnit = costUnit(regionMax);
            lastLp = new double[pollutants + 1];
            allPrice = new double[regions * pollutants];
            allTotal = new double[regions * pollutants];
            allCost = new double[regions];
            allLp = new double[regions * (pollutants + 1)];
            stepCurves = new RegionStepCurves(q);
            PrimitiveLists.Ints others = new PrimitiveLists.Ints();
            for (int i = 0; i < q.sources; i++) {
                boolean other = q.optionSource[i];
                for (int p = 0; p < pollutants && !other; p++) {
                    other = q.curveKind[i * pollutants + p] == MultiPollutantProblem.QUADRATIC;
                }
                if (other) {
                    others.add(i);
                }
            }
            otherSources = others.toArray();
            surplusColumn = new int[nc];
            for (int r = 0; r < regions; r++) {
                regionColumns.add(new ArrayList<>());
            }
            double[] rhs = new double[nc + regions];
            for (int j = 0; j < nc; j++) {
                rhs[j] = rows.requirement[j] * rowScale[j];
            }
            for (int r = 0; r < regions; r++) {
                rhs[nc + r] = 1;
            }
            master = new MasterSimplex(rhs);
            boundary = BoundaryRows.of(q, rows);
        }

        MultiPollutantSolution solve() {
            MultiPollutantSolution early = start();
            return early != null ? early : phaseTwo();
        }

        /** The starting basis and phase 1: null when feasible (phase 2 follows), else an infeasible or stopped answer. */
        MultiPollutantSolution start() {
            int[] basis = new int[nc + regions];
            boolean needPhaseOne = false;
            for (int j = 0; j < nc; j++) {
                double[] surplus = new double[nc + regions];
                surplus[j] = -1;
                int s = add(surplus, 0, 0, false, -1, null, 0);
                surplusColumn[j] = s;
                if (rows.requirement[j] > 0) {
                    double[] art = new double[nc + regions];
                    art[j] = 1;
                    basis[j] = add(art, 0, 1, true, -1, null, 0);
                    needPhaseOne = true;
                } else {
                    basis[j] = s;
                }
            }
            for (int r = 0; r < regions; r++) {
                double[] zero = new double[nc + regions];
                zero[nc + r] = 1;
                basis[nc + r] = add(zero, 0, 0, false, r, null, -1);
            }
            if (!master.start(basis)) {
                return stopped(List.of("the master's starting basis is singular"));
            }
            return needPhaseOne ? phaseOne() : null;
        }

        /** Returns null when feasible (phase 2 follows), else an infeasible or stopped answer. */
        private MultiPollutantSolution phaseOne() {
            double[] y = new double[nc + regions];
            double[] total = new double[pollutants];
            double[] g = new double[pollutants];
            double[] yOriginal = new double[nc];
            while (iterations < maxIterations) {
                iterations++;
                if (!master.optimise(true, 50_000)) {
                    return stopped(List.of("the phase-1 master LP stopped (singular basis or pivot limit)"));
                }
                if (master.objective(true) <= 1e-12 * Math.max(1, nc)) {
                    master.fixArtificialsAtZero();
                    return null;
                }
                master.duals(true, y);
                for (int j = 0; j < nc; j++) {
                    yOriginal[j] = y[j] * rowScale[j];
                }
                boolean added = false;
                double weightedRequirement = 0;
                double weightedReach = 0;
                double magnitude = 0;
                for (int j = 0; j < nc; j++) {
                    weightedRequirement += yOriginal[j] * rows.requirement[j];
                    magnitude += Math.abs(yOriginal[j] * rows.requirement[j]);
                }
                respondAll(yOriginal, 0);
                for (int r = 0; r < regions; r++) {
                    prices(r, yOriginal, 0, g);
                    double cost = regionResponse(r, total);
                    double reach = dot(g, total);
                    weightedReach += reach;
                    magnitude += Math.abs(reach);
                    double reduced = -reach - y[nc + r];
                    // Phase-1 duals are of order one (rows scaled to one, artificials cost one).
                    if (reduced < -1e-10 * Math.max(1, Math.abs(reach) + Math.abs(y[nc + r]))) {
                        added |= addRegionColumn(r, g, 0, total, cost);
                    }
                }
                if (!added) {
                    double shortfall = weightedRequirement - weightedReach;
                    if (shortfall > GAP_TOLERANCE * magnitude) {
                        return infeasible(yOriginal, weightedRequirement, weightedReach);
                    }
                    // A shortfall of rounding size: the rows are met (as for one pollutant).
                    master.fixArtificialsAtZero();
                    return null;
                }
            }
            return stopped(List.of("phase 1 (feasibility) did not finish within " + maxIterations + " iterations"));
        }

        private MultiPollutantSolution phaseTwo() {
            double[] y = new double[nc + regions];
            double[] total = new double[pollutants];
            double[] g = new double[pollutants];
            double[] yOriginal = new double[nc];
            double[] duals = new double[nc];
            double bestBound = Double.NEGATIVE_INFINITY;
            double[] lastDuals = new double[nc];
            double lastBound = Double.NEGATIVE_INFINITY;
            double objective = Double.NaN;
            double bestObjective = Double.POSITIVE_INFINITY;
            int sinceImproved = 0;
            boolean stalled = false;
            // The last optimal master's basis: a master whose basis then goes numerically singular (near-twin
            // quadratic columns) is put back there, and the column generation ends on its certificate.
            int[] optimalBasis = null;
            while (iterations < maxIterations) {
                iterations++;
                if (!master.optimise(false, 50_000)) {
                    stalled = optimalBasis == null || !master.restore(optimalBasis);
                    break;
                }
                optimalBasis = master.basis();
                objective = master.objective(false) * costUnit;
                master.duals(false, y);
                for (int j = 0; j < nc; j++) {
                    yOriginal[j] = master.isBasic(surplusColumn[j]) ? 0 : Math.max(0, y[j] * rowScale[j] * costUnit);
                }
                double bound = 0;
                for (int j = 0; j < nc; j++) {
                    bound += yOriginal[j] * rows.requirement[j];
                }
                boolean added = false;
                respondAll(yOriginal, 1);
                for (int r = 0; r < regions; r++) {
                    prices(r, yOriginal, 1, g);
                    double cost = regionResponse(r, total);
                    double value = cost - dot(g, total);
                    bound += value;
                    double pi = y[nc + r] * costUnit;
                    double reduced = value - pi;
                    double magnitude = Math.abs(cost) + Math.abs(dot(g, total)) + Math.abs(pi);
                    // Reduced costs are computed to rounding of the terms that make them.
                    if (reduced < -OFFER_TOLERANCE * Math.max(magnitude, 1e-300)) {
                        added |= addRegionColumn(r, g, 1, total, cost);
                    }
                }
                if (!boundary.isEmpty()) {
                    double[] lifted = boundary.lift(yOriginal);
                    double liftedBound = lagrangian(lifted);
                    if (liftedBound > bound) {
                        bound = liftedBound;
                        System.arraycopy(lifted, 0, yOriginal, 0, nc);
                    }
                }
                if (bound > bestBound) {
                    bestBound = bound;
                    System.arraycopy(yOriginal, 0, duals, 0, nc);
                }
                lastBound = bound;
                System.arraycopy(yOriginal, 0, lastDuals, 0, nc);
                if (objective < bestObjective - 1e-15 * Math.max(1, Math.abs(objective))) {
                    bestObjective = objective;
                    sinceImproved = 0;
                } else {
                    sinceImproved++;
                }
                if (objective - bestBound <= TARGET_GAP * Math.max(1, Math.abs(objective)) || !added
                        || sinceImproved >= STALL_ITERATIONS) {
                    break;
                }
            }
            // The last duals go with the final master's point (its basic columns price at zero under
            // them); they are reported when they certify on their own, else those of the best bound.
            if (objective - lastBound <= GAP_TOLERANCE * Math.max(1, Math.abs(objective))) {
                return answer(lastDuals, lastBound, stalled);
            }
            return answer(duals, bestBound, stalled);
        }

        /**
         * The answer: the master's combination of columns, or — with quadratic curves, where that
         * combination is within only the square root of the gap of each source's best response —
         * the exact point of the final face ({@link #quadraticFinish}) when it certifies.
         */
        private MultiPollutantSolution answer(double[] duals, double bestBound, boolean stalled) {
            double[] theta = master.primal();
            Candidate combination = candidate(theta, null, duals, bestBound);
            if (hasQuadratics() && !stalled) {
                Candidate finished = quadraticFinish(duals);
                if (finished != null && finished.feasible
                        && finished.relativeGap <= Math.max(GAP_TOLERANCE, combination.relativeGap)) {
                    return smallestDuals(finished).solution(false);
                }
            }
            return smallestDuals(combination).solution(stalled);
        }

        /**
         * An optimal candidate with its lexicographically smallest valid duals ({@link MultiValidDuals}),
         * kept only if they certify it too (the gap recomputed at them); others as they are.
         */
        private Candidate smallestDuals(Candidate k) {
            if (!k.feasible || k.relativeGap > GAP_TOLERANCE) {
                return k;
            }
            double[] smallest = MultiValidDuals.choose(q, rows, k.abatement, k.shares, regionMax, k.duals);
            if (java.util.Arrays.equals(smallest, k.duals)) {
                return k;
            }
            double gap = Math.max(0, k.objective - lagrangian(smallest)) / Math.max(1, Math.max(Math.abs(k.objective), k.cost));
            if (gap <= GAP_TOLERANCE) {
                k.duals = smallest;
                k.relativeGap = gap;
            }
            return k;
        }

        /** An allocation with its certificate (duals, gap, feasibility). */
        private final class Candidate {
            double[] abatement;
            double[] shares;
            double[] duals;
            double cost;
            /** Cost less the welfare weights' value (money): the objective minimised. */
            double objective;
            double relativeGap;
            boolean feasible;
            final List<String> reasons = new ArrayList<>();

            MultiPollutantSolution solution(boolean stalled) {
                boolean optimal = feasible && relativeGap <= GAP_TOLERANCE;
                if (!optimal && reasons.isEmpty()) {
                    reasons.add((stalled ? "the master LP stalled" : "stopped after " + iterations + " iterations")
                            + " at certified relative gap " + relativeGap + " (tolerance " + GAP_TOLERANCE + ")");
                }
                double[] capPrices = new double[pollutants];
                for (int j = 0; j < rows.caps; j++) {
                    capPrices[rows.capPollutant[j]] = duals[j];
                }
                double[] receptorPrices = new double[nc - rows.caps];
                System.arraycopy(duals, rows.caps, receptorPrices, 0, receptorPrices.length);
                return new MultiPollutantSolution(optimal ? AllocationStatus.OPTIMAL : AllocationStatus.ITERATION_LIMIT,
                        abatement, shares, cost, capPrices, receptorPrices, relativeGap, iterations,
                        optimal ? List.of() : reasons);
            }
        }

        /**
         * Applies the master's weights {@code theta} source by source; with {@code quadraticDuals}
         * the quadratic curves take their best response at those duals instead (once, not per column).
         */
        private Candidate candidate(double[] theta, double[] quadraticDuals, double[] duals, double bound) {
            double[] abatement = new double[q.sources * pollutants];
            double[] shares = new double[q.optionCost.length];
            double[] a = new double[pollutants];
            for (int c = 0; c < theta.length; c++) {
                int r = columnRegion.get(c)[0];
                double weight = columnWeight.get(c);
                if (theta[c] <= 0 || r < 0 || weight < 0) {
                    continue;
                }
                double[] g = columnPrice.get(c);
                for (int s = q.regionStart[r]; s < q.regionStart[r + 1]; s++) {
                    int i = q.regionSources[s];
                    int option = SourceResponse.respond(q, i, g, 0, weight, a, 0);
                    if (option >= 0) {
                        shares[option] += theta[c];
                    }
                    for (int p = 0; p < pollutants; p++) {
                        int ip = i * pollutants + p;
                        if (quadraticDuals == null || !curved(ip)) {
                            abatement[ip] += theta[c] * a[p];
                        }
                    }
                }
            }
            if (quadraticDuals != null) {
                double[] g = new double[pollutants];
                for (int r = 0; r < regions; r++) {
                    prices(r, quadraticDuals, 1, g);
                    for (int s = q.regionStart[r]; s < q.regionStart[r + 1]; s++) {
                        int i = q.regionSources[s];
                        if (q.optionSource[i]) {
                            continue;
                        }
                        SourceResponse.respond(q, i, g, 0, 1, a, 0);
                        for (int p = 0; p < pollutants; p++) {
                            int ip = i * pollutants + p;
                            if (curved(ip)) {
                                abatement[ip] = a[p];
                            }
                        }
                    }
                }
            }
            Breakpoints.snap(q, regionMax, abatement);
            Breakpoints.snapShares(shares);
            // Shares of one source sum to at most Σθ = 1; its amounts follow its shares exactly.
            for (int i = 0; i < q.sources; i++) {
                if (q.optionSource[i]) {
                    for (int p = 0; p < pollutants; p++) {
                        double amount = 0;
                        for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                            amount += shares[o] * q.optionRemoval[o * pollutants + p];
                        }
                        abatement[i * pollutants + p] = amount * q.emissions[i * pollutants + p];
                    }
                }
            }
            Candidate k = new Candidate();
            k.abatement = abatement;
            k.shares = shares;
            k.duals = duals.clone();
            duals = k.duals;
            double cost = 0;
            for (int i = 0; i < q.sources; i++) {
                cost += q.sourceCost(i, abatement, shares);
            }
            k.cost = cost;
            double[][] regionTotal = MultiPollutantCertificate.regionTotals(q, abatement);
            double objective = cost;
            for (int r = 0; r < regions; r++) {
                for (int p = 0; p < pollutants; p++) {
                    objective -= q.weight[p * regions + r] * regionTotal[r][p];
                }
            }
            k.objective = objective;
            k.feasible = true;
            for (int j = 0; j < nc; j++) {
                double value = 0;
                double magnitude = Math.abs(rows.requirement[j]);
                for (int r = 0; r < regions; r++) {
                    value += rows.regionTerm(j, r, regionTotal[r], regions);
                    magnitude += rows.regionMagnitude(j, r, regionTotal[r], regions);
                }
                double tolerance = GAP_TOLERANCE * Math.max(magnitude, 1e-6 * rows.reach[j]);
                if (value > rows.requirement[j] + tolerance && duals[j] <= 1e-12 * costUnit * rowScale[j]) {
                    duals[j] = 0; // a price of rounding size on a row with slack
                }
                if (value < rows.requirement[j] - tolerance) {
                    k.feasible = false;
                    k.reasons.add(rows.name(q, j) + " is short by " + (rows.requirement[j] - value)
                            + " at the recovered allocation");
                }
            }
            double gap = Math.max(0, objective - bound);
            k.relativeGap = gap / Math.max(1, Math.max(Math.abs(objective), cost));
            if (!Double.isFinite(k.relativeGap)) {
                k.relativeGap = Double.POSITIVE_INFINITY;
            }
            return k;
        }

        private boolean hasQuadratics() {
            for (int ip = 0; ip < q.curveKind.length; ip++) {
                if (curved(ip)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A quadratic with a positive slope: its answer is affine in the price inside its range. One
         * of slope 0 is a single block at its linear cost, with an amount the price leaves free, so it
         * belongs to the columns' block-and-option part, as blocks do.
         */
        private boolean curved(int ip) {
            return q.curveKind[ip] == MultiPollutantProblem.QUADRATIC && q.quadSlope[ip] > 0;
        }

        /**
         * The exact point of the master's final face. Quadratic curves leave the columns: each region's
         * quadratic total is, near the final duals, affine in them (a = (g − linear)/slope for curves
         * answering inside (0, max), fixed for the others), so the master's optimality conditions on
         * its final basis — every basic column's reduced cost zero in its block-and-option part, every
         * row met with the quadratic totals at the duals — are one square linear system in the duals
         * and the basic weights. Its solution is kept only if it certifies (feasible, gap ≤ tolerance
         * at its own duals, recomputed from the sources); else null.
         */
        private Candidate quadraticFinish(double[] masterDuals) {
            // Which quadratics answer inside their range depends on the duals: re-read it at the
            // solution until it holds still (a Newton iteration on the face, a few rounds at most).
            double[] at = masterDuals;
            for (int round = 0; round < FINISH_ROUNDS; round++) {
                FinishStep step = finishStep(at, masterDuals);
                if (step == null) {
                    return null;
                }
                if (step.settled) {
                    return candidate(step.theta, step.duals, step.duals, lagrangian(step.duals));
                }
                at = step.duals;
            }
            return null;
        }

        /** One solve of the face's linear system with quadratics classified at duals {@code at}. */
        private FinishStep finishStep(double[] at, double[] masterDuals) {
            int m = nc + regions;
            // Affine quadratic totals per (r, p) at the master's duals: fixed + slopeSum·g − offset.
            double[][] slopeSum = new double[regions][pollutants];
            double[][] constant = new double[regions][pollutants];
            double[] g = new double[pollutants];
            for (int r = 0; r < regions; r++) {
                prices(r, at, 1, g);
                for (int s = q.regionStart[r]; s < q.regionStart[r + 1]; s++) {
                    int i = q.regionSources[s];
                    for (int p = 0; p < pollutants; p++) {
                        int ip = i * pollutants + p;
                        if (q.optionSource[i] || !curved(ip)) {
                            continue;
                        }
                        int piece = piece(ip, g[p]);
                        if (piece == 1) {
                            slopeSum[r][p] += 1 / q.quadSlope[ip];
                            constant[r][p] -= q.quadLinear[ip] / q.quadSlope[ip];
                        } else if (piece == 2) {
                            constant[r][p] += q.quadMax[ip];
                        }
                    }
                }
            }
            // Basic columns of one region that differ only in their quadratic part are one column here.
            List<Integer> distinct = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                int c = master.basic(i);
                boolean twin = false;
                for (int d : distinct) {
                    twin |= columnLp.get(c) != null && columnLp.get(d) != null
                            && columnRegion.get(c)[0] == columnRegion.get(d)[0]
                            && java.util.Arrays.equals(columnLp.get(c), columnLp.get(d));
                }
                if (!twin) {
                    distinct.add(c);
                }
            }
            int n = distinct.size();
            double[][] system = new double[m + n][m + n];
            double[] rhs = new double[m + n];
            // Unknowns: y (scaled master duals, m) then x (weights of the distinct basic columns, n);
            // equations: n reduced costs, then m rows.
            for (int i = 0; i < n; i++) {
                int c = distinct.get(i);
                double[] column = lpColumn(c);
                for (int k = 0; k < m; k++) {
                    system[i][k] = column[k];
                    system[n + k][m + i] = column[k];
                }
                rhs[i] = lpCost(c);
            }
            for (int j = 0; j < nc; j++) {
                rhs[n + j] = rows.requirement[j] * rowScale[j];
                for (int r = 0; r < regions; r++) {
                    for (int p = 0; p < pollutants; p++) {
                        double cj = rows.coefficient[j][p * regions + r] * rowScale[j];
                        if (cj == 0 || (slopeSum[r][p] == 0 && constant[r][p] == 0)) {
                            continue;
                        }
                        // g_rp = w_rp + Σ_l y_l · rowScale_l · costUnit · coefficient_l(p, r)
                        rhs[n + j] -= cj * (constant[r][p] + slopeSum[r][p] * q.weight[p * regions + r]);
                        for (int l = 0; l < nc; l++) {
                            double cl = rows.coefficient[l][p * regions + r];
                            if (cl != 0) {
                                system[n + j][l] += cj * slopeSum[r][p] * cl * rowScale[l] * costUnit;
                            }
                        }
                    }
                }
            }
            for (int r = 0; r < regions; r++) {
                rhs[n + nc + r] = 1;
            }
            // A row asking for every unit is, on columns all at their extreme, the sum of the convexity
            // rows: its equation is implied and its price free. The price is pinned at the forcing one.
            for (int j : boundary.indices) {
                java.util.Arrays.fill(system[n + j], 0);
                system[n + j][j] = 1;
                rhs[n + j] = at[j] / (rowScale[j] * costUnit);
            }
            double[] z = DenseLinearSystem.solve(system, rhs);
            if (z == null) {
                return null;
            }
            double[] duals = new double[nc];
            for (int j = 0; j < nc; j++) {
                double y = master.isBasic(surplusColumn[j]) ? 0 : z[j] * rowScale[j] * costUnit;
                if (y < -1e-9 * Math.max(1, Math.abs(masterDuals[j]))) {
                    return null;
                }
                duals[j] = Math.max(0, y);
            }
            double[] theta = new double[master.columnCount()];
            for (int i = 0; i < n; i++) {
                if (z[m + i] < -1e-9) {
                    return null;
                }
                theta[distinct.get(i)] = Math.max(0, z[m + i]);
            }
            if (!boundary.isEmpty()) {
                duals = boundary.lift(duals);
            }
            return new FinishStep(duals, theta, sameClassification(at, duals));
        }

        /** Whether every quadratic answers on the same piece (0, inside, max) at both duals. */
        private boolean sameClassification(double[] y0, double[] y1) {
            double[] g0 = new double[pollutants];
            double[] g1 = new double[pollutants];
            for (int r = 0; r < regions; r++) {
                prices(r, y0, 1, g0);
                prices(r, y1, 1, g1);
                for (int s = q.regionStart[r]; s < q.regionStart[r + 1]; s++) {
                    int i = q.regionSources[s];
                    for (int p = 0; p < pollutants && !q.optionSource[i]; p++) {
                        int ip = i * pollutants + p;
                        if (curved(ip) && piece(ip, g0[p]) != piece(ip, g1[p])) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** 0 below the quadratic's range, 1 inside, 2 at its maximum. */
        private int piece(int ip, double price) {
            double slope = q.quadSlope[ip];
            if (price <= q.quadLinear[ip]) {
                return 0;
            }
            return slope > 0 && (price - q.quadLinear[ip]) / slope < q.quadMax[ip] ? 1 : 2;
        }

        private record FinishStep(double[] duals, double[] theta, boolean settled) {
        }

        /** The Lagrangian bound at duals y (original units): Σ_j y_j b_j + Σ_r min_A [F_r(A) − g_r·A]. */
        private double lagrangian(double[] y) {
            double[] g = new double[pollutants];
            double[] total = new double[pollutants];
            double bound = 0;
            for (int j = 0; j < nc; j++) {
                bound += y[j] * rows.requirement[j];
            }
            respondAll(y, 1);
            for (int r = 0; r < regions; r++) {
                prices(r, y, 1, g);
                double cost = regionResponse(r, total);
                bound += cost - dot(g, total);
            }
            return bound;
        }

        /** Master column c without its quadratic part (entries as the master's, scaled). */
        private double[] lpColumn(int c) {
            double[] lp = columnLp.get(c);
            if (lp == null) {
                return master.column(c);
            }
            int r = columnRegion.get(c)[0];
            double[] column = new double[nc + regions];
            for (int j = 0; j < nc; j++) {
                column[j] = rows.regionTerm(j, r, java.util.Arrays.copyOf(lp, pollutants), regions) * rowScale[j];
            }
            column[nc + r] = 1;
            return column;
        }

        /** Master cost of column c without its quadratic part (scaled). */
        private double lpCost(int c) {
            double[] lp = columnLp.get(c);
            if (lp == null) {
                return master.columnCost(c);
            }
            int r = columnRegion.get(c)[0];
            double objective = lp[pollutants];
            for (int p = 0; p < pollutants; p++) {
                objective -= q.weight[p * regions + r] * lp[p];
            }
            return objective / costUnit;
        }

        private MultiPollutantSolution infeasible(double[] y, double weightedRequirement, double weightedReach) {
            certificate = InfeasibilityProof.certificate(rows, y, weightedRequirement, weightedReach, iterations);
            List<String> reasons = InfeasibilityProof.explain(q, rows, y, weightedRequirement, weightedReach);
            return new MultiPollutantSolution(AllocationStatus.INFEASIBLE, new double[0], new double[0], Double.NaN,
                    new double[pollutants], new double[nc - rows.caps], Double.NaN, iterations, reasons);
        }

        private MultiPollutantSolution stopped(List<String> reasons) {
            // No feasible point is known: no abatement, cost 0, the gap unknown (NaN).
            return new MultiPollutantSolution(AllocationStatus.ITERATION_LIMIT, new double[q.sources * pollutants],
                    new double[q.optionCost.length], 0, new double[pollutants], new double[nc - rows.caps],
                    Double.NaN, iterations, reasons);
        }

        /** Region r's prices: costWeight·w_r + Σ_j y_j coefficient_j(·, r). */
        private void prices(int r, double[] y, double costWeight, double[] g) {
            for (int p = 0; p < pollutants; p++) {
                double price = costWeight * q.weight[p * regions + r];
                for (int j = 0; j < nc; j++) {
                    price += y[j] * rows.coefficient[j][p * regions + r];
                }
                g[p] = price;
            }
        }

        /** Region r's totals at prices g into {@code total}; returns their cost. */
        private double regionResponse(int r, double[] total) {
            System.arraycopy(allTotal, r * pollutants, total, 0, pollutants);
            System.arraycopy(allLp, r * (pollutants + 1), lastLp, 0, pollutants + 1);
            return allCost[r];
        }

        /**
         * Every source's answer at duals y, summed per region into {@link #allTotal}, {@link #allCost}
         * and {@link #allLp} (block-and-option part): step blocks from {@link RegionStepCurves},
         * options and quadratics in one pass in source order (a pass region by region would jump
         * about memory).
         */
        private void respondAll(double[] y, double costWeight) {
            double[] g = new double[pollutants];
            for (int r = 0; r < regions; r++) {
                prices(r, y, costWeight, g);
                System.arraycopy(g, 0, allPrice, r * pollutants, pollutants);
            }
            java.util.Arrays.fill(allTotal, 0);
            java.util.Arrays.fill(allCost, 0);
            java.util.Arrays.fill(allLp, 0);
            int lpWidth = pollutants + 1;
            // Step blocks: one binary search per region and pollutant.
            double[] out = new double[2];
            for (int r = 0; r < regions; r++) {
                for (int p = 0; p < pollutants; p++) {
                    stepCurves.answer(r, p, allPrice[r * pollutants + p], costWeight, out);
                    allTotal[r * pollutants + p] += out[0];
                    allCost[r] += out[1];
                    allLp[r * lpWidth + p] += out[0];
                    allLp[r * lpWidth + pollutants] += out[1];
                }
            }
            // Options and quadratics: source by source, in index order (one pass through memory).
            double[] a = new double[pollutants];
            for (int i : otherSources) {
                int r = q.sourceRegion[i];
                if (q.optionSource[i]) {
                    int option = SourceResponse.respond(q, i, allPrice, r * pollutants, costWeight, a, 0);
                    if (option >= 0) {
                        allCost[r] += q.optionCost[option];
                        allLp[r * lpWidth + pollutants] += q.optionCost[option];
                    }
                    for (int p = 0; p < pollutants; p++) {
                        allTotal[r * pollutants + p] += a[p];
                        allLp[r * lpWidth + p] += a[p];
                    }
                    continue;
                }
                for (int p = 0; p < pollutants; p++) {
                    int ip = i * pollutants + p;
                    if (q.curveKind[ip] == MultiPollutantProblem.QUADRATIC) {
                        double amount = SourceResponse.curveResponse(q, ip, allPrice[r * pollutants + p], costWeight);
                        double cost = q.curveCost(ip, amount);
                        allTotal[r * pollutants + p] += amount;
                        allCost[r] += cost;
                        if (!curved(ip)) {
                            allLp[r * lpWidth + p] += amount;
                            allLp[r * lpWidth + pollutants] += cost;
                        }
                    }
                }
            }
        }

        /** Adds region r's answer as a column unless the master has it already; returns whether it was new. */
        private boolean addRegionColumn(int r, double[] g, double costWeight, double[] total, double cost) {
            double[] column = new double[nc + regions];
            for (int j = 0; j < nc; j++) {
                column[j] = rows.regionTerm(j, r, total, regions) * rowScale[j];
            }
            column[nc + r] = 1;
            double objective = cost;
            for (int p = 0; p < pollutants; p++) {
                objective -= q.weight[p * regions + r] * total[p];
            }
            for (int c : regionColumns.get(r)) {
                if (master.sameColumn(c, column, objective / costUnit)) {
                    return false;
                }
            }
            regionColumns.get(r).add(master.columnCount());
            add(column, objective / costUnit, 0, false, r, g.clone(), costWeight);
            return true; // lastLp, stored with it, is that of this region's response, computed just before
        }

        private int add(double[] column, double cost, double phaseOneCost, boolean artificial, int region,
                        double[] price, double weight) {
            columnLp.add(region < 0 ? null : weight < 0 ? new double[pollutants + 1] : lastLp.clone());
            columnRegion.add(new int[] {region});
            columnPrice.add(price);
            columnWeight.add(weight);
            return master.addColumn(column, cost, phaseOneCost, artificial);
        }

        private double dot(double[] g, double[] total) {
            double s = 0;
            for (int p = 0; p < pollutants; p++) {
                s += g[p] * total[p];
            }
            return s;
        }

        /** A typical objective size (money): the largest region's cost and welfare terms at full abatement. */
        private double costUnit(double[][] regionMax) {
            double unit = 0;
            double[] full = new double[pollutants];
            for (int r = 0; r < regions; r++) {
                double cost = 0;
                for (int s = q.regionStart[r]; s < q.regionStart[r + 1]; s++) {
                    int i = q.regionSources[s];
                    if (q.optionSource[i]) {
                        double dearest = 0;
                        for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                            dearest = Math.max(dearest, Math.abs(q.optionCost[o]));
                        }
                        cost += dearest;
                    } else {
                        for (int p = 0; p < pollutants; p++) {
                            full[p] = q.curveMax(i * pollutants + p);
                            cost += Math.abs(q.curveCost(i * pollutants + p, full[p]));
                        }
                    }
                }
                for (int p = 0; p < pollutants; p++) {
                    cost += Math.abs(q.weight[p * regions + r]) * regionMax[r][p];
                }
                unit = Math.max(unit, cost);
            }
            return unit > 0 ? unit : 1;
        }
    }
}
