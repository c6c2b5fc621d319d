package org.airshed.core.discrete;

import java.time.Duration;
import java.util.List;

import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.exact.BranchAndBound;
import org.airshed.core.discrete.exact.BranchAndBoundResult;
import org.airshed.core.discrete.heuristic.CostGreedy;
import org.airshed.core.discrete.heuristic.LagrangianCore;
import org.airshed.core.discrete.heuristic.RoundedHull;
import org.airshed.core.discrete.solver.DiscreteSolverConfigs;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Discrete-technology mode: one control option (or none) per source at least cost. The
 * result is deterministic for a given problem and seed when the run ends on node and step
 * limits (or at a proof); a time limit makes the amount of work depend on the machine.
 * <ol>
 *   <li>the hull relaxation, solved exactly, gives the first lower bound ({@link HullBound});</li>
 *   <li>its solution rounded (up, down, or after an LP dive), repaired and trimmed is the
 *       construction ({@link RoundedHull});</li>
 *   <li>branch and bound from it ({@link BranchAndBound}) proves the optimum, or raises the bound,
 *       within its node limit (and half the time limit, if there is one);</li>
 *   <li>if it did not prove the optimum, OptaPlanner's local search improves its incumbent: a
 *       descent, then tabu search ({@link DiscreteSolverConfigs}), until it meets the proven bound
 *       or its limits;</li>
 *   <li>the Control Strategy Tool's greedy ({@link CostGreedy}) runs beside it as the baseline.</li>
 * </ol>
 */
public final class DiscreteSolver {
    private DiscreteSolver() {
    }

    public static DiscreteResult solve(DiscreteProblem problem, DiscreteSettings settings) {
        long start = System.nanoTime();
        Long deadline = settings.timeLimit() == null ? null : start + settings.timeLimit().toNanos();
        HullBound hull = HullBound.compute(problem);
        ScaledProblem scaled = ScaledProblem.of(problem);
        int[] strongest = new int[problem.sourceCount()];
        for (int i = 0; i < strongest.length; i++) {
            strongest[i] = scaled.strongestOption(i);
        }
        long bounded = System.nanoTime();
        if (!hull.isFeasible() || !scaled.isFeasible(strongest)) {
            List<String> reasons = hull.isFeasible()
                    ? List.of("every source at its strongest option misses a requirement by less than 1e-12 of it;"
                    + " treated as infeasible")
                    : hull.reasons();
            DiscreteTiming timing = new DiscreteTiming(Duration.ofNanos(bounded - start), Duration.ZERO, Duration.ZERO,
                    Duration.ZERO);
            return DiscreteResult.infeasible(reasons, problem.receptorCount(), settings.seed(), timing);
        }
        int[] construction = RoundedHull.construct(scaled, hull);
        CostGreedy.Result greedy = CostGreedy.solve(scaled);
        long constructed = System.nanoTime();

        // With a time limit the tree gets at most half of it: on large instances the search improves
        // the incumbent faster than more nodes do. (The construction is feasible whenever the
        // problem is; the strongest options only guard the tree's contract.)
        Long treeDeadline = deadline == null ? null : start + settings.timeLimit().toNanos() / 2;
        BranchAndBoundResult exact = BranchAndBound.solve(scaled, hull, scaled.isFeasible(construction) ? construction
                : strongest, settings.nodeLimit(), treeDeadline);
        long branched = System.nanoTime();

        int[] choice = exact.choice();
        StepCounter steps = new StepCounter();
        if (!exact.proven() && hasChoices(problem) && (deadline == null || deadline - branched > 0)) {
            DiscretePlan plan = DiscretePlan.of(scaled, choice);
            plan.setCore(LagrangianCore.of(problem, hull, LagrangianCore.defaultSize(problem.sourceCount())));
            // OptaPlanner takes whole milliseconds only.
            Duration remaining = deadline == null ? null : Duration.ofMillis(Math.max(1, (deadline - branched) / 1_000_000));
            Solver<DiscretePlan> solver = SolverFactory.<DiscretePlan>create(DiscreteSolverConfigs.localSearchOnly(
                    settings.seed(), solverTermination(remaining, scaled, exact.bound()), phaseTermination(settings)))
                    .buildSolver();
            if (solver instanceof DefaultSolver<DiscretePlan> defaultSolver) {
                defaultSolver.addPhaseLifecycleListener(steps);
            }
            int[] improved = solver.solve(plan).choice();
            // The search keeps its best and starts feasible; the check guards the accounting only.
            if (scaled.isFeasible(improved) && scaled.costUnits(improved) < scaled.costUnits(choice)) {
                choice = improved;
            }
        }
        long searched = System.nanoTime();

        double cost = problem.cost(choice);
        // Proven by the tree, or the search's incumbent met the tree's bound.
        boolean optimal = exact.proven()
                || cost - exact.bound() <= BranchAndBound.OPTIMALITY_TOLERANCE * Math.max(1, Math.abs(cost));
        // The relaxation's optimum can exceed an integral optimum it equals by a rounding unit.
        double bound = optimal ? cost : Math.min(exact.bound(), cost);
        double[] receptorReduction = new double[problem.receptorCount()];
        for (int k = 0; k < receptorReduction.length; k++) {
            receptorReduction[k] = problem.receptorReduction(choice, k);
        }
        DiscreteTiming timing = new DiscreteTiming(Duration.ofNanos(bounded - start),
                Duration.ofNanos(constructed - bounded), Duration.ofNanos(branched - constructed),
                Duration.ofNanos(searched - branched));
        return new DiscreteResult(optimal ? DiscreteStatus.OPTIMAL : DiscreteStatus.FEASIBLE, List.of(), choice, cost,
                bound, optimal ? 0 : (cost - bound) / Math.max(1, Math.abs(cost)), Math.min(hull.bound(), cost),
                problem.cost(construction), greedy, problem.totalAbatement(choice), receptorReduction, settings.seed(),
                exact.nodes(), steps.count, timing);
    }

    /** Whether any source has a choice to make (OptaPlanner needs something to move). */
    private static boolean hasChoices(DiscreteProblem problem) {
        for (int i = 0; i < problem.sourceCount(); i++) {
            if (problem.optionCount(i) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time left, plus a score limit at the proven bound: once the cost (in units) is within
     * the rounding of one unit per source of the bound, nothing better exists.
     */
    private static TerminationConfig solverTermination(Duration timeLimit, ScaledProblem scaled, double bound) {
        TerminationConfig termination = new TerminationConfig();
        if (timeLimit != null) {
            termination.setSpentLimit(timeLimit);
        }
        long boundUnits = (long) Math.ceil(bound * scaled.costScale()) + scaled.problem().sourceCount();
        termination.setBestScoreLimit(HardSoftLongScore.of(0, -Math.max(0, boundUnits)).toString());
        return termination;
    }

    /** Step limits, which OptaPlanner applies per phase. */
    private static TerminationConfig phaseTermination(DiscreteSettings settings) {
        TerminationConfig termination = new TerminationConfig();
        if (settings.unimprovedStepLimit() > 0) {
            termination.setUnimprovedStepCountLimit(settings.unimprovedStepLimit());
        }
        if (settings.stepLimit() > 0) {
            termination.setStepCountLimit(settings.stepLimit());
        }
        return termination;
    }

    /** Counts local-search steps; deterministic under step limits. */
    private static final class StepCounter extends PhaseLifecycleListenerAdapter<DiscretePlan> {
        private long count;

        @Override
        public void stepEnded(AbstractStepScope<DiscretePlan> stepScope) {
            count++;
        }
    }
}
