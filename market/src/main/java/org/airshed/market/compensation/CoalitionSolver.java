package org.airshed.market.compensation;

import java.util.Arrays;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.allocation.RegionSupply;

/**
 * Solves a {@link CoalitionProgram} on region curves. When every member has step curves only, a
 * dual simplex over the members' blocks ({@link BlockDualSimplex}), accepted when its answer passes
 * the optimality check. Otherwise the total alone, by the equi-marginal price over the members'
 * curves ({@link RegionSupply#meet}); when that plan keeps every receptor row it is optimal, since it
 * is optimal with fewer rows. Otherwise (quadratic sources, or no certificate) the exact solver
 * runs on a window of each member's sorted blocks around its price, the cheaper blocks taken whole
 * and the dearer ones left out, and the duals certify the window: a block taken whole must cost no
 * more than the region's price λ + Σ_k μ_k·weight_k, a block left out no less. A window the duals
 * reject (or the solver fails on) is widened and solved again, up to the whole curve. Each solve is
 * a pure function of the program, so the answer does not depend on the thread that computes it.
 */
final class CoalitionSolver {
    /** The exact solver's pivots: fixed, so that a coalition's plan is the same bits on every run. */
    private static final long PIVOT_SEED = 15;
    /** Blocks on either side of a member's price in the first window. */
    private static final int FIRST_HALF_WIDTH = 6;
    /** A row kept to this relative slack by the equi-marginal plan counts as kept (rounding in the sums). */
    private static final double ROW_TOLERANCE = 1e-11;
    /** Duals that misprice a block by less than this (relative) are rounding, not a wrong window. */
    private static final double PRICE_TOLERANCE = 1e-9;

    private final RegionSupply supply;
    private final RegionBlocks blocks;
    private final ExactAllocationSolver exact = new ExactAllocationSolver(PIVOT_SEED, 1);

    CoalitionSolver(RegionSupply supply, RegionBlocks blocks) {
        this.supply = supply;
        this.blocks = blocks;
    }

    /** The least-cost plan; null when the members cannot meet the program at all. */
    CoalitionSolution solve(CoalitionProgram program) {
        if (stepsOnly(program)) {
            CoalitionSolution fast = BlockDualSimplex.solve(blocks, program);
            if (fast != null) {
                return fast;
            }
        }
        RegionSupply.Meeting meeting = supply.meet(program.members(), program.requirement());
        if (meeting != null && keepsRows(program, meeting.abatement())) {
            return new CoalitionSolution(meeting.abatement(), meeting.cost(), new int[0]);
        }
        return windowed(program, meeting);
    }

    /** The exact solver on windows of the members' curves (quadratic sources kept whole), widened until certified. */
    CoalitionSolution windowed(CoalitionProgram program, RegionSupply.Meeting meeting) {
        double price = meeting != null ? meeting.price() : Double.POSITIVE_INFINITY;
        int n = program.size();
        int[] low = new int[n];
        int[] high = new int[n];
        for (int m = 0; m < n; m++) {
            int region = program.members()[m];
            int at = blocks.firstAtOrAbove(region, price);
            low[m] = Math.max(0, at - FIRST_HALF_WIDTH);
            high[m] = Math.min(blocks.blockCount(region), at + FIRST_HALF_WIDTH);
        }
        int width = FIRST_HALF_WIDTH;
        while (true) {
            boolean whole = isWhole(program, low, high);
            Windowed windowed = new Windowed(program, blocks, low, high);
            AllocationSolution solution;
            try {
                solution = exact.solve(windowed.problem);
            } catch (IllegalStateException e) {
                if (whole) {
                    throw e;
                }
                // The master LP's rare degenerate stall (Known limitations): a wider window is another program.
                solution = AllocationSolution.infeasible(List.of(e.getMessage()), program.rowCount());
            }
            if (solution.status() == AllocationStatus.INFEASIBLE && whole) {
                return null;
            }
            if (solution.isOptimal() && (whole || certified(program, windowed, solution, low, high, width))) {
                return windowed.plan(solution);
            }
            if (whole) {
                throw new IllegalStateException("the coalition program of regions " + Arrays.toString(program.members())
                        + " did not solve on the whole curves: " + solution.status() + " " + solution.reasons());
            }
            width *= 4;
            if (!solution.isOptimal()) {
                // Too few blocks in the window to meet the rows: widen every member.
                for (int m = 0; m < n; m++) {
                    low[m] = Math.max(0, low[m] - width);
                    high[m] = Math.min(blocks.blockCount(program.members()[m]), high[m] + width);
                }
            }
        }
    }

