package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

/**
 * A region's money and permits are its sources' exact counts (cents, thousandths of a tonne) summed
 * exactly and printed once: summed as doubles of each source's amount, summary.json showed
 * −3.357984411900001E8 for −335,798,441.19 (yrd-so2-market) and −903548141.0300001 (yrd-pm25-market).
 * Reference: the sources' long counts summed in BigDecimal, on seeded markets of 40–200 sources.
 */
class RegionSumsExactTest {
    @Test
    void aRegionsPaymentAndPermitsAreItsSourcesExactSums() {
        for (long seed = 0; seed < 30; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Scenario s = scenario(random, seed);
            for (AllocationRule rule : List.of(AllocationRule.GRANDFATHERING, AllocationRule.PER_CAPITA)) {
                MarketReport r = MarketStudy.run(s, MarketSpec.of(rule, Mechanism.EQUILIBRIUM, 0), seed);
                Map<String, long[]> exact = new HashMap<>();
                for (SourcePosition p : r.sources()) {
                    long[] sum = exact.computeIfAbsent(p.region(), k -> new long[4]);
                    sum[0] += p.payment();
                    sum[1] += p.initialPermits();
                    sum[2] += p.netPurchase();
                    sum[3] += p.shortfall();
                }
                for (RegionPosition region : r.regions()) {
                    long[] sum = exact.getOrDefault(region.region(), new long[4]);
                    String at = "seed " + seed + " " + rule.key() + " " + region.region();
                    assertEquals(cents(sum[0]), region.payment(), 0, at + " payment");
                    assertEquals(tonnes(sum[1]), region.initialPermits(), 0, at + " initial permits");
                    assertEquals(tonnes(sum[2]), region.netPurchase(), 0, at + " net purchase");
                    assertEquals(tonnes(sum[3]), region.shortfall(), 0, at + " shortfall");
                }
            }
        }
    }

    @Test
    void aVersion2RegionsPaymentsAreItsSourcesExactSums() {
        for (long seed = 0; seed < 12; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ScenarioDocument document = ScenarioReader.read("v2-sums.json", version2(random, seed), null,
                    List.of(MarketSectionReader.INSTANCE));
            MultiScenarioProblem problem = MultiScenarioProblem.of(document.multiPollutant());
            MarketSpec spec = document.section(MarketSectionReader.INSTANCE);
            MultiMarketReport r = MultiMarketStudy.run(problem, spec, seed, MultiPollutantSolvers.exact());
            Map<String, long[]> exact = new HashMap<>();
            for (SourcePollutantPosition p : r.sources()) {
                long[] sum = exact.computeIfAbsent(p.region() + "/" + p.pollutant(), k -> new long[4]);
                sum[0] += p.payment();
                sum[1] += p.initialPermits();
                sum[2] += p.netPurchase();
                sum[3] += p.shortfall();
            }
            for (MultiRegionPosition region : r.regions()) {
                long total = 0;
                for (MultiRegionPosition.Pollutant row : region.pollutants()) {
                    long[] sum = exact.getOrDefault(region.region() + "/" + row.pollutant(), new long[4]);
                    String at = "seed " + seed + " " + region.region() + " " + row.pollutant();
                    assertEquals(cents(sum[0]), row.payment(), 0, at + " payment");
                    assertEquals(tonnes(sum[1]), row.initialPermits(), 0, at + " initial permits");
                    assertEquals(tonnes(sum[2]), row.netPurchase(), 0, at + " net purchase");
                    assertEquals(tonnes(sum[3]), row.shortfall(), 0, at + " shortfall");
                    total += sum[0];
                }
                assertEquals(cents(total), region.payment(), 0, "seed " + seed + " " + region.region() + " payment");
            }
        }
    }

    private static double cents(long count) {
        return BigDecimal.valueOf(count).movePointLeft(2).doubleValue();
    }

    private static double tonnes(long count) {
        return BigDecimal.valueOf(count).movePointLeft(3).doubleValue();
    }

