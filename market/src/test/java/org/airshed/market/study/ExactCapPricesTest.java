package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.fraction.BigFraction;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.util.NearestDouble;
import org.junit.jupiter.api.Test;

/**
 * A version-2 market's cap prices: exact where the plan fixes them (core's ExactDualsTest checks
 * those against an exact rational simplex on seeded programs), the written step rule where it leaves
 * them open.
 */
class ExactCapPricesTest {
    private static final String[] POLLUTANTS = {"SO2", "NOx", "PM2.5"};

    /** A cap exactly at a kink: every price between the two steps' costs clears, and none is fixed. */
    @Test
    void aPriceTheEqualitiesLeaveOpenKeepsTheWrittenStepRule() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, new String[] {"R"});
        b.curveSource(0, new double[] {20, 10});
        b.steps(0, new double[] {10, 10}, new double[] {5, 7});
        b.optionSource(0, new double[] {100, 200});
        b.option(30_000, new double[] {0, 0.5});
        b.cap(0, 10);
        b.cap(1, 40);
        MultiPollutantProblem program = b.build();
        MultiPollutantSolution solution = MultiPollutantSolvers.exact().solve(program);
        double[] prices = ExactCapPrices.of(program, solution);
        assertEquals(WrittenCapPrice.of(program, 0, solution.capPrices()[0]), prices[0], 0);
        assertTrue(prices[0] >= 5 && prices[0] <= 7, "SO2 " + prices[0]);
        assertEquals(300, prices[1], 0, "NOx: 30,000 for 100 t, the option applied in part");
    }

    /**
     * Identical sources applying one option in part give identical equations, which count once
     * (review s10: 20,002 such sources passed the 10,000-equation limit and kept the solver's price).
     */
    @Test
    void identicalEquationsCountOnce() {
        int n = 20_002;
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"NOx"}, new String[] {"R"});
        for (int i = 0; i < n; i++) {
            b.optionSource(0, new double[] {8739});
            b.option(242_182_159, new double[] {0.9});
        }
        b.cap(0, 7865.1 * n / 2);
        MultiPollutantProblem program = b.build();
        MultiPollutantSolution solution = MultiPollutantSolvers.exact().solve(program);
        assertEquals(30791.99997457121, ExactCapPrices.of(program, solution)[0], 0,
                "solver " + solution.capPrices()[0]);
    }

    /** yrd-pm25-market's NOx price: a source's SCR at 242,182,159 a year for 7,865.1 t of NOx. */
    @Test
    void aRatioOfWrittenNumbersIsRoundedOnce() {
        BigFraction exact = new BigFraction(2_421_821_590L, 78_651L);
        double reference = new BigDecimal("242182159").divide(new BigDecimal("7865.1"), new MathContext(200))
                .doubleValue();
        assertEquals(reference, NearestDouble.of(exact), 0);
        assertEquals(30791.99997457121, NearestDouble.of(exact), 0);
    }
}
