package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.StepCurve;
import org.airshed.scenarios.library.YrdScenarioGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class YrdPm25GeneratorTest {
    private static final List<String> IDS = List.of("SH", "JS", "ZJ", "AH");
    private static JsonNode bundled;
    private static V2File file;
    private static YrdPm25Facts facts;
    private static Scenario so2;
    private static ReferenceLp.Result capsOnly;
    private static ReferenceLp.Result withLimit;

    @BeforeAll
    static void generate() {
        bundled = Bundled.tree(YrdPm25Generator.RESOURCE);
        file = V2File.of(bundled);
        facts = new YrdPm25Generator(YrdPm25Assumptions.DEFAULT).build(YrdPm25Generator.DEFAULT_SEED).facts();
        so2 = YrdScenarioGenerator.generate(YrdPm25Generator.DEFAULT_SEED);
        capsOnly = ReferenceLp.solve(file, false, 10);
        withLimit = ReferenceLp.solve(file, true, 10);
    }

    @Test
    void regeneratingGivesTheBundledFileByteForByte() {
        // Fails when yrd-pm25.json and its generator drift apart: regenerate with the command in
        // YrdPm25Generator's Javadoc and review the diff.
        assertEquals(Bundled.text(YrdPm25Generator.RESOURCE), YrdPm25Generator.json(YrdPm25Generator.DEFAULT_SEED));
    }

    @Test
    void seedIsRecordedAndDrivesTheDraws() {
        String seven = YrdPm25Generator.json(7);
        assertEquals(YrdPm25Generator.DEFAULT_SEED, bundled.get("seed").asLong());
        assertEquals(7, YrdPm25Generator.tree(7).get("seed").asLong());
        assertNotEquals(Bundled.text(YrdPm25Generator.RESOURCE), seven);
        assertEquals(seven, YrdPm25Generator.json(7));
    }

    @Test
    void theFileKeepsTheVersionTwoContract() {
        assertEquals(List.of(), file.problems);
        assertEquals(List.of("SO2", "NOx", "PM2.5"), file.pollutants);
        assertEquals(IDS, file.regions);
        assertEquals(298, file.sources.size());
        long withOptions = file.sources.stream().filter(s -> !s.options().isEmpty()).count();
        assertEquals(118, withOptions, "the coal-power plants carry co-control options");
        assertTrue(file.sources.stream().anyMatch(s -> s.options().stream().anyMatch(o -> o.removal().size() == 3)),
                "some option removes all three pollutants");
        assertTrue(file.transfer.values().stream().anyMatch(r -> r.get("NOx").values().stream().anyMatch(c -> c < 0)),
                "a negative nitrate coefficient");
        assertTrue(file.sources.stream().allMatch(s -> s.emissions().keySet().equals(
                new java.util.LinkedHashSet<>(file.pollutants))), "every source emits all three");
    }

    @Test
    void theSo2SideIsYrdSo2() {
        List<Executable> checks = new ArrayList<>();
        for (int k = 0; k < so2.sources().size(); k++) {
            Source v1 = so2.sources().get(k);
            V2File.Source v2 = file.sources.get(k);
            checks.add(() -> assertEquals(v1.id(), v2.id()));
            checks.add(() -> assertEquals(v1.region(), v2.region()));
            checks.add(() -> assertEquals(v1.baseline(), v2.emission("SO2"), v1.id()));
            if (v2.options().isEmpty() && v1.curve() instanceof StepCurve steps) {
                List<double[]> v2Steps = v2.curves().get("SO2").steps();
                checks.add(() -> assertEquals(steps.steps().size(), v2Steps.size(), v1.id()));
                for (int s = 0; s < steps.steps().size(); s++) {
                    double[] step = v2Steps.get(s);
                    double amount = steps.steps().get(s).amount();
                    double unit = steps.steps().get(s).unitCost();
                    checks.add(() -> assertEquals(amount, step[0], v1.id()));
                    checks.add(() -> assertEquals(unit, step[1], v1.id()));
                }
            }
        }
        for (String r : IDS) {
            for (String s : IDS) {
                checks.add(() -> assertEquals(so2.transfer().coefficient(r, s), file.coefficient(r, "SO2", s), r + s));
            }
            checks.add(() -> assertEquals(so2.policy().duties().get(r), file.duties.get(r).get("SO2"), r));
        }
        checks.add(() -> assertEquals(so2.policy().cap().getAsDouble(), file.caps.get("SO2")));
        assertAll(checks);
    }

    @Test
    void plantCapacitiesRecoverTheDrawnPlantSizes() {
        // yrd-so2 draws plants of 2-4 units of 300/600/660/1000 MW, the last plant of a province
        // taking the remainder: the recovered capacities must show exactly that.
        List<Executable> checks = new ArrayList<>();
        for (String id : IDS) {
            List<Double> mw = new ArrayList<>();
            facts.mw.forEach((plant, v) -> {
                if (plant.startsWith(id + "-")) {
                    mw.add(v);
                }
            });
            double total = mw.stream().mapToDouble(Double::doubleValue).sum();
            checks.add(() -> assertEquals(facts.provinces.get(id).coalPowerMw(), total, 1e-6, id));
            long offGrid = mw.stream().filter(v -> !drawnSize(v)).count();
            checks.add(() -> assertTrue(offGrid <= 1, id + ": plants off the drawn sizes " + mw));
        }
        assertAll(checks);
    }

    private static boolean drawnSize(double mw) {
        for (double size : new double[] {300, 600, 660, 1000}) {
            for (int units = 2; units <= 4; units++) {
                if (Math.abs(mw - units * size) < 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void noxAndPrimaryPmFollowTheirStatedDerivations() {
        YrdPm25Assumptions a = YrdPm25Assumptions.DEFAULT;
        List<Executable> checks = new ArrayList<>();
        double totalNox = 0;
        double totalMw = 0;
        for (String id : IDS) {
            totalNox += facts.provinces.get(id).noxIn2015Tonnes();
            totalMw += facts.provinces.get(id).coalPowerMw();
        }
        for (String id : IDS) {
            ProvinceRow p = facts.provinces.get(id);
            checks.add(() -> assertEquals(a.noxCoverage() * p.noxIn2015Tonnes(), file.baseline(id, "NOx"), 0.5, id));
            double power = powerSum(id, "NOx");
            double expected = a.powerNoxShare() * totalNox * p.coalPowerMw() / totalMw;
            checks.add(() -> assertEquals(expected, power, 0.5, id + " power NOx"));
            checks.add(() -> assertEquals(a.pmPerSo2().get("power") * powerSum(id, "SO2"), powerSum(id, "PM2.5"), 0.5,
                    id + " power PM2.5"));
        }
        // NOx 2015 of data/provinces.csv (UNVERIFIED recollection): 300.6 + 1067.6 + 607.3 + 720.7 kt
        checks.add(() -> assertEquals(Math.round(0.55 * 2_696_200), file.baseline("NOx"), 2));
        assertAll(checks);
    }

    private static double powerSum(String region, String pollutant) {
        return file.sources.stream().filter(s -> s.region().equals(region) && !s.options().isEmpty())
                .mapToDouble(s -> s.emission(pollutant)).sum();
    }

    @Test
    void baselineConcentrationIsTheIllustrativeTotalAndTheLimitIsTheDutiesLevel() {
        List<Executable> checks = new ArrayList<>();
        for (String r : IDS) {
            checks.add(() -> assertEquals(YrdPm25Assumptions.DEFAULT.totalPm25().get(r),
                    file.concentration(r, Map.of()), 0.01, r));
        }
        Map<String, Map<String, Double>> duties = new LinkedHashMap<>();
        // the duties as reductions spread over a province's sources in proportion to emissions
        for (V2File.Source s : file.sources) {
            Map<String, Double> cut = new LinkedHashMap<>();
            for (String p : file.pollutants) {
                cut.put(p, file.duties.get(s.region()).get(p) * s.emission(p) / file.baseline(s.region(), p));
            }
            duties.put(s.id(), cut);
        }
        double underDuties = file.concentration("SH", duties);
        double limit = file.limits.get("SH");
        checks.add(() -> assertEquals(Map.of("SH", limit), file.limits));
        checks.add(() -> assertTrue(limit <= underDuties && underDuties - limit < 0.01, limit + " vs " + underDuties));
        for (String p : file.pollutants) {
            double dutiesTotal = file.duties.values().stream().mapToDouble(d -> d.get(p)).sum();
            checks.add(() -> assertEquals(file.baseline(p) - dutiesTotal, file.caps.get(p), 1e-6, p));
        }
        assertAll(checks);
    }

    @Test
    void everythingAppliedMeetsEveryCapEveryDutyAndTheLimit() {
        Map<String, Map<String, Double>> all = file.everythingApplied();
        assertEquals(List.of(), file.problems);
        List<Executable> checks = new ArrayList<>();
        for (String p : file.pollutants) {
            double cut = all.values().stream().mapToDouble(m -> m.getOrDefault(p, 0.0)).sum();
            double required = file.baseline(p) - file.caps.get(p);
            checks.add(() -> assertTrue(cut >= required, p + ": " + cut + " < " + required));
            for (String r : IDS) {
                double regional = file.sources.stream().filter(s -> s.region().equals(r))
                        .mapToDouble(s -> all.get(s.id()).getOrDefault(p, 0.0)).sum();
                double duty = file.duties.get(r).get(p);
                checks.add(() -> assertTrue(regional >= duty, r + " cannot meet its " + p + " duty alone"));
            }
        }
        // Shanghai's own NOx cuts raise its PM2.5 (negative coefficient): applied anyway, it stays well below
        double z = file.concentration("SH", all);
        checks.add(() -> assertTrue(z < file.limits.get("SH") - 3, "SH with everything applied: " + z));
        assertAll(checks);
    }

    @Test
    void referenceLpShowsTheLimitBindsAndPinsTheBackOfEnvelope() {
        // V2-SCENARIOS.md quotes these: the caps alone leave Shanghai above its limit.
        double zCapsOnly = file.concentration("SH", capsOnly.reduction());
        double zLimit = file.concentration("SH", withLimit.reduction());
        assertAll(
                () -> assertTrue(zCapsOnly > file.limits.get("SH") + 0.2, "caps only: SH at " + zCapsOnly),
                () -> assertEquals(file.limits.get("SH"), zLimit, 1e-6),
                () -> assertTrue(withLimit.cost() > capsOnly.cost()),
                () -> assertEquals(7.90333e9, capsOnly.cost(), 1e5, "caps only, CNY a year"),
                () -> assertEquals(7.91481e9, withLimit.cost(), 1e5, "caps and limit, CNY a year"));
    }

    @Test
    void referenceLpPricesAreTheOnesTheNoteQuotes() {
        // One-sided prices by finite differences of the reference LP (100 t, 0.001 ug/m3); HiGHS's
        // duals agree. Caps alone: SO2 at yrd-so2's 10,053 CNY/t, NOx at the SCR cost, PM2.5 at a
        // proxy step; with Shanghai's limit all three fall and the limit is priced.
        Map<String, Double> expectedCapsOnly = Map.of("SO2", 10_053.0, "NOx", 30_792.0, "PM2.5", 4_099.0);
        Map<String, Double> expectedWithLimit = Map.of("SO2", 9_823.4, "NOx", 30_701.9, "PM2.5", 3_738.8);
        List<Executable> checks = new ArrayList<>();
        for (String p : file.pollutants) {
            double a = (ReferenceLp.solve(file, false, 10, Map.of(p, 100.0), 0).cost() - capsOnly.cost()) / 100;
            double b = (ReferenceLp.solve(file, true, 10, Map.of(p, 100.0), 0).cost() - withLimit.cost()) / 100;
            checks.add(() -> assertEquals(expectedCapsOnly.get(p), a, 0.5, p + " caps only"));
            checks.add(() -> assertEquals(expectedWithLimit.get(p), b, 0.5, p + " with the limit"));
        }
        double mu = (ReferenceLp.solve(file, true, 10, Map.of(), 0.001).cost() - withLimit.cost()) / 0.001;
        checks.add(() -> assertEquals(5.4653e7, mu, 0.001e7, "Shanghai's limit, CNY per ug/m3"));
        assertAll(checks);
    }

    @Test
    void descriptionCitesEveryDataSourceAndLabelsWhatIsNotVerified() {
        String d = bundled.get("description").asText();
        List<String> required = List.of("China Statistical Yearbook 2011, Table 12-24", "7th national census",
                "China Statistical Yearbook 2021, Table 3-9", "China Electric Power Yearbook 2021", "2016 yearbook",
                "Yin et al. 2017", "Jin, Andersson & Zhang 2020", "7.07 per mille", "transfer-shares-illustrative.csv",
                "Wang Yanli et al. 2017", "Yu et al. 2020", "Impact_per_ton_estimates.csv",
                "CoST_CM_DB_Point_v.5.3_Eff.csv", "USEPA/emf", "SLSFOUBC4", "NSCR_UBCT4", "3,880 USD/t", "44,600",
                "23,500", "4,300", "中国环境科学", "CPI-U", "6.8974", "money-conversion.csv", "PVENTCCU", "NLNBICB",
                "seed 2010", "VERIFIED", "UNVERIFIED", "DERIVED", "ASSUMED", "ILLUSTRATIVE");
        List<Executable> checks = new ArrayList<>();
        for (String phrase : required) {
            checks.add(() -> assertTrue(d.contains(phrase), "description lacks: " + phrase));
        }
        assertAll(checks);
    }
}
