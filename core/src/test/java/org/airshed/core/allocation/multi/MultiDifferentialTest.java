package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The multi-pollutant solver against ojAlgo's LP ({@link MultiOjAlgoReference}) on seeded random
 * instances of every flavour: the same verdict; the objective equal to ojAlgo's optimum to 1e-9
 * relative (for quadratics, no higher than ojAlgo's lower bound with tangents at the solver's
 * amounts, which certifies it); and the KKT certificate per source at 1e-9. The certificate makes
 * the reported prices valid multipliers, hence equal to the optimal duals wherever those are unique.
 */
class MultiDifferentialTest {
    static final int PER_FLAVOUR = 60;

    static Stream<Arguments> instances() {
        return instances(PER_FLAVOUR, 0);
    }

    static Stream<Arguments> instances(int perFlavour, long offset) {
        return Stream.of(MultiRandomProblems.Flavour.values()).flatMap(f -> java.util.stream.LongStream
                .range(offset, offset + perFlavour).mapToObj(seed -> Arguments.of(f, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("instances")
    void agreesWithOjAlgo(MultiRandomProblems.Flavour flavour, long seed) {
        check(flavour, seed);
    }

    static Stream<Arguments> slowInstances() {
        return instances(1_000, 10_000);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("slowInstances")
    void agreesWithOjAlgoOnMore(MultiRandomProblems.Flavour flavour, long seed) {
        check(flavour, seed);
    }

    /** Every source's best response at the solver's prices, {@code [i * P + p]}. */
    static double[] bestResponses(MultiPollutantProblem q, MultiPollutantSolution s) {
        CouplingRows rows = new CouplingRows(q);
        double[] y = new double[rows.count];
        for (int j = 0; j < rows.caps; j++) {
            y[j] = s.capPrices()[rows.capPollutant[j]];
        }
        for (int k = 0; k < q.receptorCount(); k++) {
            y[rows.caps + k] = s.receptorPrices()[k];
        }
        double[] response = new double[q.sources * q.pollutants];
        double[] g = new double[q.pollutants];
        for (int i = 0; i < q.sources; i++) {
            int r = q.sourceRegion[i];
            for (int p = 0; p < q.pollutants; p++) {
                g[p] = q.weight[p * q.regions + r];
                for (int j = 0; j < rows.count; j++) {
                    g[p] += y[j] * rows.coefficient[j][p * q.regions + r];
                }
            }
            SourceResponse.respond(q, i, g, 0, 1, response, i * q.pollutants);
        }
        return response;
    }

    static void check(MultiRandomProblems.Flavour flavour, long seed) {
        check(MultiRandomProblems.draw(flavour, seed));
    }

    static void check(MultiPollutantProblem q) {
        check(q, q);
    }

    /** As {@link #check(MultiPollutantProblem)}, ojAlgo solving {@code referenceCopy} (the same up to rounding). */
    static void check(MultiPollutantProblem q, MultiPollutantProblem referenceCopy) {
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
        MultiOjAlgoReference.Answer reference = s.abatement().length == 0 ? MultiOjAlgoReference.solve(referenceCopy)
                : MultiOjAlgoReference.solve(referenceCopy, s.abatement(), bestResponses(q, s));
        if (!reference.feasible()) {
            assertEquals(AllocationStatus.INFEASIBLE, s.status(), "ojAlgo: " + reference.state() + "; ours: "
                    + s.reasons());
            assertTrue(!s.reasons().isEmpty());
            return;
        }
        assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString());
        double objective = s.cost();
        for (int i = 0; i < q.sources; i++) {
            for (int p = 0; p < q.pollutants; p++) {
                objective -= q.weight[p * q.regions + q.sourceRegion[i]] * s.abatement()[i * q.pollutants + p];
            }
        }
        double scale = Math.max(1, Math.max(Math.abs(objective), s.cost()));
        assertEquals(reference.value(), objective, 1e-9 * scale, "objective against ojAlgo");
        assertNull(MultiPollutantCertificate.violation(q, s, 1e-9));
    }
}
