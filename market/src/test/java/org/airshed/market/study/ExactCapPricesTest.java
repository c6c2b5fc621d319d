package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.fraction.BigFraction;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.junit.jupiter.api.Test;

/**
 * A version-2 market's cap prices are the doubles nearest to the exact optimal duals of the written
 * numbers, checked against {@link ExactLpReference} (an exact rational simplex) on seeded markets of
 * option and block sources. Before {@link ExactCapPrices} the market paid the solver's duals, a few
 * ulps off wherever options set a price.
 */
class ExactCapPricesTest {
    private static final String[] POLLUTANTS = {"SO2", "NOx", "PM2.5"};

    @Test
    void pricesAreTheNearestDoublesToTheExactDualsOfSeededMarkets() {
        SplittableRandom seeds = new SplittableRandom(20261207);
        int compared = 0;
        int ulpsOffBefore = 0;
        int degenerate = 0;
        for (int instance = 0; instance < 300; instance++) {
            Market m = Market.draw(seeds.split(), 2 + instance % 2);
            ExactLpReference.Answer reference = ExactLpReference.solve(m.pollutants, m.options, m.blocks,
                    m.requirements);
            MultiPollutantProblem program = m.program();
            MultiPollutantSolution solution = MultiPollutantSolvers.exact().solve(program);
            assertEquals(reference.infeasible(), solution.status() == AllocationStatus.INFEASIBLE,
                    "instance " + instance + ": feasibility");
            if (reference.infeasible()) {
                continue;
            }
            if (reference.degenerate()) {
                degenerate++;
                continue;
            }
            double[] prices = ExactCapPrices.of(program, solution);
            for (int p = 0; p < m.pollutants; p++) {
                double expected = NearestDouble.of(reference.prices()[p]);
                assertEquals(expected, prices[p], 0, "instance " + instance + ", " + POLLUTANTS[p] + ": exact "
                        + reference.prices()[p] + ", solver " + solution.capPrices()[p]);
                if (WrittenCapPrice.of(program, p, solution.capPrices()[p]) != expected) {
                    ulpsOffBefore++;
                }
            }
            compared++;
        }
        assertTrue(compared >= 150, "too few non-degenerate feasible markets compared: " + compared
                + " (degenerate " + degenerate + ")");
        assertTrue(ulpsOffBefore > 0, "the solver's duals were never off: the test would not see the defect");
    }

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

