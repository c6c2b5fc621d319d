package org.airshed.benchmarks.discrete;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.heuristic.CostGreedy;
import org.airshed.core.discrete.heuristic.RoundedHull;
import org.optaplanner.benchmark.api.PlannerBenchmark;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.ProblemBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SingleBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SolverBenchmarkResult;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Runs {@code discreteBenchmarkConfig.xml} (OptaPlanner's benchmarker: an HTML report in the
 * benchmark directory) on the bundled instances, then prints each configuration's cost and gap
 * to the hull bound, with the construction and the Control Strategy Tool's greedy for reference.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.discrete.DiscreteBenchmarkRunner [seconds] [directory]</pre>
 * {@code seconds} overrides the 30 s per run (every configuration × instance); wall-clock
 * limits make the figures depend on the machine and its load.
 */
public final class DiscreteBenchmarkRunner {
    static final String CONFIG = "org/airshed/benchmarks/discrete/discreteBenchmarkConfig.xml";

    private DiscreteBenchmarkRunner() {
    }

    public static void main(String[] args) {
        PlannerBenchmarkConfig config = PlannerBenchmarkConfig.createFromXmlResource(CONFIG);
        if (args.length > 0) {
            config.getInheritedSolverBenchmarkConfig().getSolverConfig().getTerminationConfig()
                    .setSecondsSpentLimit(Long.parseLong(args[0]));
        }
        if (args.length > 1) {
            config.setBenchmarkDirectory(new File(args[1]));
        }
        List<DiscretePlan> plans = new ArrayList<>();
        List<ScaledProblem> scaled = new ArrayList<>();
        List<HullBound> bounds = new ArrayList<>();
        for (DiscreteInstances.Instance instance : DiscreteInstances.ALL) {
            DiscreteProblem problem = instance.problem();
            ScaledProblem s = ScaledProblem.of(problem);
            HullBound hull = HullBound.compute(problem);
            scaled.add(s);
            bounds.add(hull);
            plans.add(DiscretePlan.of(s, null));
            int[] construction = RoundedHull.construct(s, hull);
            CostGreedy.Result greedy = CostGreedy.solve(s);
            System.out.printf(Locale.ROOT, "%s: bound %.1f; rounded hull %.1f (gap %.3e); CoST greedy %.1f%s (gap %.3e)%n",
                    instance.name(), hull.bound(), problem.cost(construction),
                    gap(problem.cost(construction), hull.bound()), greedy.cost(), greedy.met() ? "" : " (target missed)",
                    gap(greedy.cost(), hull.bound()));
        }
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(plans);
        File directory = benchmark.benchmark();
        System.out.println("report: " + new File(directory, "index.html"));
        if (benchmark instanceof DefaultPlannerBenchmark result) {
            for (SolverBenchmarkResult solver : result.getPlannerBenchmarkResult().getSolverBenchmarkResultList()) {
                for (SingleBenchmarkResult single : solver.getSingleBenchmarkResultList()) {
                    ProblemBenchmarkResult<?> problem = single.getProblemBenchmarkResult();
                    int index = result.getPlannerBenchmarkResult().getUnifiedProblemBenchmarkResultList().indexOf(problem);
                    print(solver.getName(), DiscreteInstances.ALL.get(index).name(), single, scaled.get(index),
                            bounds.get(index).bound());
                }
            }
        }
    }

    private static void print(String solver, String instance, SingleBenchmarkResult single, ScaledProblem scaled,
                              double bound) {
        Score<?> score = single.getAverageScore();
        if (!(score instanceof HardSoftLongScore s) || !score.isSolutionInitialized()) {
            System.out.printf(Locale.ROOT, "%-40s %-14s no initialised solution (%s)%n", solver, instance, score);
            return;
        }
        double cost = -s.softScore() / scaled.costScale();
        System.out.printf(Locale.ROOT, "%-40s %-14s cost %.1f gap %.3e %s score calculations %d%n", solver, instance,
                cost, gap(cost, bound), s.hardScore() == 0 ? "feasible" : "INFEASIBLE (hard " + s.hardScore() + ")",
                single.getScoreCalculationCount());
    }

    private static double gap(double cost, double bound) {
        return (cost - bound) / Math.max(1, Math.abs(cost));
    }
}
