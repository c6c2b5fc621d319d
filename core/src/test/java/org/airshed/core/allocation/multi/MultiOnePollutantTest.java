package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pollutant with non-negative transfers is the version-1 problem: the multi-pollutant solver
 * must agree with {@link ExactAllocationSolver} on seeded random instances (blocks, quadratics,
 * welfare weights, a cap, receptor limits, some infeasible): the same verdict, the same objective
 * to 1e-9 relative, and each solver's prices valid KKT multipliers of the other's problem form
 * and the same prices: both report the lexicographically smallest valid duals.
 */
class MultiOnePollutantTest {
    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithTheOnePollutantSolver(long seed) {
        AllocationProblem one = draw(seed);
        MultiPollutantProblem multi = convert(one);
        AllocationSolution reference = new ExactAllocationSolver(7, 1).solve(one);
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(multi);
        assertEquals(reference.status(), s.status(), s.reasons() + " / " + reference.reasons());
        if (reference.status() != AllocationStatus.OPTIMAL) {
            return;
        }
        double objective = objective(one, s.abatement(), s.cost());
        double expected = objective(one, reference.abatement(), reference.cost());
        assertEquals(expected, objective, 1e-9 * Math.max(1, Math.max(Math.abs(expected), reference.cost())));
        assertNull(MultiPollutantCertificate.violation(multi, s, 1e-9));
        MultiPollutantSolution theirs = new MultiPollutantSolution(AllocationStatus.OPTIMAL, reference.abatement(),
                new double[0], reference.cost(), new double[] {one.hasCap() ? reference.capPrice() : 0},
                reference.receptorPrices(), 0, 0, java.util.List.of());
        assertNull(MultiPollutantCertificate.violation(multi, theirs, 1e-9), "the one-pollutant answer, checked here");
        // Both report the lexicographically smallest valid duals: the same prices.
        double scale = 1;
        for (double y : theirs.receptorPrices()) {
            scale = Math.max(scale, Math.abs(y));
        }
        scale = Math.max(scale, Math.abs(theirs.capPrices()[0]));
        assertEquals(theirs.capPrices()[0], s.capPrices()[0], 1e-9 * scale, "cap price");
        for (int k = 0; k < one.receptorCount(); k++) {
            assertEquals(theirs.receptorPrices()[k], s.receptorPrices()[k], 1e-9 * scale, "price of receptor " + k);
        }
    }

    private static double objective(AllocationProblem p, double[] abatement, double cost) {
        double objective = cost;
        for (int i = 0; i < p.sourceCount(); i++) {
            objective -= p.regionWeight(p.sourceRegion(i)) * abatement[i];
        }
        return objective;
    }

    static AllocationProblem draw(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        AllocationProblemBuilder b = AllocationProblem.builder();
        int regions = 1 + rnd.nextInt(5);
        boolean welfare = rnd.nextInt(4) == 0;
        for (int r = 0; r < regions; r++) {
            b.addRegion("R" + r, welfare ? 10 * rnd.nextDouble() : 0);
        }
        int sources = 1 + rnd.nextInt(15);
        double[] regionMax = new double[regions];
        for (int i = 0; i < sources; i++) {
            int r = rnd.nextInt(regions);
            double e = 1 + 99 * rnd.nextDouble();
            if (rnd.nextInt(3) == 0) {
                double max = e * rnd.nextDouble();
                b.addQuadraticSource(r, e, 10 * rnd.nextDouble(), 0.1 + 5 * rnd.nextDouble(), max);
                regionMax[r] += max;
            } else {
                int blocks = 1 + rnd.nextInt(4);
                double[] amounts = new double[blocks];
                double[] costs = new double[blocks];
                double price = 20 * rnd.nextDouble();
                double left = e;
                for (int k = 0; k < blocks; k++) {
                    amounts[k] = left * rnd.nextDouble();
                    left -= amounts[k];
                    costs[k] = price;
                    price += rnd.nextInt(3) == 0 ? 0 : 30 * rnd.nextDouble();
                    regionMax[r] += amounts[k];
                }
                b.addStepSource(r, e, amounts, costs);
            }
        }
        double total = 0;
        for (double m : regionMax) {
            total += m;
        }
        double reach = rnd.nextInt(8) == 0 ? 1.2 : 0.8;
        if (rnd.nextBoolean()) {
            b.capRequirement(total * reach * rnd.nextDouble());
        }
        int receptors = rnd.nextInt(4);
        for (int k = 0; k < receptors; k++) {
            double[] t = new double[regions];
            double most = 0;
            for (int r = 0; r < regions; r++) {
                t[r] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
                most += t[r] * regionMax[r];
            }
            b.addReceptor(rnd.nextInt(regions), t, most * reach * rnd.nextDouble());
        }
        return b.build();
    }

    static MultiPollutantProblem convert(AllocationProblem p) {
        int regions = p.regionCount();
        String[] regionIds = new String[regions];
        double[] weights = new double[regions];
        for (int r = 0; r < regions; r++) {
            regionIds[r] = p.regionId(r);
            weights[r] = p.regionWeight(r);
        }
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2"}, regionIds);
        for (int i = 0; i < p.sourceCount(); i++) {
            b.curveSource(p.sourceRegion(i), new double[] {p.baseline(i)});
            if (p.isQuadratic(i)) {
                b.quadratic(0, p.quadLinear(i), p.quadSlope(i), p.maxAbatement(i));
            } else {
                double[] amounts = new double[p.blockCount(i)];
                double[] costs = new double[p.blockCount(i)];
                for (int k = 0; k < amounts.length; k++) {
                    amounts[k] = p.blockAmount(i, k);
                    costs[k] = p.blockCost(i, k);
                }
                b.steps(0, amounts, costs);
            }
        }
        if (p.hasCap()) {
            b.cap(0, p.capRequirement());
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            double[] t = new double[regions];
            for (int r = 0; r < regions; r++) {
                t[r] = p.transfer(k, r);
            }
            b.receptor(t, p.receptorRequirement(k));
        }
        return b.weights(weights).build();
    }
}
