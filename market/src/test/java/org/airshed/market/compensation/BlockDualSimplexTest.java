package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ReferenceLpSolver;
import org.airshed.core.allocation.RegionSupply;
import org.junit.jupiter.api.Test;

/**
 * The dual simplex over region blocks against the exact solver on the same programs (through the
 * windowed path, which the sub-scenario reference checks) and against the dense Commons Math LP over
 * every block, on seeded random step-curve programs with 1–4 receptor rows; integer unit costs make
 * ties and degenerate vertices common. The fast path must certify nearly every program; whatever it
 * returns must be optimal.
 */
class BlockDualSimplexTest {
    private static final int PROGRAMS = 3_000;

    @Test
    void agreesWithTheExactAndTheDenseSolverOnRandomStepPrograms() {
        int certified = 0;
        int solved = 0;
        int bound = 0;
        for (long seed = 1; seed <= PROGRAMS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            AllocationProblem curves = randomCurves(random);
            RegionBlocks blocks = new RegionBlocks(curves);
            RegionSupply supply = RegionSupply.of(curves);
            CoalitionProgram program = randomProgram(random, curves, blocks);
            RegionSupply.Meeting meeting = supply.meet(program.members(), program.requirement());
            if (meeting == null) {
                assertTrue(Double.isNaN(BlockDualSimplex.equiMarginalPrice(blocks, program.members(),
                        program.requirement())), "seed " + seed);
                continue;
            }
            assertEquals(meeting.price(), BlockDualSimplex.equiMarginalPrice(blocks, program.members(),
                    program.requirement()), 0, "seed " + seed + ": the equi-marginal price, by bisection and by selection");
            CoalitionSolver solver = new CoalitionSolver(supply, blocks);
            CoalitionSolution exact = solver.windowed(program, meeting);
            if (exact == null) {
                continue;
            }
            solved++;
            bound += exact.bindingReceptors().length > 0 ? 1 : 0;
            CoalitionSolution fast = BlockDualSimplex.solve(blocks, program);
            if (fast == null) {
                continue;
            }
            certified++;
            double scale = Math.max(1, Math.abs(exact.totalCost()));
            assertEquals(exact.totalCost(), fast.totalCost(), 1e-9 * scale, "seed " + seed);
            assertKeepsRows(program, fast, seed);
            if (seed % 10 == 0) {
                AllocationSolution dense = new ReferenceLpSolver().solve(wholeProgram(program, blocks));
                assertEquals(dense.cost(), fast.totalCost(), 1e-8 * scale, "seed " + seed + " (dense LP)");
            }
        }
        assertTrue(solved > PROGRAMS / 2, solved + " feasible programs");
        assertTrue(bound > solved / 2, "receptor rows bind in " + bound + " of " + solved);
        assertTrue(certified >= 0.99 * solved, "certified " + certified + " of " + solved);
    }

    private static void assertKeepsRows(CoalitionProgram program, CoalitionSolution plan, long seed) {
        double total = plan.totalAbatement();
        assertTrue(total >= program.requirement() - 1e-9 * Math.max(1, program.requirement()), "seed " + seed);
        for (int k = 0; k < program.rowCount(); k++) {
            double kept = 0;
            for (int m = 0; m < program.size(); m++) {
                kept += program.weight()[k][m] * plan.abatement()[m];
            }
            double need = program.rowRequirement()[k];
            assertTrue(kept >= need - 1e-9 * Math.max(1e-12, Math.abs(need)), "seed " + seed + " row " + k);
        }
        assertNotNull(plan.bindingReceptors());
    }

    /** 2–8 regions of 1–6 sources, 1–5 blocks each at integer unit costs 1–60. */
    private static AllocationProblem randomCurves(SplittableRandom random) {
        AllocationProblemBuilder builder = AllocationProblem.builder();
        int regions = 2 + random.nextInt(7);
        for (int r = 0; r < regions; r++) {
            builder.addRegion("R" + r, 0);
            for (int source = 1 + random.nextInt(6); source > 0; source--) {
                int count = 1 + random.nextInt(5);
                double[] amounts = new double[count];
                double[] costs = new double[count];
                double cost = 1 + random.nextInt(20);
                double total = 0;
                for (int b = 0; b < count; b++) {
                    amounts[b] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(40);
                    costs[b] = cost;
                    cost += random.nextInt(15);
                    total += amounts[b];
                }
                builder.addStepSource(r, total + 10, amounts, costs);
            }
        }
        return builder.build();
    }

    /** A random coalition of 2+ regions with 1–4 receptor rows asking 10–90 % of what the members can give. */
    private static CoalitionProgram randomProgram(SplittableRandom random, AllocationProblem curves,
                                                  RegionBlocks blocks) {
        int regions = curves.regionCount();
        int[] members;
        do {
            int mask = random.nextInt(1 << regions);
            members = java.util.stream.IntStream.range(0, regions).filter(r -> (mask & (1 << r)) != 0).toArray();
        } while (members.length < 2);
        double capacity = 0;
        double[] max = new double[members.length];
        for (int m = 0; m < members.length; m++) {
            max[m] = blocks.amountBelow(members[m], blocks.blockCount(members[m]));
            capacity += max[m];
        }
        int rows = 1 + random.nextInt(4);
        double[][] weight = new double[rows][members.length];
        double[] need = new double[rows];
        int[] receptors = new int[rows];
        for (int k = 0; k < rows; k++) {
            receptors[k] = k;
            double reachable = 0;
            for (int m = 0; m < members.length; m++) {
                weight[k][m] = random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? 0.25 * (1 + random.nextInt(4))
                        : random.nextDouble(0, 1e-3);
                reachable += weight[k][m] * max[m];
            }
            need[k] = reachable * random.nextDouble(0.1, 0.9);
        }
        return new CoalitionProgram(members, capacity * random.nextDouble(0.05, 0.9), receptors, weight, need);
    }

    /** The same program over every block, for the dense LP. */
    private static AllocationProblem wholeProgram(CoalitionProgram program, RegionBlocks blocks) {
        AllocationProblemBuilder builder = AllocationProblem.builder();
        for (int m = 0; m < program.size(); m++) {
            int region = program.members()[m];
            builder.addRegion("M" + m, 0);
            int count = blocks.blockCount(region);
            double[] amounts = new double[count];
            double[] costs = new double[count];
            for (int b = 0; b < count; b++) {
                amounts[b] = blocks.amount(region, b);
                costs[b] = blocks.unitCost(region, b);
            }
            builder.addStepSource(m, blocks.amountBelow(region, count), amounts, costs);
        }
        builder.capRequirement(program.requirement());
        for (int k = 0; k < program.rowCount(); k++) {
            builder.addReceptor(0, program.weight()[k], program.rowRequirement()[k]);
        }
        return builder.build();
    }
}