    /** 40–200 sources in 3 regions, blocks of 3 decimals at costs of 2 decimals; the cap a share of the baseline. */
    private static Scenario scenario(SplittableRandom random, long seed) {
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            regions.add(new Region("R" + r, "R" + r, OptionalDouble.of(1 + r), OptionalDouble.of(3 - r), 0, 0, 0));
        }
        List<Source> sources = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = 40 + random.nextInt(161);
        for (int i = 0; i < n; i++) {
            BigDecimal a = BigDecimal.valueOf(1 + random.nextInt(900_000), 3);
            BigDecimal b = BigDecimal.valueOf(1 + random.nextInt(900_000), 3);
            double c1 = BigDecimal.valueOf(1 + random.nextInt(500_000), 2).doubleValue();
            double c2 = c1 + BigDecimal.valueOf(1 + random.nextInt(500_000), 2).doubleValue();
            BigDecimal baseline = a.add(b).add(BigDecimal.valueOf(random.nextInt(300_000), 3));
            total = total.add(baseline);
            sources.add(new Source("s" + i, "R" + random.nextInt(3), null, null, baseline.doubleValue(),
                    new StepCurve(List.of(new Step(a.doubleValue(), c1), new Step(b.doubleValue(), c2)))));
        }
        double cap = total.multiply(BigDecimal.valueOf(40 + random.nextInt(40), 2)).setScale(3,
                java.math.RoundingMode.DOWN).doubleValue();
        return new Scenario("sums", "", seed, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(Map.of()), sources, new Policy(OptionalDouble.of(cap), Map.of(), Map.of()));
    }

    /** A version-2 file: 30–80 sources in 3 regions, SO2 and NOx step curves, both capped. */
    private static String version2(SplittableRandom random, long seed) {
        StringBuilder sources = new StringBuilder();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO};
        int n = 30 + random.nextInt(51);
        for (int i = 0; i < n; i++) {
            StringBuilder emissions = new StringBuilder();
            StringBuilder curves = new StringBuilder();
            String[] pollutants = {"SO2", "NOx"};
            for (int p = 0; p < 2; p++) {
                BigDecimal a = BigDecimal.valueOf(1 + random.nextInt(90_000), 3);
                BigDecimal baseline = a.add(BigDecimal.valueOf(random.nextInt(30_000), 3));
                total[p] = total[p].add(baseline);
                String cost = BigDecimal.valueOf(1 + random.nextInt(500_000), 2).toPlainString();
                emissions.append(p == 0 ? "" : ", ").append('"').append(pollutants[p]).append("\": ")
                        .append(baseline.toPlainString());
                curves.append(p == 0 ? "" : ", ").append('"').append(pollutants[p])
                        .append("\": {\"steps\": [{\"amount\": ").append(a.toPlainString())
                        .append(", \"unitCost\": ").append(cost).append("}]}");
            }
            sources.append(i == 0 ? "" : ",\n").append("{\"id\": \"s").append(i).append("\", \"region\": \"R")
                    .append(random.nextInt(3)).append("\", \"emissions\": {").append(emissions)
                    .append("}, \"curves\": {").append(curves).append("}}");
        }
        String so2 = total[0].multiply(BigDecimal.valueOf(60, 2)).setScale(3, java.math.RoundingMode.DOWN)
                .toPlainString();
        String nox = total[1].multiply(BigDecimal.valueOf(70, 2)).setScale(3, java.math.RoundingMode.DOWN)
                .toPlainString();
        return "{\"name\": \"v2-sums\", \"seed\": " + seed + ", \"pollutants\": [{\"id\": \"SO2\"}, {\"id\": \"NOx\"}],"
                + " \"regions\": [{\"id\": \"R0\"}, {\"id\": \"R1\"}, {\"id\": \"R2\"}],"
                + " \"sources\": [" + sources + "],"
                + " \"policy\": {\"caps\": {\"SO2\": " + so2 + ", \"NOx\": " + nox + "}},"
                + " \"market\": {\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}}";
    }
}
