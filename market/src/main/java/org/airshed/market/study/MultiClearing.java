package org.airshed.market.study;

import java.util.Arrays;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.Quantum;

/**
 * What a version-2 market clears at, solved once before any permit moves: the cap-only program at the
 * caps as written ({@link #least}, whose cost is the market's least cost) and at the caps as issued (each
 * rounded down to the permit quantum: sources can emit only what was issued), whose plan the sources carry
 * out and whose cap prices the permits trade at ({@link #plan}). The check stage solves it because the
 * money range needs those prices ({@link LedgerRange}); a run trades on the same solve.
 */
public final class MultiClearing {
    final int[] capped;
    final double[] writtenCaps;
    final long[] issued;
    final Program least;
    final Program plan;
    /** Whether the caps as issued could not all be met, so that the plan meets the caps as written. */
    final boolean planAtWrittenCaps;
    /** Per pollutant, the price its permits trade at (money per mass; NaN for an uncapped pollutant). */
    private final double[] prices;

    private MultiClearing(MultiScenarioProblem problem, int[] capped, double[] writtenCaps, long[] issued,
                          Program least, Program plan, boolean planAtWrittenCaps) {
        this.capped = capped;
        this.writtenCaps = writtenCaps;
        this.issued = issued;
        this.least = least;
        this.plan = plan;
        this.planAtWrittenCaps = planAtWrittenCaps;
        prices = new double[problem.pollutantCount()];
        Arrays.fill(prices, Double.NaN);
        double[] exact = ExactCapPrices.of(plan.program(), plan.solution());
        for (int p : capped) {
            prices[p] = exact[p];
        }
    }

    /** The market's programs solved by {@code solver}; null when no plan meets every cap (no market runs then). */
    static MultiClearing of(MultiScenarioProblem problem, MultiPollutantSolver solver) {
        int[] capped = MultiMarketStudy.capped(problem);
        int pCount = problem.pollutantCount();
        double[] writtenCaps = new double[pCount];
        double[] issuedCaps = new double[pCount];
        Arrays.fill(writtenCaps, Double.NaN);
        Arrays.fill(issuedCaps, Double.NaN);
        long[] issued = new long[pCount];
        for (int p : capped) {
            writtenCaps[p] = MultiMarketStudy.cap(problem, p);
            issued[p] = MarketStudy.issuable(writtenCaps[p]);
            issuedCaps[p] = Quantum.PERMIT.toDouble(issued[p]);
        }
        Program least = Program.solve(problem, solver, writtenCaps);
        if (least == null) {
            return null;
        }
        Program plan = Arrays.equals(writtenCaps, issuedCaps) ? least : Program.solve(problem, solver, issuedCaps);
        return new MultiClearing(problem, capped, writtenCaps, issued, least, plan == null ? least : plan,
                plan == null);
    }

    /** The price pollutant p's permits trade at (money per mass, ≥ 0): λ_p of {@link #plan}, exact where the plan fixes it ({@link ExactCapPrices}). */
    double price(int p) {
        return prices[p];
    }

    /** The cap-only program at some caps (NaN: uncapped) and its solution. */
    record Program(MultiPollutantProblem program, MultiPollutantSolution solution) {
        /** Null when no plan meets the caps. */
        static Program solve(MultiScenarioProblem problem, MultiPollutantSolver solver, double[] caps) {
            double[] requirement = new double[caps.length];
            for (int p = 0; p < caps.length; p++) {
                requirement[p] = problem.total(p) - caps[p];
            }
            MultiPollutantProblem program = problem.restricted(problem.allSources(), requirement, null);
            MultiPollutantSolution solution = solver.solve(program);
            return solution.status() == AllocationStatus.INFEASIBLE ? null : new Program(program, solution);
        }

        double sourceCost(int i) {
            return program.sourceCost(i, solution.abatement(), solution.optionShares());
        }

        double cost() {
            double sum = 0;
            for (int i = 0; i < program.sourceCount(); i++) {
                sum += sourceCost(i);
            }
            return sum;
        }

        double emissions(MultiScenarioProblem problem, int i, int p) {
            return problem.baseline(i, p) - solution.abatement()[i * problem.pollutantCount() + p];
        }
    }
}
