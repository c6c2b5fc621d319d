package org.airshed.core.discrete.exact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.DiscreteSolver;
import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.TinyInstances;
import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.heuristic.RoundedHull;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Discrete mode against an independent MIP solver (ojAlgo, {@link MipReference}) on seeded
 * instances. Within the default limits every small instance is proven, and a proven optimum
 * costs what the reference's optimum costs (relative 1e-9). Stopped after {@value #FEW_NODES}
 * nodes, branch and bound's bound never exceeds the reference optimum and its incumbent never
 * undercuts it.
 */
class BranchAndBoundMipReferenceTest {
    private static final double TOLERANCE = 1e-9;
    private static final int FEW_NODES = 3;

    @Test
    void provenOptimaEqualTheMipOptimumOnSmallInstances() {
        check(SmallInstances::generate, 0, 200);
    }

    @Test
    void provenOptimaEqualTheMipOptimumOnTinyInstancesWithTiesAndDominatedOptions() {
        check(TinyInstances::generate, 5000, 300);
    }

    @Test
    @Tag("slow")
    void provenOptimaEqualTheMipOptimumOnThousandsOfInstances() {
        check(SmallInstances::generate, 100_000, 3000);
        check(TinyInstances::generate, 200_000, 3000);
    }

    private static void check(LongFunction<DiscreteProblem> instances, long firstSeed, int count) {
        List<String> failures = new ArrayList<>();
        int stoppedOpen = 0;
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            DiscreteProblem p = instances.apply(seed);
            MipReference.Optimum reference = MipReference.solve(p);
            DiscreteResult r = DiscreteSolver.solve(p, DiscreteSettings.of(seed).withUnimprovedStepLimit(50));
            String at = "seed " + seed + ": ";
            if (reference.choice() == null) {
                if (r.isFeasible()) {
                    failures.add(at + "the MIP says " + reference.state() + ", the solver found " + r.cost());
                }
                continue;
            }
            ScaledProblem scaled = ScaledProblem.of(p);
            double optimum = p.cost(reference.choice());
            double slack = TOLERANCE * Math.max(1, optimum);
            if (!scaled.isFeasible(reference.choice())) {
                failures.add(at + "the MIP's choice misses a row (its tolerance)");
                continue;
            }
            if (!r.isOptimal() || Math.abs(r.cost() - optimum) > slack || r.bound() != r.cost() || r.relativeGap() != 0) {
                failures.add(at + r.status().key() + " cost " + r.cost() + " bound " + r.bound() + " gap "
                        + r.relativeGap() + ", the MIP optimum is " + optimum);
            }
            HullBound hull = HullBound.compute(p);
            BranchAndBoundResult few = BranchAndBound.solve(scaled, hull, RoundedHull.construct(scaled, hull),
                    FEW_NODES, null);
            if (few.bound() > optimum + slack || few.cost() < optimum - slack || few.bound() > few.cost()
                    || few.bound() < Math.min(hull.bound(), few.cost())) {
                failures.add(at + "after " + FEW_NODES + " nodes cost " + few.cost() + " bound " + few.bound()
                        + ", hull " + hull.bound() + ", the MIP optimum is " + optimum);
            }
            if (few.proven() && Math.abs(few.cost() - optimum) > slack) {
                failures.add(at + "proven in " + few.nodes() + " nodes at " + few.cost() + ", the MIP optimum is " + optimum);
            }
            if (!few.proven()) {
                stoppedOpen++;
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(stoppedOpen > count / 20, "the node limit should leave instances open: " + stoppedOpen);
    }
}
