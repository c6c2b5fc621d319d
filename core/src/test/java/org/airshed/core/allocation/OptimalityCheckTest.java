package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.RandomProblems.Flavour;
import org.junit.jupiter.api.Test;

/**
 * The certificate must accept the optimum and reject every kind of wrong answer, naming the source
 * or row. Base case, solved by hand: cap 12 t over
 * <ul>
 *   <li>source 0 (north): blocks 2 t at 10, 3 t at 30 yuan/t;</li>
 *   <li>source 1 (north): quadratic 5a + 2a²/2 on [0, 20];</li>
 *   <li>source 2 (south): one block 4 t at 20 yuan/t.</li>
 * </ul>
 * At λ = 20: source 0 abates 2 (its 30-yuan block stays empty), source 1 abates (20 − 5)/2 = 7.5,
 * and source 2, the marginal block, takes the remaining 2.5. Cost 20 + 93.75 + 50 = 163.75 yuan.
 */
class OptimalityCheckTest {
    private static final double TIGHT = 1e-12;

    private static AllocationProblem handProblem(double cap) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int north = b.addRegion("north", 0);
        int south = b.addRegion("south", 0);
        b.addStepSource(north, 10, new double[] {2, 3}, new double[] {10, 30});
        b.addQuadraticSource(north, 25, 5, 2, 20);
        b.addStepSource(south, 6, new double[] {4}, new double[] {20});
        return b.capRequirement(cap).build();
    }

    private static AllocationSolution solution(double[] abatement, double cost, double capPrice,
                                               double... receptorPrices) {
        return new AllocationSolution(AllocationStatus.OPTIMAL, abatement, cost, capPrice, receptorPrices, 0, 0,
                List.of());
    }

    private static final double[] OPTIMUM = {2, 7.5, 2.5};

    @Test
    void acceptsTheHandSolvedOptimum() {
        assertEquals(List.of(), OptimalityCheck.verify(handProblem(12), solution(OPTIMUM, 163.75, 20), TIGHT));
    }

    @Test
    void rejectsAFeasibleButDearerSplitNamingTheSource() {
        // Half a tonne moved from the 20-yuan block to the 30-yuan block: still 12 t, 5 yuan dearer.
        AllocationSolution moved = solution(new double[] {2.5, 7.5, 2.0}, 168.75, 20);
        List<String> violations = OptimalityCheck.verify(handProblem(12), moved, 1e-6);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("source 0 (region north): stationarity violated:"
                + " abatement 2.500000000 outside [2.000000000, 2.000000000]")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("strong duality violated")), violations.toString());
    }

    @Test
    void rejectsAWrongCapPriceAtTheQuadraticSource() {
        AllocationSolution wrongPrice = solution(OPTIMUM, 163.75, 25);
        List<String> violations = OptimalityCheck.verify(handProblem(12), wrongPrice, TIGHT);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("source 1 (region north): stationarity violated:"
                + " abatement 7.500000000 outside [10.00000000, 10.00000000]") && v.contains("quadratic")),
                violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("source 2 (region south): stationarity violated")),
                violations.toString());
    }

    @Test
    void rejectsAnUnmetCap() {
        AllocationSolution short1 = solution(new double[] {2, 7.5, 1.5}, 143.75, 20);
        List<String> violations = OptimalityCheck.verify(handProblem(12), short1, 1e-6);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("cap: requirement 12.00000000 not met, row gives"
                + " 11.00000000 (short by 1.000000000")), violations.toString());
    }

    @Test
    void rejectsAPositivePriceOnASlackCap() {
        // The same point against a cap of 10: 2 t of slack cannot carry a price of 20.
        List<String> violations = OptimalityCheck.verify(handProblem(10), solution(OPTIMUM, 163.75, 20), 1e-6);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("cap: complementary slackness violated: price"
                + " 20.00000000 × slack 2.000000000 = 40.00000000")), violations.toString());
    }

    @Test
    void rejectsAbatementAboveTheSourceMaximum() {
        AllocationSolution over = solution(new double[] {5.5, 7.5, 2.5}, 163.75, 20);
        List<String> violations = OptimalityCheck.verify(handProblem(12), over, 1e-6);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("source 0 (region north): abatement 5.500000000"
                + " outside [0, 5.000000000]")), violations.toString());
    }

    @Test
    void rejectsAWrongReportedCost() {
        List<String> violations = OptimalityCheck.verify(handProblem(12), solution(OPTIMUM, 160, 20), 1e-6);

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("reported cost 160.0000000 differs from Σ C_i(a_i) = 163.7500000"),
                violations.get(0));
    }

    @Test
    void rejectsACapPriceWithoutACap() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("north", 0);
        b.addStepSource(r, 5, new double[] {5}, new double[] {10});
        List<String> violations = OptimalityCheck.verify(b.build(), solution(new double[] {0}, 0, 3), 1e-6);

        assertTrue(violations.contains("cap price λ = 3.000000000 but the problem has no cap"), violations.toString());
    }

    @Test
    void rejectsANegativeReceptorPriceNamingTheReceptor() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int north = b.addRegion("north", 0);
        int south = b.addRegion("south", 0);
        b.addStepSource(north, 5, new double[] {5}, new double[] {10});
        b.addReceptor(south, new double[] {1, 0}, -1);
        List<String> violations = OptimalityCheck.verify(b.build(), solution(new double[] {0}, 0, 0, -2), 1e-6);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("receptor 0 (in region south): negative price"
                + " -2.000000000")), violations.toString());
    }

    @Test
    void certifiesAGenuineInfeasibilityAndRejectsAFalseOne() {
        AllocationSolution infeasible = AllocationSolution.infeasible(List.of("cap out of reach"), 0);

        assertEquals(List.of(), OptimalityCheck.verify(handProblem(30), infeasible, 1e-9));
        List<String> violations = OptimalityCheck.verify(handProblem(12), infeasible, 1e-9);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("reported infeasible, but every source at its maximum meets every"
                + " row: cap 29.00000000 ≥ 12.00000000"), violations.get(0));
    }

    @Test
    void rejectsArraysOfTheWrongLength() {
        List<String> violations = OptimalityCheck.verify(handProblem(12), solution(new double[] {2, 7.5}, 0, 20),
                1e-6);

        assertEquals(List.of("abatement has 2 entries for 3 sources"), violations);
    }

    @Test
    void rejectsAnInvalidTolerance() {
        assertThrows(IllegalArgumentException.class,
                () -> OptimalityCheck.verify(handProblem(12), solution(OPTIMUM, 163.75, 20), -1));
    }

    /** The same economy in other units (money ×10⁶, mass ×10⁻³): same verdicts at the same relTol. */
    @Test
    void toleranceIsScaleAware() {
        double money = 1e6;
        double mass = 1e-3;
        AllocationProblemBuilder b = AllocationProblem.builder();
        int north = b.addRegion("north", 0);
        int south = b.addRegion("south", 0);
        double price = money / mass;
        b.addStepSource(north, 10 * mass, new double[] {2 * mass, 3 * mass}, new double[] {10 * price, 30 * price});
        b.addQuadraticSource(north, 25 * mass, 5 * price, 2 * price / mass, 20 * mass);
        b.addStepSource(south, 6 * mass, new double[] {4 * mass}, new double[] {20 * price});
        AllocationProblem scaled = b.capRequirement(12 * mass).build();
        double[] optimum = {2 * mass, 7.5 * mass, 2.5 * mass};
        double[] moved = {2.5 * mass, 7.5 * mass, 2.0 * mass};

        assertEquals(List.of(), OptimalityCheck.verify(scaled, solution(optimum, 163.75 * money, 20 * price), TIGHT));
        assertFalse(OptimalityCheck.verify(scaled, solution(moved, 168.75 * money, 20 * price), 1e-6).isEmpty());
    }

    /**
     * Any feasible point dearer than the optimum by more than the tolerances allow must fail: KKT
     * is sufficient, so a certificate that passed it would be lying. Points are the reference's
     * optimum with some abatement moved between two sources.
     */
    @Test
    void rejectsEveryClearlyDearerPointNearRandomOptima() {
        ReferenceLpSolver reference = new ReferenceLpSolver();
        SplittableRandom random = new SplittableRandom(42);
        List<String> failures = new ArrayList<>();
        int tested = 0;
        for (long seed = 9_000_000; seed < 9_000_300; seed++) {
            AllocationProblem p = RandomProblems.generate(Flavour.MIXED, seed);
            AllocationSolution s = reference.solve(p);
            if (!s.isOptimal() || p.sourceCount() < 2) {
                continue;
            }
            int from = random.nextInt(p.sourceCount());
            int to = random.nextInt(p.sourceCount());
            double[] a = s.abatement().clone();
            double shift = Math.min(a[from], p.maxAbatement(to) - a[to]) * random.nextDouble();
            if (from == to || shift <= 0) {
                continue;
            }
            a[from] -= shift;
            a[to] += shift;
            double cost = 0;
            for (int i = 0; i < a.length; i++) {
                cost += p.cost(i, a[i]);
            }
            AllocationSolution moved = new AllocationSolution(AllocationStatus.OPTIMAL, a, cost, s.capPrice(),
                    s.receptorPrices(), 0, 0, List.of());
            boolean dearer = Objectives.of(p, moved) - Objectives.of(p, s) > 1e-6 * Objectives.scale(p, s);
            if (dearer) {
                tested++;
                if (OptimalityCheck.verify(p, moved, 1e-9).isEmpty()) {
                    failures.add("seed " + seed + ": moved " + shift + " from source " + from + " to " + to);
                }
            }
        }
        assertTrue(tested > 50, "only " + tested + " dearer points tested");
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
