package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the optimal duals are not unique the solver reports the lexicographically smallest (caps in
 * pollutant order, then receptor rows), as the one-pollutant solver does: checked against ojAlgo
 * minimising each price in turn over the explicit dual LP's optimal face
 * ({@link MultiOjAlgoDualReference}), on seeded LP instances of every flavour, each drawn twice: as
 * drawn, and degenerate, every row's requirement set to what the sources' best responses to random
 * prices give it (a vertex of every curve, so a whole interval of prices is valid). Red before the
 * several-pollutant solver chose among its valid duals (it reported a vertex of the dual face).
 */
class MultiLexicographicDualsTest {
    static Stream<Arguments> instances() {
        return Stream.of(MultiRandomProblems.Flavour.values()).flatMap(f -> java.util.stream.LongStream
                .range(70_000, 70_060).boxed().flatMap(seed -> Stream.of(Arguments.of(f, seed, false),
                        Arguments.of(f, seed, true))));
    }

    @ParameterizedTest(name = "{0} seed {1} degenerate {2}")
    @MethodSource("instances")
    void theDualsAreTheLexicographicallySmallest(MultiRandomProblems.Flavour flavour, long seed, boolean degenerate) {
        MultiPollutantProblem q = MultiRandomProblems.draw(flavour, seed);
        Assumptions.assumeTrue(MultiOjAlgoDualReference.isLp(q), "an LP");
        if (degenerate) {
            q = degenerate(q, new SplittableRandom(seed));
        }
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
        Assumptions.assumeTrue(s.status() != AllocationStatus.INFEASIBLE, "feasible");
        assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString());
        assertNull(MultiPollutantCertificate.violation(q, s, 1e-9));
        assertNull(MultiOjAlgoDualReference.lexicographicViolation(q, duals(q, s), objective(q, s)));
    }

    /** The solver's duals as one vector, coupling rows in order. */
    static double[] duals(MultiPollutantProblem q, MultiPollutantSolution s) {
        CouplingRows rows = new CouplingRows(q);
        double[] y = new double[rows.count];
        for (int j = 0; j < rows.caps; j++) {
            y[j] = s.capPrices()[rows.capPollutant[j]];
        }
        System.arraycopy(s.receptorPrices(), 0, y, rows.caps, q.receptorCount());
        return y;
    }

    static double objective(MultiPollutantProblem q, MultiPollutantSolution s) {
        double objective = s.cost();
        for (int i = 0; i < q.sources; i++) {
            for (int p = 0; p < q.pollutants; p++) {
                objective -= q.weight[p * q.regions + q.sourceRegion[i]] * s.abatement()[i * q.pollutants + p];
            }
        }
        return objective;
    }

    /**
     * The instance with each row's requirement set to its value at every source's best response to
     * random prices (0 to 30 per row, a third of them 0). Writes into the fresh draw's arrays.
     */
    static MultiPollutantProblem degenerate(MultiPollutantProblem q, SplittableRandom random) {
        CouplingRows rows = new CouplingRows(q);
        double[] y = new double[rows.count];
        for (int j = 0; j < y.length; j++) {
            y[j] = random.nextInt(3) == 0 ? 0 : 30 * random.nextDouble();
        }
        double[] value = new double[rows.count];
        double[] g = new double[q.pollutants];
        double[] a = new double[q.pollutants];
        for (int i = 0; i < q.sources; i++) {
            int r = q.sourceRegion[i];
            for (int p = 0; p < q.pollutants; p++) {
                g[p] = q.weight[p * q.regions + r];
                for (int j = 0; j < rows.count; j++) {
                    g[p] += y[j] * rows.coefficient[j][p * q.regions + r];
                }
            }
            SourceResponse.respond(q, i, g, 0, 1, a, 0);
            for (int j = 0; j < rows.count; j++) {
                for (int p = 0; p < q.pollutants; p++) {
                    value[j] += rows.coefficient[j][p * q.regions + r] * a[p];
                }
            }
        }
        for (int j = 0; j < rows.caps; j++) {
            q.capRequirement[rows.capPollutant[j]] = value[j];
        }
        for (int k = 0; k < q.receptorCount(); k++) {
            q.receptorRequirement[k] = value[rows.caps + k];
        }
        return q;
    }
}
