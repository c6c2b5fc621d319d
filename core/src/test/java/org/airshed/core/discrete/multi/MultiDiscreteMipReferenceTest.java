package org.airshed.core.discrete.multi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Discrete mode with several pollutants against ojAlgo's MIP ({@link MultiMipReference}) on seeded
 * instances (2–3 pollutants, caps and signed receptor limits, 5–30 sources): every instance is
 * proven within the default node limit; a proven optimum costs what the MIP's costs (relative
 * 1e-9) and meets every cap and limit, recomputed from the base problem; infeasible exactly when
 * the MIP is; the root bound never exceeds the optimum, and the CoST greedy never undercuts it.
 */
class MultiDiscreteMipReferenceTest {
    private static final double TOLERANCE = 1e-9;
    private static final long NODES = 20_000;
    private static final long FEW_NODES = 3;

    @Test
    void provenOptimaEqualTheMipOptimumOnSmallInstances() {
        check(MultiDiscreteInstances::small, 0, 300);
    }

    @Test
    void stoppedEarlyTheBoundNeverExceedsTheMipOptimumNorTheChoiceUndercutsIt() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1000; seed < 1100; seed++) {
            MultiPollutantProblem q = MultiDiscreteInstances.small(seed);
            MultiDiscreteProblem d = MultiDiscreteProblem.of(q);
            MultiDiscreteResult r = MultiDiscreteSolver.solve(d, FEW_NODES, null, seed);
            MultiMipReference.Optimum reference = MultiMipReference.solve(d);
            String at = "seed " + seed + ": ";
            if (r.nodes() > FEW_NODES) {
                failures.add(at + r.nodes() + " nodes, more than the limit " + FEW_NODES);
            }
            if (reference.choice() == null) {
                if (r.isFeasible()) {
                    failures.add(at + "the MIP says " + reference.state() + ", the solver found " + r.cost());
                }
                continue;
            }
            double optimum = IndependentRows.cost(q, reference.choice());
            double slack = TOLERANCE * Math.max(1, optimum);
            if (r.isFeasible() && (r.cost() < optimum - slack || r.bound() > optimum + slack
                    || !IndependentRows.broken(q, r.choice()).isEmpty())) {
                failures.add(at + "cost " + r.cost() + ", bound " + r.bound() + ", MIP optimum " + optimum);
            }
            if (r.status() == MultiDiscreteStatus.INFEASIBLE) {
                failures.add(at + "infeasible, the MIP found " + optimum);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    @Tag("slow")
    void provenOptimaEqualTheMipOptimumOnThousandsOfInstances() {
        check(MultiDiscreteInstances::small, 100_000, 3000);
    }

    static void check(LongFunction<MultiPollutantProblem> instances, long firstSeed, int count) {
        List<String> failures = new ArrayList<>();
        int feasible = 0;
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            MultiPollutantProblem q = instances.apply(seed);
            MultiDiscreteProblem d = MultiDiscreteProblem.of(q);
            MultiDiscreteResult r = MultiDiscreteSolver.solve(d, NODES, null, seed);
            MultiMipReference.Optimum reference = MultiMipReference.solve(d);
            String at = "seed " + seed + ": ";
            if (reference.choice() == null) {
                if (r.status() != MultiDiscreteStatus.INFEASIBLE) {
                    failures.add(at + "the MIP says " + reference.state() + ", the solver " + r.status() + " " + r.cost());
                }
                continue;
            }
            feasible++;
            double optimum = IndependentRows.cost(q, reference.choice());
            if (!r.isOptimal()) {
                failures.add(at + r.status() + " (" + r.reasons() + "), the MIP found " + optimum);
                continue;
            }
            List<String> broken = IndependentRows.broken(q, r.choice());
            if (!broken.isEmpty()) {
                failures.add(at + "the choice breaks " + broken);
            }
            if (Math.abs(r.cost() - optimum) > TOLERANCE * Math.max(1, optimum)) {
                failures.add(at + "cost " + r.cost() + ", MIP optimum " + optimum);
            }
            if (r.hullBound() > optimum + TOLERANCE * Math.max(1, optimum)) {
                failures.add(at + "root bound " + r.hullBound() + " above the optimum " + optimum);
            }
            if (r.greedy().met() && r.greedy().cost() < optimum - TOLERANCE * Math.max(1, optimum)) {
                failures.add(at + "greedy " + r.greedy().cost() + " below the optimum " + optimum);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(feasible >= count / 3, "too few feasible instances to mean anything: " + feasible + " of " + count);
    }
}