    @Test
    void nearestDoubleAgreesWithAWideDecimalDivision() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            long num = random.nextLong(1, Long.MAX_VALUE) >>> random.nextInt(0, 60);
            long den = random.nextLong(1, Long.MAX_VALUE) >>> random.nextInt(0, 60);
            if (num == 0 || den == 0) {
                continue;
            }
            double reference = new BigDecimal(num).divide(new BigDecimal(den), new MathContext(400)).doubleValue();
            assertEquals(reference, NearestDouble.of(new BigFraction(num, den)), 0, num + " / " + den);
            assertEquals(-reference, NearestDouble.of(new BigFraction(-num, den)), 0, "-" + num + " / " + den);
        }
        // Exactly halfway between two doubles: ties to even, both ways.
        BigFraction below = new BigFraction(java.math.BigInteger.ONE.shiftLeft(53).add(java.math.BigInteger.ONE),
                java.math.BigInteger.ONE);
        assertEquals(0x1p53, NearestDouble.of(below), 0);
        BigFraction above = new BigFraction(java.math.BigInteger.ONE.shiftLeft(53).add(java.math.BigInteger.valueOf(3)),
                java.math.BigInteger.ONE);
        assertEquals(0x1p53 + 4, NearestDouble.of(above), 0);
        assertEquals(0, NearestDouble.of(BigFraction.ZERO), 0);
    }

    /** A seeded market of option sources and block sources with decimals as a file writes them. */
    private static final class Market {
        final int pollutants;
        final List<ExactLpReference.OptionSource> options = new ArrayList<>();
        final List<ExactLpReference.Block> blocks = new ArrayList<>();
        /** Per curve source, its blocks per pollutant (amounts, costs). */
        final List<double[][][]> curves = new ArrayList<>();
        final List<double[]> curveEmissions = new ArrayList<>();
        final double[] requirements;

        private Market(int pollutants) {
            this.pollutants = pollutants;
            this.requirements = new double[pollutants];
        }

        static Market draw(SplittableRandom r, int pollutants) {
            Market m = new Market(pollutants);
            double[] most = new double[pollutants];
            int optionSources = r.nextInt(2, 6);
            for (int s = 0; s < optionSources; s++) {
                double[] e = new double[pollutants];
                for (int p = 0; p < pollutants; p++) {
                    e[p] = r.nextInt(1000, 50000) / 10.0;
                }
                int count = r.nextInt(1, 4);
                double[] costs = new double[count];
                double[][] removals = new double[count][pollutants];
                for (int o = 0; o < count; o++) {
                    costs[o] = r.nextInt(10_000, 10_000_000);
                    for (int p = 0; p < pollutants; p++) {
                        removals[o][p] = r.nextInt(3) == 0 ? 0 : r.nextInt(10, 100) / 100.0;
                    }
                }
                for (int p = 0; p < pollutants; p++) {
                    double best = 0;
                    for (int o = 0; o < count; o++) {
                        best = Math.max(best, removals[o][p] * e[p]);
                    }
                    most[p] += best;
                }
                m.options.add(new ExactLpReference.OptionSource(e, costs, removals));
            }
            int curveSources = r.nextInt(1, 4);
            for (int s = 0; s < curveSources; s++) {
                double[] e = new double[pollutants];
                double[][][] curve = new double[pollutants][][];
                for (int p = 0; p < pollutants; p++) {
                    int count = r.nextInt(0, 3);
                    double[] amounts = new double[count];
                    double[] costs = new double[count];
                    double cost = 0;
                    for (int b = 0; b < count; b++) {
                        amounts[b] = r.nextInt(100, 10_000) / 10.0;
                        cost += r.nextInt(100, 5_000_000) / 100.0;
                        costs[b] = cost;
                        e[p] += amounts[b];
                        most[p] += amounts[b];
                        m.blocks.add(new ExactLpReference.Block(p, amounts[b], costs[b]));
                    }
                    e[p] += r.nextInt(0, 1000) / 10.0;
                    curve[p] = new double[][] {amounts, costs};
                }
                m.curves.add(curve);
                m.curveEmissions.add(e);
            }
            for (int p = 0; p < pollutants; p++) {
                // Requirements in tenths of a tonne; now and then a pollutant is left without a cap.
                m.requirements[p] = r.nextInt(6) == 0 ? Double.NaN
                        : Math.max(0.1, Math.floor(most[p] * r.nextInt(5, 70) / 10.0) / 100.0);
            }
            return m;
        }

        MultiPollutantProblem program() {
            MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(Arrays.copyOf(POLLUTANTS, pollutants),
                    new String[] {"R"});
            for (ExactLpReference.OptionSource s : options) {
                b.optionSource(0, s.emissions());
                for (int o = 0; o < s.costs().length; o++) {
                    b.option(s.costs()[o], s.removals()[o]);
                }
            }
            for (int s = 0; s < curves.size(); s++) {
                b.curveSource(0, curveEmissions.get(s));
                for (int p = 0; p < pollutants; p++) {
                    if (curves.get(s)[p][0].length > 0) {
                        b.steps(p, curves.get(s)[p][0], curves.get(s)[p][1]);
                    }
                }
            }
            for (int p = 0; p < pollutants; p++) {
                if (!Double.isNaN(requirements[p])) {
                    b.cap(p, requirements[p]);
                }
            }
            return b.build();
        }
    }
}
