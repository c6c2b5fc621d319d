package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.RandomProblems.Flavour;
import org.junit.jupiter.api.Test;

/**
 * The reference itself, checked by means that share nothing with it: the KKT certificate on
 * random instances of every flavour, and brute-force bisection on λ for cap-only instances.
 */
class ReferenceLpSolverTest {
    private static final int INSTANCES = 150;
    /** The reference refines quadratics to 1e-10 of the price scale; certify it at 1e-8. */
    private static final double CERTIFY_TOL = 1e-8;
    /** Offset into each flavour's seed range, clear of the instances the property test uses. */
    private static final long SEED_OFFSET = 500_000;

    private final ReferenceLpSolver reference = new ReferenceLpSolver();

    @Test
    void passesTheOptimalityCertificateOnEveryFlavour() {
        List<String> failures = new ArrayList<>();
        for (Flavour flavour : Flavour.values()) {
            for (int n = 0; n < INSTANCES; n++) {
                long seed = seed(flavour, n);
                AllocationProblem p = RandomProblems.generate(flavour, seed);
                AllocationSolution s = reference.solve(p);
                List<String> violations = OptimalityCheck.verify(p, s, CERTIFY_TOL);
                if (!violations.isEmpty()) {
                    failures.add(flavour + " seed " + seed + ": " + violations + " on " + p);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + first(failures));
    }

    @Test
    void agreesWithBisectionOnLambdaForCapOnlyInstances() {
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < 2 * INSTANCES; n++) {
            long seed = seed(Flavour.CAP_ONLY, n);
            AllocationProblem p = RandomProblems.generate(Flavour.CAP_ONLY, seed);
            double expected = CapBisection.optimalValue(p);
            AllocationSolution s = reference.solve(p);
            if (Double.isNaN(expected)) {
                if (s.isOptimal()) {
                    failures.add("seed " + seed + ": bisection says infeasible, reference found " + s.cost());
                }
                continue;
            }
            if (!s.isOptimal()) {
                failures.add("seed " + seed + ": reference says infeasible " + s.reasons() + ", bisection found "
                        + expected);
                continue;
            }
            double objective = Objectives.of(p, s);
            if (Math.abs(objective - expected) > 1e-9 * Objectives.scale(p, s)) {
                failures.add("seed " + seed + ": reference " + objective + ", bisection " + expected);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + first(failures));
    }

    @Test
    void explainsAnUnreachableCap() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("north", 0);
        b.addStepSource(r, 10, new double[] {3, 4}, new double[] {5, 9});
        AllocationSolution s = reference.solve(b.capRequirement(8).build());

        assertFalse(s.isOptimal());
        assertEquals(List.of("maximum feasible reduction 7.0 t is less than required 8.0 t"), s.reasons());
    }

    @Test
    void explainsAnUnreachableReceptor() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int north = b.addRegion("north", 0);
        int south = b.addRegion("south", 0);
        b.addStepSource(north, 10, new double[] {4}, new double[] {5});
        b.addReceptor(south, new double[] {0.5, 1}, 3);
        AllocationSolution s = reference.solve(b.build());

        assertFalse(s.isOptimal());
        assertEquals(1, s.reasons().size());
        assertTrue(s.reasons().get(0).startsWith("receptor 0 (in region south) cannot be met"), s.reasons().get(0));
    }

    @Test
    void rejectsInstancesTooLargeForADenseTableau() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("north", 0);
        for (int i = 0; i <= ReferenceLpSolver.MAX_BLOCKS; i++) {
            b.addStepSource(r, 1, new double[] {1}, new double[] {i});
        }
        AllocationProblem p = b.capRequirement(5).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reference.solve(p));
        assertTrue(e.getMessage().contains("at most 2000 blocks"), e.getMessage());
    }

    @Test
    void solvesAProblemWithNothingToAbate() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addRegion("empty", 0);
        AllocationProblem p = b.capRequirement(-1).build();
        AllocationSolution s = reference.solve(p);

        assertTrue(s.isOptimal());
        assertEquals(0, s.cost());
        assertEquals(List.of(), OptimalityCheck.verify(p, s, 1e-12));
    }

    private static long seed(Flavour flavour, int n) {
        return (flavour.ordinal() + 1) * 1_000_000L + SEED_OFFSET + n;
    }

    private static String first(List<String> failures) {
        return failures.isEmpty() ? "none" : failures.get(0);
    }
}
