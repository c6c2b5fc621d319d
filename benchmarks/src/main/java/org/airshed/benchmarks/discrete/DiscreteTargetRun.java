package org.airshed.benchmarks.discrete;

import java.time.Duration;
import java.util.Locale;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.DiscreteSolver;

/**
 * The target: the facade {@link DiscreteSolver} (branch and bound for half the time, then
 * the local search) on the 10,000-source instance for 30 s; prints cost, proven bound and gap
 * (target: within 0.5 % of the bound), and the hull bound alone.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.discrete.DiscreteTargetRun [seconds]</pre>
 */
public final class DiscreteTargetRun {
    private DiscreteTargetRun() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        DiscreteInstances.Instance instance = DiscreteInstances.TEN_THOUSAND;
        DiscreteProblem problem = instance.problem();
        DiscreteResult r = DiscreteSolver.solve(problem,
                DiscreteSettings.of(1).withTimeLimit(Duration.ofSeconds(seconds)).withUnimprovedStepLimit(0));
        System.out.printf(Locale.ROOT, "%s, %d s search limit, seed %d, %d cores%n", instance.name(), seconds, r.seed(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "status      %s%n", r.status().key());
        System.out.printf(Locale.ROOT, "cost        %.1f%n", r.cost());
        System.out.printf(Locale.ROOT, "bound       %.1f (hull %.1f, gap to it %.3e)%n", r.bound(), r.hullBound(),
                (r.cost() - r.hullBound()) / r.cost());
        System.out.printf(Locale.ROOT, "gap         %.3e (%.4f %%)%n", r.relativeGap(), 100 * r.relativeGap());
        System.out.printf(Locale.ROOT, "rounded     %.1f (gap %.3e)%n", r.constructionCost(),
                (r.constructionCost() - r.bound()) / r.constructionCost());
        System.out.printf(Locale.ROOT, "CoST greedy %.1f%s, saving %.1f (%.2f %%)%n", r.greedy().cost(),
                r.greedy().met() ? "" : " (target missed)", r.savingOverGreedy(), 100 * r.relativeSavingOverGreedy());
        System.out.printf(Locale.ROOT, "nodes       %d%n", r.nodes());
        System.out.printf(Locale.ROOT, "steps       %d%n", r.searchSteps());
        System.out.printf(Locale.ROOT, "time        bound %d ms, construction %d ms, branch and bound %d ms, search %d ms%n",
                r.timing().bound().toMillis(), r.timing().construction().toMillis(),
                r.timing().branchAndBound().toMillis(), r.timing().search().toMillis());
    }
}
