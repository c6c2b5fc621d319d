package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiRegionOutcome;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.scenarios.pipeline.RunOutcome;
import org.airshed.scenarios.run.CompensationOutcome;
import org.airshed.scenarios.run.MultiAllocationResult;
import org.junit.jupiter.api.Test;

/**
 * yrd-pm25 through the pipeline reproduces V2-SCENARIOS.md's table (from a dense Commons Math
 * reference LP; HiGHS agreed) within stated tolerances: total cost 0.05 % (the note rounds to four
 * digits; the reference's secant segments over-state six quadratic curves by a few thousand yuan),
 * cap prices 0.5 % and the receptor price 10 % (the note's prices are one-sided finite differences
 * of a piecewise-linear programme, the solver's a dual between the two sides), ΔPM2.5 0.01 µg/m³,
 * deaths avoided 0.2 %; and the independent reference LP itself, solved here, within 10⁵ CNY. Without
 * Shanghai's limit the optimum is degenerate (118 plants share one SCR unit cost, and PM2.5 proxy
 * steps tie): the split between provinces is not unique, so there ΔPM2.5 is held to 0.15 µg/m³ and
 * deaths to 1 % (the note: "compare totals and prices, not per-source rows").
 */
class YrdPm25ResultsTest {
    private static final String FILE = "/scenarios/yrd-pm25.json";

    private static MultiAllocationReport run(Consumer<ObjectNode> edit) {
        return V2Runs.run(FILE, tree -> {
            tree.remove("compensation");
            edit.accept(tree);
        }).context().multiAllocation();
    }

    private static void assertRow(MultiAllocationReport r, double cost, double[] lambda, double[] fall,
                                  double deaths, double value) {
        assertRow(r, cost, lambda, fall, deaths, value, 0.01, 2e-3);
    }

    /** The same where the split between provinces is not unique: ΔPM2.5 within {@code fallTolerance}, deaths within {@code deathsTolerance}. */
    private static void assertRow(MultiAllocationReport r, double cost, double[] lambda, double[] fall,
                                  double deaths, double value, double fallTolerance, double deathsTolerance) {
        assertTrue(r.isOptimal(), r.reasons()::toString);
        assertEquals(cost, r.totalCost(), 5e-4 * cost, "total cost");
        for (int p = 0; p < lambda.length; p++) {
            double expected = lambda[p];
            double tolerance = expected == 0 ? 1e-6 : 5e-3 * expected;
            assertEquals(expected, r.pollutants().get(p).capPrice(), tolerance, "price of " + r.pollutants().get(p).id());
        }
        double totalDeaths = 0;
        double totalValue = 0;
        List<MultiRegionOutcome> regions = r.regions();
        for (int j = 0; j < regions.size(); j++) {
            assertEquals(fall[j], regions.get(j).concentrationFall(), fallTolerance, "ΔPM2.5 in " + regions.get(j).id());
            totalDeaths += regions.get(j).deathsAvoided();
            totalValue += regions.get(j).healthValue();
        }
        assertEquals(deaths, totalDeaths, deathsTolerance * deaths, "deaths avoided");
        assertEquals(value, totalValue, Math.max(5e-3, deathsTolerance) * value, "their value");
    }

    @Test
    void theFileCapsAndShanghaisLimit() {
        MultiAllocationReport r = run(tree -> { });
        assertRow(r, 7.915e9, new double[] {9823, 30702, 3739}, new double[] {3.06, 2.99, 2.55, 2.53}, 39056, 2.16e11);
        assertEquals(5.47e7, r.receptorPrices()[0], 0.1 * 5.47e7, "μ SH");
        assertEquals(46.94, r.regions().get(0).concentration(), 1e-6, "the limit binds");
    }

    @Test
    void allThreeCaps() {
        assertRow(run(tree -> V2Runs.drop(tree, "receptorLimits", null)), 7.903e9, new double[] {10053, 30792, 4099},
                new double[] {2.54, 2.83, 2.85, 3.22}, 41158, 2.28e11, 0.15, 0.01);
    }

    @Test
    void so2AndNoxCaps() {
        assertRow(run(tree -> {
            V2Runs.drop(tree, "receptorLimits", null);
            V2Runs.drop(tree, "caps", "PM2.5");
        }), 7.500e9, new double[] {10053, 30792, 0}, new double[] {1.89, 2.16, 2.13, 2.28}, 30563, 1.69e11, 0.15, 0.01);
    }

    @Test
    void so2CapOnlyIsYrdSo2sMarket() {
        assertRow(run(tree -> {
            V2Runs.drop(tree, "receptorLimits", null);
            V2Runs.drop(tree, "caps", "PM2.5");
            V2Runs.drop(tree, "caps", "NOx");
        }), 3.792e9, new double[] {10053, 0, 0}, new double[] {1.73, 1.24, 1.28, 1.36}, 19010, 1.05e11, 0.15, 0.01);
    }

    /** V2-SCENARIOS.md: under welfare the linearised health value (δ = population × mortality × beta × vsl) dwarfs μ: ULE at all 118 plants, 7.72×10¹⁰ CNY. */
    @Test
    void welfareWithTheLinearisedHealthValue() {
        MultiAllocationReport r = run(tree -> tree.put("objective", "welfare"));
        assertTrue(r.isOptimal(), r.reasons()::toString);
        assertEquals(7.72e10, r.totalCost(), 5e-3 * 7.72e10);
        double damages = 0;
        double[] delta = {8.397e9, 2.861e10, 2.180e10, 2.060e10};
        for (int j = 0; j < delta.length; j++) {
            damages += delta[j] * r.regions().get(j).concentration();
        }
        assertEquals(damages, r.damages(), 1e-3 * damages, "damages at the description's δ");
        assertEquals(r.totalCost() + r.damages(), r.objective(), 1e-9 * r.objective());
    }

    @Test
    void theReferenceLpAgreesOnTheCost() {
        MultiAllocationReport r = run(tree -> { });
        double reference = ReferenceLp.solve(V2File.of(Bundled.tree(FILE)), true, 10).cost();
        assertTrue(reference >= r.totalCost() - 1, "secants over-state the cost: " + reference + " < " + r.totalCost());
        assertEquals(reference, r.totalCost(), 1e5);
    }

    @Test
    void dutiesGameStandaloneCostsAndSurplus() {
        RunOutcome outcome = V2Runs.run(FILE, tree -> { });
        CompensationReport report = outcome.sections().stream().map(outcome.context()::result)
                .filter(CompensationOutcome.Played.class::isInstance).map(CompensationOutcome.Played.class::cast)
                .findFirst().orElseThrow().report();
        double[] alone = report.game().baselinePlan().cost();
        double[] expected = {1.431e9, 3.297e9, 2.222e9, 1.205e9};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], alone[i], 5e-4 * expected[i], report.players().get(i) + " alone");
        }
        // Jointly under the three caps and SH's limit held where the duties leave it (46.9448 > 46.94).
        assertEquals(8.155e9 - 7.915e9, report.surplus(), 2e6);
        MultiAllocationResult allocation = outcome.sections().stream().map(outcome.context()::result)
                .filter(MultiAllocationResult.class::isInstance).map(MultiAllocationResult.class::cast).findFirst()
                .orElseThrow();
        assertEquals(8.155e9, allocation.cooperation().standaloneTotal(), 5e-4 * 8.155e9);
        assertEquals(report.surplus(), allocation.cooperation().saving(), 1e-6 * report.surplus(),
                "the duty comparison's saving is v(N), as in version 1");
    }
}
