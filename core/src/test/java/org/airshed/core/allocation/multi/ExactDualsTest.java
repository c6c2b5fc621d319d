package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.util.NearestDouble;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Cap and receptor prices are the doubles nearest to the exact optimal duals of the written numbers,
 * checked against {@link ExactLpReference} (an exact rational simplex) on seeded programs of option
 * and block sources in two regions, with and without a receptor row. The solver's duals are a few ulps
 * off wherever options or receptor rows set a price.
 */
class ExactDualsTest {
    private static final String[] POLLUTANTS = {"SO2", "NOx", "PM2.5"};

    @Test
    void pricesAreTheNearestDoublesToTheExactDualsOfSeededPrograms() {
        SplittableRandom seeds = new SplittableRandom(20261207);
        int compared = 0;
        int ulpsOffBefore = 0;
        int degenerate = 0;
        int withReceptorPrice = 0;
        for (int instance = 0; instance < 300; instance++) {
            Market m = Market.draw(seeds.split(), 2 + instance % 2, instance % 3 == 0 ? 0 : 1);
            ExactLpReference.Answer reference = ExactLpReference.solve(m.pollutants, m.options, m.blocks,
                    m.requirements, m.transfer, m.receptorRequirements);
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
            ExactDuals.Prices exact = ExactDuals.of(program, solution);
            assertNotNull(exact, "instance " + instance + ": no exact prices");
            double[] solved = new double[m.pollutants + m.receptorRequirements.length];
            for (int j = 0; j < solved.length; j++) {
                solved[j] = j < m.pollutants ? solution.capPrices()[j] : solution.receptorPrices()[j - m.pollutants];
                double expected = NearestDouble.of(reference.prices()[j]);
                double found = j < m.pollutants ? exact.cap(j, Double.NaN) : exact.receptor(j - m.pollutants, Double.NaN);
                assertEquals(expected, found, 0, "instance " + instance + ", price " + j + ": exact "
                        + reference.prices()[j] + ", solver " + solved[j]);
                if (solved[j] != expected) {
                    ulpsOffBefore++;
                }
            }
            if (m.receptorRequirements.length > 0 && reference.prices()[m.pollutants].compareTo(BigFraction.ZERO) > 0) {
                withReceptorPrice++;
            }
            compared++;
        }
        assertTrue(compared >= 150, "too few non-degenerate feasible markets compared: " + compared
                + " (degenerate " + degenerate + ")");
        assertTrue(withReceptorPrice >= 30, "too few binding receptor rows: " + withReceptorPrice);
        assertTrue(ulpsOffBefore > 0, "the solver's duals were never off: the test would not see the defect");
    }

    /**
     * More positive prices than {@link ExactDuals#MOST_PRICES} (here 25 binding receptor limits, one per
     * region) keep the solver's: exact elimination grows too fast there (review s10: 96 took 115 s).
     */
    @Test
    void manyBindingReceptorLimitsKeepTheSolversPrices() {
        int regions = ExactDuals.MOST_PRICES + 5;
        String[] ids = new String[regions];
        for (int r = 0; r < regions; r++) {
            ids[r] = "R" + r;
        }
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2"}, ids);
        for (int r = 0; r < regions; r++) {
            b.curveSource(r, new double[] {100});
            b.steps(0, new double[] {40, 60}, new double[] {10 + r, 50 + r});
        }
        for (int k = 0; k < regions; k++) {
            double[] row = new double[regions];
            row[k] = 0.01;
            b.receptor(row, 0.2);
        }
        MultiPollutantProblem program = b.build();
        MultiPollutantSolution solution = MultiPollutantSolvers.exact().solve(program);
        long positive = Arrays.stream(solution.receptorPrices()).filter(mu -> mu > 0).count();
        assertEquals(regions, positive, "every limit binds");
        assertEquals(null, ExactDuals.of(program, solution));
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
        /** T[k][p][r]: two regions, 0 or 1 receptor row. */
        final double[][][] transfer;
        final double[] receptorRequirements;
        final List<Integer> curveRegions = new ArrayList<>();

        private Market(int pollutants, int receptors) {
            this.pollutants = pollutants;
            this.requirements = new double[pollutants];
            this.transfer = new double[receptors][pollutants][2];
            this.receptorRequirements = new double[receptors];
        }

        static Market draw(SplittableRandom r, int pollutants, int receptors) {
            Market m = new Market(pollutants, receptors);
            for (double[][] row : m.transfer) {
                for (double[] perRegion : row) {
                    for (int g = 0; g < 2; g++) {
                        perRegion[g] = r.nextInt(4) == 0 ? 0 : r.nextInt(1, 10_000) / 1e6;
                    }
                }
            }
            double[] reach = new double[receptors];
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
                int region = r.nextInt(2);
                for (int p = 0; p < pollutants; p++) {
                    double best = 0;
                    for (int o = 0; o < count; o++) {
                        best = Math.max(best, removals[o][p] * e[p]);
                    }
                    most[p] += best;
                }
                for (int k = 0; k < receptors; k++) {
                    double best = 0;
                    for (int o = 0; o < count; o++) {
                        double c = 0;
                        for (int p = 0; p < pollutants; p++) {
                            c += removals[o][p] * e[p] * m.transfer[k][p][region];
                        }
                        best = Math.max(best, c);
                    }
                    reach[k] += best;
                }
                m.options.add(new ExactLpReference.OptionSource(region, e, costs, removals));
            }
            int curveSources = r.nextInt(1, 4);
            for (int s = 0; s < curveSources; s++) {
                int region = r.nextInt(2);
                m.curveRegions.add(region);
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
                        m.blocks.add(new ExactLpReference.Block(region, p, amounts[b], costs[b]));
                        for (int k = 0; k < receptors; k++) {
                            reach[k] += amounts[b] * m.transfer[k][p][region];
                        }
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
            for (int k = 0; k < receptors; k++) {
                // Receptor requirements in millionths; at least a millionth, so the row has a right-hand side.
                m.receptorRequirements[k] = Math.max(1e-6, Math.floor(reach[k] * r.nextInt(10, 80) * 1e4) / 1e6);
            }
            return m;
        }

        MultiPollutantProblem program() {
            MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(Arrays.copyOf(POLLUTANTS, pollutants),
                    new String[] {"R0", "R1"});
            for (ExactLpReference.OptionSource s : options) {
                b.optionSource(s.region(), s.emissions());
                for (int o = 0; o < s.costs().length; o++) {
                    b.option(s.costs()[o], s.removals()[o]);
                }
            }
            for (int s = 0; s < curves.size(); s++) {
                b.curveSource(curveRegions.get(s), curveEmissions.get(s));
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
            for (int k = 0; k < receptorRequirements.length; k++) {
                double[] row = new double[pollutants * 2];
                for (int p = 0; p < pollutants; p++) {
                    for (int g = 0; g < 2; g++) {
                        row[p * 2 + g] = transfer[k][p][g];
                    }
                }
                b.receptor(row, receptorRequirements[k]);
            }
            return b.build();
        }
    }
}
