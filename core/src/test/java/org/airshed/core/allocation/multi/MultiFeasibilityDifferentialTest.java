package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feasibility-only entry point against the full solve and against ojAlgo, on seeded random
 * instances of every flavour (signed transfers, caps, limits, options, curves; feasible and not):
 * the same verdict three ways, and every certificate re-checked by {@link #recheck}, plain code over
 * the sources that shares nothing with the solver's pricing.
 */
class MultiFeasibilityDifferentialTest {
    /** 40 per flavour in the default build (about 3 s); {@code -DargLine=-DperFlavour=600} for a longer sweep. */
    static final int PER_FLAVOUR = Integer.getInteger("perFlavour", 40);

    static Stream<Arguments> instances() {
        return Stream.of(MultiRandomProblems.Flavour.values()).flatMap(f -> LongStream
                .range(20_000, 20_000 + PER_FLAVOUR).mapToObj(seed -> Arguments.of(f, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("instances")
    void verdictsAgreeAndEveryProofHolds(MultiRandomProblems.Flavour flavour, long seed) {
        check(MultiRandomProblems.draw(flavour, seed));
    }

    /** The draw above must hold infeasible instances, some proven by several rows, or it proves little. */
    @Test
    void theInstancesIncludeProofsOfOneRowAndOfSeveral() {
        long[] proofs = new long[2];
        instances().forEach(a -> MultiPollutantSolvers.exact().infeasibility(MultiRandomProblems.draw(
                        (MultiRandomProblems.Flavour) a.get()[0], (Long) a.get()[1]))
                .ifPresent(proof -> proofs[proof.rows().size() == 1 ? 0 : 1]++));
        assertTrue(proofs[0] >= 5 && proofs[1] >= 5, "proofs of one row: " + proofs[0] + ", of several: " + proofs[1]);
    }

    static void check(MultiPollutantProblem q) {
        Optional<InfeasibilityCertificate> proof = MultiPollutantSolvers.exact().infeasibility(q);
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
        boolean referenceFeasible = MultiOjAlgoReference.solve(q).feasible();
        assertEquals(referenceFeasible, proof.isEmpty(), "infeasibility() against ojAlgo: " + proof);
        assertEquals(proof.isPresent() ? AllocationStatus.INFEASIBLE : AllocationStatus.OPTIMAL, s.status(),
                "solve() against infeasibility(): " + s.reasons());
        proof.ifPresent(certificate -> recheck(q, certificate));
    }

    /**
     * A Farkas proof re-checked from the problem alone: weights in (0, 1] with the largest 1, each
     * row's requirement the problem's, and Σ weight × requirement above the most any allocation gives
     * the weighted rows (each source on its own: a curve abates all of a pollutant whose weighted
     * coefficient is positive, an option source takes its best option or none).
     */
    static void recheck(MultiPollutantProblem q, InfeasibilityCertificate proof) {
        int pollutants = q.pollutantCount();
        int regions = q.regionCount();
        assertTrue(!proof.rows().isEmpty(), "a proof names rows");
        double largest = 0;
        double requirement = 0;
        double magnitude = 0;
        double[] coefficient = new double[pollutants * regions]; // Σ_j y_j × row j's coefficient, [p * R + r]
        for (InfeasibilityCertificate.WeightedRow row : proof.rows()) {
            assertTrue(row.weight() > 0 && row.weight() <= 1, "weight " + row.weight());
            largest = Math.max(largest, row.weight());
            double b = row.isCap() ? q.capRequirement(row.pollutant()) : q.receptorRequirement(row.receptor());
            assertEquals(b, row.requirement(), 0, "requirement of " + row);
            requirement += row.weight() * b;
            magnitude += Math.abs(row.weight() * b);
            for (int p = 0; p < pollutants; p++) {
                for (int r = 0; r < regions; r++) {
                    coefficient[p * regions + r] += row.weight()
                            * (row.isCap() ? (p == row.pollutant() ? 1 : 0) : q.transfer(row.receptor(), p, r));
                }
            }
        }
        assertEquals(1, largest, 0, "the largest weight");
        double reach = 0;
        for (int i = 0; i < q.sourceCount(); i++) {
            int r = q.sourceRegion(i);
            double best = 0;
            if (q.isOptionSource(i)) {
                for (int o = q.optionStart(i); o < q.optionStart(i + 1); o++) {
                    double value = 0;
                    for (int p = 0; p < pollutants; p++) {
                        value += coefficient[p * regions + r] * q.optionRemoval(o, p) * q.emission(i, p);
                    }
                    best = Math.max(best, value);
                }
            } else {
                for (int p = 0; p < pollutants; p++) {
                    best += Math.max(0, coefficient[p * regions + r]) * curveMax(q, i, p);
                }
            }
            reach += best;
            magnitude += Math.abs(best);
        }
        double tolerance = 1e-9 * Math.max(1, magnitude);
        assertTrue(requirement - reach > tolerance,
                "not a proof: requirement " + requirement + ", reach " + reach + "; " + proof);
        assertEquals(requirement, proof.weightedRequirement(), tolerance, "reported weighted requirement");
        assertEquals(reach, proof.weightedReach(), tolerance, "reported weighted reach");
    }

    /** Most that pollutant p of curve source i can abate: the sum of its blocks, or its quadratic's range. */
    private static double curveMax(MultiPollutantProblem q, int i, int p) {
        if (q.isQuadratic(i, p)) {
            return q.quadMax[i * q.pollutantCount() + p];
        }
        double max = 0;
        for (int b = 0; b < q.blockCount(i, p); b++) {
            max += q.blockAmount(i, p, b);
        }
        return max;
    }
}
