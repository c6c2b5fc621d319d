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

    /**
     * Regression: a receptor whose requirement is 0 and that only one block reaches. Its dual price
     * variable's column was then the same unit vector as a slack's, and Commons Math's simplex
     * returned μ 515 instead of 0 with a dual point that broke its own constraints: "reference LP and
     * its dual disagree: primal 2122.50, dual 2449.53" (the LP of
     * coalition 7 of seed 10716 in market's CoalitionValuesUnderLimitsTest, rebuilt here exactly).
     */
    @Test
    void solvesARequirementOfZeroThatOneBlockReaches() {
        double[] cost = {-22.767033165943538, 15.00385939327709, 26.167826832469757, 29.74491893010208,
                31.29268724125209, 55.88864991562052, 23.337278868482393, 45.92424375860922, 80.45883837309162,
                14.909291605524174, 39.94017796175099, 64.44635061594884, 102.9948833968487};
        double[] amount = {35.42250517523452, 29.293207041564465, 41.74995649013741, 22.00862373599754,
                8.918438303944278, 5.066675159289638, 26.466084829772022, 30.367590730506407, 23.555339262038903,
                47.76875817853621, 8.501580789126141, 20.112141745917334, 46.418872608975455};
        AllocationProblemBuilder b = AllocationProblem.builder();
        int west = b.addRegion("west", 0);
        int east = b.addRegion("east", 0);
        for (int j = 0; j < cost.length; j++) {
            b.addStepSource(west, amount[j], new double[] {amount[j]}, new double[] {cost[j]});
        }
        b.addStepSource(east, 12.751185745119125, new double[] {12.751185745119125}, new double[] {21.228246078992242});
        b.addReceptor(east, new double[] {0, 0.021659724528218707}, 0);
        AllocationProblem p = b.capRequirement(185.6719256291617).build();

        AllocationSolution s = reference.solve(p);

        assertTrue(s.isOptimal());
        assertEquals(0, s.receptorPrices()[0]);
        assertEquals(List.of(), OptimalityCheck.verify(p, s, CERTIFY_TOL));
        AllocationSolution exact = new ExactAllocationSolver().solve(p);
        assertEquals(Objectives.of(p, exact), Objectives.of(p, s), 1e-9 * Objectives.scale(p, s));
    }

    private static long seed(Flavour flavour, int n) {
        return (flavour.ordinal() + 1) * 1_000_000L + SEED_OFFSET + n;
    }

    private static String first(List<String> failures) {
        return failures.isEmpty() ? "none" : failures.get(0);
    }
}
