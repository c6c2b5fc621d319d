package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.airshed.core.allocation.RandomProblems.Flavour;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ExactAllocationSolver} against an independent solver (ojAlgo) on seeded random instances
 * of every flavour of {@link RandomProblems}: status, objective, KKT per source at 1e-9, region
 * totals where the optimum is unique, and the lexicographically smallest duals
 * ({@link IndependentCheck}). Quadratic instances also have their region totals compared with
 * the Commons Math reference ({@link ReferenceLpSolver}, refined to 1e-10 of the price scale).
 * The default build runs {@value #PER_FLAVOUR} instances of each of the 13 flavours; the
 * {@code slow} variant {@value #SLOW_PER_FLAVOUR} more of each (over 100,000), on every core.
 * Every failure names its flavour and seed; {@code RandomProblems.generate(flavour, seed)}
 * rebuilds the instance.
 */
class DifferentialTest {
    private static final int PER_FLAVOUR = 250;
    private static final int SLOW_PER_FLAVOUR = 8_000;
    /** Seeds of each flavour start here (ExactSolverPropertyTest and ReferenceLpSolverTest use lower ones). */
    private static final int FIRST = 2_000;
    private static final int SLOW_FIRST = 10_000;
    /** Quadratic instances per flavour whose region totals are compared with the Commons Math reference. */
    private static final int REFERENCE_QUADRATICS = 12;
    /** That reference places quadratic sources to 1e-10 of the price scale: amounts agree to about 1e-9. */
    private static final double REFERENCE_TOL = 1e-8;
    private static final int FAILURES_SHOWN = 5;

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void agreesWithOjAlgo(Flavour flavour) {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        check(flavour, FIRST, PER_FLAVOUR, failures, false);
        assertTrue(failures.isEmpty(), summary(failures, PER_FLAVOUR));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void quadraticRegionTotalsAgreeWithTheCommonsMathReference(Flavour flavour) {
        AllocationSolver exact = new ExactAllocationSolver();
        ReferenceLpSolver reference = new ReferenceLpSolver();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (int n = FIRST; n < FIRST + PER_FLAVOUR && compared < REFERENCE_QUADRATICS; n++) {
            long seed = seed(flavour, n);
            AllocationProblem p = RandomProblems.generate(flavour, seed);
            AllocationSolution s = exact.solve(p);
            if (!s.isOptimal() || IntStream.range(0, p.sourceCount()).noneMatch(p::isQuadratic)) {
                continue;
            }
            compared++;
            AllocationSolution r = reference.solve(p);
            double[] total = new double[p.regionCount()];
            for (int i = 0; i < p.sourceCount(); i++) {
                total[p.sourceRegion(i)] += r.abatement()[i];
            }
            List<String> problems = IndependentCheck.optimalUnderOurDuals(p, s, total,
                    new IndependentCheck.Scales(p, s), REFERENCE_TOL);
            if (!problems.isEmpty()) {
                failures.add(flavour + " seed " + seed + " " + p + ":\n  " + String.join("\n  ", problems));
            }
        }
        assertTrue(failures.isEmpty(), summary(failures, compared));
    }

    @Test
    @Tag("slow")
    void overAHundredThousandMoreInstances() {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        for (Flavour flavour : Flavour.values()) {
            check(flavour, SLOW_FIRST, SLOW_PER_FLAVOUR, failures, true);
        }
        assertTrue(failures.isEmpty(), summary(failures, SLOW_PER_FLAVOUR * Flavour.values().length));
    }

    private static void check(Flavour flavour, int first, int count, List<String> failures, boolean parallel) {
        IntStream seeds = IntStream.range(first, first + count);
        (parallel ? seeds.parallel() : seeds).forEach(n -> {
            long seed = seed(flavour, n);
            AllocationProblem p = RandomProblems.generate(flavour, seed);
            List<String> problems;
            try {
                problems = IndependentCheck.of(p, new ExactAllocationSolver(0x5eed_a1_5eedL, 1).solve(p));
            } catch (RuntimeException e) {
                problems = List.of("threw " + e);
            }
            if (!problems.isEmpty()) {
                failures.add(flavour + " seed " + seed + " (RandomProblems.generate(" + flavour + ", " + seed + "L)) "
                        + p + ":\n  " + String.join("\n  ", problems));
            }
        });
    }

    private static long seed(Flavour flavour, int n) {
        return (flavour.ordinal() + 1) * 1_000_000L + n;
    }

    private static String summary(List<String> failures, int count) {
        List<String> sorted = new ArrayList<>(failures);
        Collections.sort(sorted);
        return sorted.size() + " of " + count + " instances fail; the first ones:\n"
                + String.join("\n", sorted.subList(0, Math.min(FAILURES_SHOWN, sorted.size())));
    }
}
