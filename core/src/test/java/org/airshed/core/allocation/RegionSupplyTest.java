package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Coalitions met on region-aggregated curves against the exact solver on the members' own sources. */
class RegionSupplyTest {
    private static final double RELATIVE = 1e-9;

    @Test
    void coalitionCostsEqualTheExactSolverOnTheMembersSources() {
        ExactAllocationSolver solver = new ExactAllocationSolver();
        for (long seed = 1; seed <= 150; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int regions = 1 + random.nextInt(6);
            List<double[]> sources = randomSources(random, regions, seed % 3 == 0, seed % 5 == 0);
            AllocationProblem all = problem(regions, sources, mask -> true, Double.NaN);
            RegionSupply supply = RegionSupply.of(all);
            for (int trial = 0; trial < 6; trial++) {
                int mask = 1 + random.nextInt((1 << regions) - 1);
                int[] members = members(mask, regions);
                double capacity = 0;
                for (int r : members) {
                    capacity += supply.maxAbatement(r);
                }
                double requirement = capacity * random.nextDouble();
                RegionSupply.Meeting meeting = supply.meet(members, requirement);
                assertNotNull(meeting, "seed " + seed);
                AllocationProblem own = problem(regions, sources, r -> (mask & (1 << r)) != 0, requirement);
                AllocationSolution exact = solver.solve(own);
                assertEquals(exact.cost(), meeting.totalCost(), RELATIVE * Math.max(1, exact.cost()),
                        "seed " + seed + " mask " + mask);
                double abated = 0;
                for (double a : meeting.abatement()) {
                    abated += a;
                }
                assertEquals(requirement, abated, RELATIVE * Math.max(1, requirement), "seed " + seed);
                assertEquals(exact.capPrice(), meeting.price(), 1e-7 * Math.max(1, exact.capPrice()),
                        "seed " + seed + " mask " + mask);
            }
        }
    }

    /**
     * Regression (reviewer B, defect 2): a requirement of 0 returned the empty plan, so a region with
     * duty 0 left its negative-cost blocks unused and the duties game counted their saving as cooperation.
     */
    @Test
    void aRequirementOfNothingStillTakesTheBlocksThatPayForThemselves() {
        AllocationProblem p = problem(2, List.of(new double[] {0, 20, 10, -5}, new double[] {0, 20, 4, 0},
                new double[] {1, 20, 10, 10}), r -> true, Double.NaN);
        RegionSupply supply = RegionSupply.of(p);
        for (double requirement : new double[] {0, -3, 6}) {
            RegionSupply.Meeting alone = supply.meet(new int[] {0}, requirement);
            assertEquals(10, alone.abatement()[0], 0, "requirement " + requirement + ": the free block is left");
            assertEquals(-50, alone.totalCost(), 0, "requirement " + requirement);
            assertEquals(0, alone.price(), 0);
        }
        assertEquals(12, supply.meet(new int[] {0}, 12).abatement()[0], 0, "2 of the free block, no more");
        RegionSupply.Meeting both = supply.meet(new int[] {0, 1}, 0);
        assertEquals(10, both.abatement()[0], 0);
        assertEquals(0, both.abatement()[1], 0);
    }

    @Test
    void negativeCostsAndRequirementsOfNothingEqualTheExactSolver() {
        ExactAllocationSolver solver = new ExactAllocationSolver();
        for (long seed = 1; seed <= 150; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int regions = 1 + random.nextInt(6);
            List<double[]> sources = randomSources(random, regions, seed % 3 == 0, false);
            for (double[] s : sources) {
                // Step blocks between −49 and 50 per unit; quadratics keep their positive slope.
                s[3] -= s[4] == 0 ? 50 : 0;
            }
            RegionSupply supply = RegionSupply.of(problem(regions, sources, r -> true, Double.NaN));
            for (int trial = 0; trial < 6; trial++) {
                int mask = 1 + random.nextInt((1 << regions) - 1);
                int[] members = members(mask, regions);
                double capacity = 0;
                for (int r : members) {
                    capacity += supply.maxAbatement(r);
                }
                double requirement = trial % 2 == 0 ? 0 : capacity * random.nextDouble();
                RegionSupply.Meeting meeting = supply.meet(members, requirement);
                AllocationSolution exact = solver.solve(problem(regions, sources, r -> (mask & (1 << r)) != 0,
                        requirement));
                assertEquals(exact.cost(), meeting.totalCost(), RELATIVE * Math.max(1, Math.abs(exact.cost())),
                        "seed " + seed + " mask " + mask + " requirement " + requirement);
            }
        }
    }

    @Test
    void moreThanTheMembersCanAbateIsNull() {
        AllocationProblem p = problem(2, List.of(new double[] {0, 10, 5, 100}, new double[] {1, 10, 4, 50}),
                r -> true, Double.NaN);
        RegionSupply supply = RegionSupply.of(p);
        assertNull(supply.meet(new int[] {0}, 6));
        assertEquals(4 * 50 + 2 * 100, supply.meet(new int[] {0, 1}, 6).totalCost(), 1e-12);
    }

    @Test
    void aRegionRespondsToAPriceWithTheBlocksPricedBelowIt() {
        AllocationProblem p = problem(1, List.of(new double[] {0, 10, 5, 100}, new double[] {0, 10, 4, 50}),
                r -> true, Double.NaN);
        RegionSupply supply = RegionSupply.of(p);
        assertEquals(4, supply.response(0, 100).abatement(), 0);
        assertEquals(200, supply.response(0, 100).cost(), 0);
        assertEquals(9, supply.response(0, 101).abatement(), 0);
    }

    /** Sources as {region, baseline, amount-or-max, unitCost-or-slope, kind (0 step, 1 quadratic)}. */
    private static List<double[]> randomSources(SplittableRandom random, int regions, boolean quadratic,
                                                boolean ties) {
        List<double[]> sources = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int s = 0; s < count; s++) {
            int region = random.nextInt(regions);
            double amount = 1 + random.nextInt(50);
            double cost = ties ? 10 * (1 + random.nextInt(3)) : 1 + 99 * random.nextDouble();
            boolean quad = quadratic && random.nextBoolean();
            sources.add(new double[] {region, amount * 2, amount, cost, quad ? 1 : 0});
        }
        for (int r = 0; r < regions; r++) {
            sources.add(new double[] {r, 10, 5, 1 + 99 * random.nextDouble(), 0});
        }
        return sources;
    }

    private static AllocationProblem problem(int regions, List<double[]> sources,
                                             java.util.function.IntPredicate included, double requirement) {
        AllocationProblemBuilder builder = AllocationProblem.builder();
        for (int r = 0; r < regions; r++) {
            builder.addRegion("R" + r, 0);
        }
        for (double[] s : sources) {
            int region = (int) s[0];
            if (!included.test(region)) {
                continue;
            }
            if (s.length > 4 && s[4] == 1) {
                builder.addQuadraticSource(region, s[1], s[3] / 2, s[3] / s[2], s[2]);
            } else {
                builder.addStepSource(region, s[1], new double[] {s[2]}, new double[] {s[3]});
            }
        }
        if (!Double.isNaN(requirement)) {
            builder.capRequirement(requirement);
        }
        return builder.build();
    }

    private static int[] members(int mask, int regions) {
        return java.util.stream.IntStream.range(0, regions).filter(r -> (mask & (1 << r)) != 0).toArray();
    }
}
