package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.model.multi.MultiTransfer;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerRange} with several pollutants: the bound takes the clearing prices from the solve, because no
 * bound from the file's costs holds (a price tied by options exceeds every cost per tonne a thousandfold), and it
 * is sound on seeded markets scaled across the ledger's range.
 */
class MultiLedgerRangeTest {
    private static final MarketSpec GRANDFATHERING = MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM,
            0);

    /**
     * Two option sources trade SO2 against NOx: s1 gives up 2 t of NOx for 2 t more SO2 at a cost of 2 more (A
     * against B), s2 gives up 1.998 t of SO2 for 2 t more NOx at 2 more (D against C). With both mixing, the ties
     * λ_S − λ_N = 1 and λ_N − 0.999·λ_S = 1 price SO2 at 2000 and NOx at 1999 (times {@code money}), where no
     * option costs more than 1 (times {@code money}) a tonne of what it cuts: the market's money is a thousand
     * times what the file's costs suggest.
     */
    static MultiPollutantScenario tiedByOptions(double money, double mass) {
        List<MultiSource> sources = List.of(
                new MultiSource("s1", "R", null, null, Map.of("SO2", 4 * mass, "NOx", 4 * mass), null, List.of(
                        new CoControlOption("A", Map.of("SO2", 1.0), 4 * money * mass),
                        new CoControlOption("B", Map.of("SO2", 0.5, "NOx", 0.5), 2 * money * mass))),
                new MultiSource("s2", "R", null, null, Map.of("SO2", 2 * mass, "NOx", 2 * mass), null, List.of(
                        new CoControlOption("C", Map.of("SO2", 0.999), 0),
                        new CoControlOption("D", Map.of("NOx", 1.0), 2 * money * mass))));
        // Requirements 3.999 t of SO2 and 2 t of NOx (times mass): every option applied at one half.
        Map<String, Double> caps = new LinkedHashMap<>();
        caps.put("SO2", 2.001 * mass);
        caps.put("NOx", 4 * mass);
        return new MultiPollutantScenario("tied", null, 1, null, null, List.of("SO2", "NOx"),
                List.of(new Region("R", "R", OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0)), null, MultiTransfer.EMPTY, sources,
                new MultiPolicy(caps, Map.of(), Map.of()));
    }

    @Test
    void aPriceTiedByOptionsIsAThousandTimesTheDearestCostPerTonne() {
        MultiScenarioProblem problem = MultiScenarioProblem.of(tiedByOptions(1, 1));
        MultiClearing clearing = MultiMarketStudy.clearing(problem, MultiPollutantSolvers.exact());
        assertEquals(2000, clearing.price(0), 1e-6, "SO2");
        assertEquals(1999, clearing.price(1), 1e-6, "NOx");
        MultiMarketReport r = MultiMarketStudy.run(problem, GRANDFATHERING, 1, clearing);
        assertTrue(r.conservation().isConserved());
    }

    /**
     * The same at 2.5e8 money a unit and 1e6 times the masses: no option costs more than 1e15 nor more than 2.5e8
     * a tonne, yet 333,666.667 t of SO2 change hands at 5e11 (1.7e17, past a long of cents). Run stopped with an
     * internal error (IllegalArgumentException: money amount ... beyond the range of a long count of 0.01); it is
     * refused at the cap whose permits move the most money, with the prices.
     */
    @Test
    void moneyAThousandTimesWhatTheCostsSuggestIsRefusedAtTheCap() {
        MultiScenarioProblem problem = MultiScenarioProblem.of(tiedByOptions(2.5e8, 1e6));
        MultiClearing clearing = MultiMarketStudy.clearing(problem, MultiPollutantSolvers.exact());
        List<SectionInputException> refused = MultiMarketStudy.moneyProblems(problem, clearing);
        assertEquals(1, refused.size(), refused.toString());
        // NOx moves the most: its price is SO2's less 2.5e8, on twice the permits.
        assertEquals("$.policy.caps.NOx", refused.get(0).path());
        assertTrue(refused.get(0).getMessage().contains("2001000 t of SO2 permits at 5e11 CNY/t"),
                refused.get(0).getMessage());
        SectionInputException thrown = assertThrows(SectionInputException.class,
                () -> MultiMarketStudy.run(problem, GRANDFATHERING, 1, MultiPollutantSolvers.exact()));
        assertEquals(refused.get(0).getMessage(), thrown.getMessage());
    }

    /**
     * Seeded version-2 markets (options trading pollutants against each other, curves) with costs times 1 to 1e12
     * and masses times 1 to 1e6, under grandfathering and an auction of every permit: each the bound lets through
     * runs to a conserved ledger, and the scales straddle the bound.
     */
    @Test
    void everyMarketTheBoundLetsThroughRunsWithoutOverflow() {
        SplittableRandom random = new SplittableRandom(20261208);
        int ran = 0;
        int refused = 0;
        for (long seed = 0; seed < 40; seed++) {
            double money = Math.pow(10, random.nextInt(13));
            double mass = Math.pow(10, random.nextInt(7));
            MultiScenarioProblem problem = MultiScenarioProblem.of(scaled(RandomMultiMarkets.draw(seed), money, mass));
            MultiClearing clearing = MultiMarketStudy.clearing(problem, MultiPollutantSolvers.exact());
            if (!MultiMarketStudy.moneyProblems(problem, clearing).isEmpty()) {
                refused++;
                continue;
            }
            for (AllocationRule rule : List.of(AllocationRule.GRANDFATHERING, AllocationRule.AUCTION)) {
                String at = "seed " + seed + " money x" + money + " mass x" + mass + " " + rule.key();
                MultiMarketReport r = assertDoesNotThrow(() -> MultiMarketStudy.run(problem,
                        MarketSpec.of(rule, Mechanism.EQUILIBRIUM, 0), 1, clearing), at);
                assertTrue(r.conservation().isConserved(), at);
                Conservation.assertConserved(r.ledger().ledger());
                ran++;
            }
        }
        assertTrue(ran >= 20 && refused >= 10, "the scales straddle the bound: ran " + ran + ", refused " + refused);
    }

    /** {@code s} with unit costs times {@code money} and masses (emissions, curves, caps, duties) times {@code mass}. */
    static MultiPollutantScenario scaled(MultiPollutantScenario s, double money, double mass) {
        List<MultiSource> sources = new ArrayList<>();
        for (MultiSource src : s.sources()) {
            Map<String, Double> emissions = new LinkedHashMap<>();
            src.emissions().forEach((p, e) -> emissions.put(p, e * mass));
            List<CoControlOption> options = null;
            Map<String, AbatementCurve> curves = null;
            if (src.options() != null) {
                options = new ArrayList<>();
                for (CoControlOption o : src.options()) {
                    options.add(new CoControlOption(o.name(), o.removal(), o.annualCost() * money * mass));
                }
            } else {
                curves = new LinkedHashMap<>();
                for (Map.Entry<String, AbatementCurve> e : src.curves().entrySet()) {
                    curves.put(e.getKey(), scaled(e.getValue(), money, mass));
                }
            }
            sources.add(new MultiSource(src.id(), src.region(), src.sector(), src.department(), emissions, curves,
                    options));
        }
        Map<String, Double> caps = new LinkedHashMap<>();
        s.policy().caps().forEach((p, c) -> caps.put(p, c * mass));
        Map<String, Map<String, Double>> duties = new LinkedHashMap<>();
        s.policy().duties().forEach((r, d) -> {
            Map<String, Double> row = new LinkedHashMap<>();
            d.forEach((p, v) -> row.put(p, v * mass));
            duties.put(r, row);
        });
        // Concentrations stay as they were: coefficients per unit of the larger masses.
        Map<String, Map<String, Map<String, Double>>> transfer = new LinkedHashMap<>();
        s.transfer().coefficients().forEach((k, rows) -> {
            Map<String, Map<String, Double>> byPollutant = new LinkedHashMap<>();
            rows.forEach((p, cells) -> {
                Map<String, Double> row = new LinkedHashMap<>();
                cells.forEach((r, t) -> row.put(r, t / mass));
                byPollutant.put(p, row);
            });
            transfer.put(k, byPollutant);
        });
        return new MultiPollutantScenario(s.name(), s.description(), s.seed(), s.units(), s.objective(), s.pollutants(),
                s.regions(), s.health(), new MultiTransfer(transfer), sources,
                new MultiPolicy(caps, s.policy().receptorLimits(), duties));
    }

    private static AbatementCurve scaled(AbatementCurve curve, double money, double mass) {
        if (curve instanceof QuadraticCurve q) {
            return new QuadraticCurve(q.linear() * money, q.slope() * money / mass, q.max() * mass);
        }
        List<Step> steps = new ArrayList<>();
        for (Step step : ((StepCurve) curve).steps()) {
            steps.add(new Step(step.amount() * mass, step.unitCost() * money));
        }
        return new StepCurve(steps);
    }
}
