package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.allocation.ReferenceLpSolver;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.AllocationStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hillier &amp; Lieberman's Nori &amp; Leets Co. air-pollution LP, through the bundled file. */
class TextbookScenarioTest {
    /**
     * The book prints Z = 32.16, which is Σ c_j x_j with x rounded to three decimals (32.159); the
     * exact optimum is 32.15463. The tolerance covers that rounding and nothing more.
     */
    private static final double PUBLISHED_Z_TOLERANCE = 0.006;
    /** The book prints x to three decimals. */
    private static final double PUBLISHED_X_TOLERANCE = 0.0005;
    /**
     * Exact optimum, from the optimal basis (x1 = x4 = x6 = 1; x2, x3, x5 basic; the three
     * pollutant constraints bind): Z = 1225413/38110. Derived, not printed in the book.
     */
    private static final double EXACT_Z = 1225413.0 / 38110;
    /** Duals of the three requirements at that basis (USD million per million lb/yr); derived. */
    private static final Map<String, Double> EXACT_PRICES = Map.of("particulates", 2116.0 / 19055,
            "sulfur-oxides", 4833.0 / 38110, "hydrocarbons", 1321.0 / 19055);

    static Stream<Arguments> solvers() {
        return Stream.of(Arguments.of("exact", new ExactAllocationSolver()),
                Arguments.of("reference LP", new ReferenceLpSolver()));
    }

    @Test
    void bundledFileIsTheCanonicalJsonOfTheTextbookScenario() {
        assertEquals(ScenarioWriter.toJson(TextbookScenario.scenario()), BundledText.of(TextbookScenario.RESOURCE));
    }

    @Test
    void limitsTurnRequiredReductionsIntoConcentrationCeilings() {
        Scenario s = BundledText.scenario(TextbookScenario.NAME);
        assertEquals(36.0, s.policy().receptorLimits().get("particulates"));
        assertEquals(81.0, s.policy().receptorLimits().get("sulfur-oxides"));
        assertEquals(66.0, s.policy().receptorLimits().get("hydrocarbons"));
        assertTrue(s.policy().cap().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void hillierLiebermanNoriAndLeetsOptimum(String name, AllocationSolver solver) {
        AllocationReport report = AllocationStudy.run(BundledText.scenario(TextbookScenario.NAME), solver);

        assertTrue(report.isOptimal(), name + ": " + report.reasons());
        assertEquals(TextbookScenario.PUBLISHED_Z, report.totalCost(), PUBLISHED_Z_TOLERANCE);
        assertEquals(EXACT_Z, report.totalCost(), 1e-9);
        List<String> methods = TextbookScenario.METHODS;
        for (int j = 0; j < methods.size(); j++) {
            assertEquals(TextbookScenario.PUBLISHED_X.get(j), report.region(methods.get(j)).reduction(),
                    PUBLISHED_X_TOLERANCE, "x" + (j + 1));
        }
        for (String pollutant : TextbookScenario.POLLUTANTS) {
            // all three requirements bind at the optimum
            assertEquals(report.region(pollutant).limit().getAsDouble(), report.region(pollutant).concentration(),
                    1e-6, pollutant);
            assertEquals(EXACT_PRICES.get(pollutant), report.receptorPrices().get(pollutant), 1e-9, pollutant);
        }
    }
}