    private boolean stepsOnly(CoalitionProgram program) {
        for (int region : program.members()) {
            if (blocks.quadraticCount(region) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean keepsRows(CoalitionProgram program, double[] abatement) {
        for (int k = 0; k < program.rowCount(); k++) {
            double[] weight = program.weight()[k];
            double kept = 0;
            double scale = Math.abs(program.rowRequirement()[k]);
            for (int m = 0; m < abatement.length; m++) {
                kept += weight[m] * abatement[m];
                scale += Math.abs(weight[m] * abatement[m]);
            }
            if (kept < program.rowRequirement()[k] - ROW_TOLERANCE * scale) {
                return false;
            }
        }
        return true;
    }

    private boolean isWhole(CoalitionProgram program, int[] low, int[] high) {
        for (int m = 0; m < low.length; m++) {
            if (low[m] > 0 || high[m] < blocks.blockCount(program.members()[m])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the duals price every block outside the window on its side; otherwise widens the
     * windows that failed, around the member's price, and returns false.
     */
    private boolean certified(CoalitionProgram program, Windowed windowed, AllocationSolution solution, int[] low,
                              int[] high, int width) {
        boolean certified = true;
        for (int m = 0; m < low.length; m++) {
            int region = program.members()[m];
            double price = solution.regionPrice(windowed.problem, m);
            double slack = PRICE_TOLERANCE * Math.max(1, Math.abs(price));
            int count = blocks.blockCount(region);
            int at = blocks.firstAtOrAbove(region, price);
            if (low[m] > 0 && blocks.unitCost(region, low[m] - 1) > price + slack) {
                low[m] = Math.max(0, Math.min(low[m], at) - 4 * width);
                certified = false;
            }
            if (high[m] < count && blocks.unitCost(region, high[m]) < price - slack) {
                high[m] = Math.min(count, Math.max(high[m], at) + 4 * width);
                certified = false;
            }
        }
        return certified;
    }

    /** The program restricted to windows [low, high) of each member's sorted blocks; blocks below are taken whole. */
    private static final class Windowed {
        private final CoalitionProgram program;
        private final double[] forced;
        private final double[] forcedCost;
        /** Compact source s belongs to member owner[s]. */
        private final int[] owner;
        final AllocationProblem problem;

        Windowed(CoalitionProgram program, RegionBlocks blocks, int[] low, int[] high) {
            this.program = program;
            int n = program.size();
            forced = new double[n];
            forcedCost = new double[n];
            AllocationProblemBuilder builder = AllocationProblem.builder();
            int sources = 0;
            for (int m = 0; m < n; m++) {
                sources += 1 + blocks.quadraticCount(program.members()[m]);
            }
            owner = new int[sources];
            int s = 0;
            double totalForced = 0;
            for (int m = 0; m < n; m++) {
                int region = program.members()[m];
                builder.addRegion(Integer.toString(region), 0);
                forced[m] = blocks.amountBelow(region, low[m]);
                forcedCost[m] = blocks.costBelow(region, low[m]);
                totalForced += forced[m];
                int width = high[m] - low[m];
                double[] amounts = new double[width];
                double[] costs = new double[width];
                double capacity = 0;
                for (int k = 0; k < width; k++) {
                    amounts[k] = blocks.amount(region, low[m] + k);
                    costs[k] = blocks.unitCost(region, low[m] + k);
                    capacity += amounts[k];
                }
                builder.addStepSource(m, capacity, amounts, costs);
                owner[s++] = m;
                for (int q = 0; q < blocks.quadraticCount(region); q++) {
                    builder.addQuadraticSource(m, blocks.quadMax(region, q), blocks.quadLinear(region, q),
                            blocks.quadSlope(region, q), blocks.quadMax(region, q));
                    owner[s++] = m;
                }
            }
            builder.capRequirement(program.requirement() - totalForced);
            for (int k = 0; k < program.rowCount(); k++) {
                double[] weight = program.weight()[k];
                double required = program.rowRequirement()[k];
                for (int m = 0; m < n; m++) {
                    required -= weight[m] * forced[m];
                }
                builder.addReceptor(0, weight, required);
            }
            problem = builder.build();
        }

        CoalitionSolution plan(AllocationSolution solution) {
            double[] abatement = forced.clone();
            double[] cost = forcedCost.clone();
            double[] a = solution.abatement();
            for (int s = 0; s < a.length; s++) {
                abatement[owner[s]] += a[s];
                cost[owner[s]] += problem.cost(s, a[s]);
            }
            double[] mu = solution.receptorPrices();
            int binding = 0;
            for (double price : mu) {
                binding += price > 0 ? 1 : 0;
            }
            int[] rows = new int[binding];
            int b = 0;
            for (int k = 0; k < mu.length; k++) {
                if (mu[k] > 0) {
                    rows[b++] = program.receptors()[k];
                }
            }
            return new CoalitionSolution(abatement, cost, rows);
        }
    }
}
