package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class YrdScenarioGeneratorTest {
    private static Scenario bundled;
    private static Map<String, Province> provinces;

    @BeforeAll
    static void readBundled() {
        bundled = BundledText.scenario(YrdScenarioGenerator.NAME);
        provinces = Province.load();
    }

    @Test
    void regeneratingGivesTheBundledFileByteForByte() {
        // Fails when yrd-so2.json and its generator drift apart: regenerate with the command in
        // YrdScenarioGenerator's Javadoc, and review the diff.
        assertEquals(BundledText.of(YrdScenarioGenerator.RESOURCE),
                YrdScenarioGenerator.json(YrdScenarioGenerator.DEFAULT_SEED));
    }

    @Test
    void bundledFileReadsBackToTheGeneratedScenario() {
        assertEquals(ScenarioWriter.toJson(YrdScenarioGenerator.generate()), ScenarioWriter.toJson(bundled));
    }

    @Test
    void seedIsRecordedAndDrivesTheSources() {
        Scenario other = YrdScenarioGenerator.generate(7);
        assertEquals(YrdScenarioGenerator.DEFAULT_SEED, bundled.seed());
        assertEquals(7, other.seed());
        assertNotEquals(bundled.sources(), other.sources());
        assertEquals(ScenarioWriter.toJson(other), ScenarioWriter.toJson(YrdScenarioGenerator.generate(7)));
    }

    @Test
    void fourProvincesWithCensusGdpAndDerivedDamageValues() {
        assertEquals(List.of("SH", "JS", "ZJ", "AH"), bundled.regions().stream().map(Region::id).toList());
        List<Executable> checks = new ArrayList<>();
        for (Region r : bundled.regions()) {
            Province p = provinces.get(r.id());
            checks.add(() -> assertEquals(p.name(), r.name()));
            checks.add(() -> assertEquals(p.population(), r.population().getAsDouble()));
            checks.add(() -> assertEquals(p.gdpCny(), r.gdp().getAsDouble()));
            checks.add(() -> assertEquals(p.pm25ValueCny(), r.damagePerConcentration()));
        }
        assertAll(checks);
    }

    @Test
    void aboutThreeHundredSourcesInEverySectorOfEveryProvince() {
        int n = bundled.sources().size();
        assertTrue(n >= 270 && n <= 330, "sources: " + n);
        Set<String> sectors = Set.of("power", "steel", "cement", "chemicals", "industrial-boilers");
        for (String region : List.of("SH", "JS", "ZJ", "AH")) {
            Set<String> present = bundled.sources().stream().filter(s -> s.region().equals(region))
                    .map(Source::sector).collect(Collectors.toSet());
            assertEquals(sectors, present, region);
        }
    }

    @Test
    void everyCurveIsConvexAndWithinItsBaseline() {
        List<Executable> checks = new ArrayList<>();
        int quadratic = 0;
        for (Source s : bundled.sources()) {
            checks.add(() -> assertTrue(s.baseline() > 0, s.id() + " baseline"));
            checks.add(() -> assertTrue(s.curve().maxAbatement() <= s.baseline(), s.id() + " abates beyond baseline"));
            if (s.curve() instanceof StepCurve steps) {
                List<Step> list = steps.steps();
                checks.add(() -> assertTrue(!list.isEmpty(), s.id() + " has no step"));
                for (int k = 0; k < list.size(); k++) {
                    Step step = list.get(k);
                    double previous = k == 0 ? 0 : list.get(k - 1).unitCost();
                    checks.add(() -> assertTrue(step.amount() > 0, s.id() + " empty step"));
                    checks.add(() -> assertTrue(step.unitCost() >= previous, s.id() + " not convex"));
                }
            } else if (s.curve() instanceof QuadraticCurve q) {
                quadratic++;
                checks.add(() -> assertTrue(q.slope() > 0 && q.linear() > 0, s.id() + " quadratic"));
            }
        }
        int quadratics = quadratic;
        checks.add(() -> assertTrue(quadratics > 0 && quadratics < bundled.sources().size() / 10,
                "a few quadratic sources, most steps: " + quadratics));
        assertAll(checks);
    }

    @Test
    void sectorsHaveTheirLeadDepartments() {
        Map<String, String> expected = Map.of("power", "ecology-environment", "industrial-boilers",
                "ecology-environment", "steel", "industry-IT", "cement", "industry-IT", "chemicals", "industry-IT");
        for (Source s : bundled.sources()) {
            assertEquals(expected.get(s.sector()), s.department(), s.id());
        }
    }

    @Test
    void modelledEmissionsArePlausibleAgainstProvincialSo2() {
        YrdAssumptions a = YrdAssumptions.DEFAULT;
        Map<String, Double> byRegion = sum(Source::region);
        Map<String, Double> bySector = sum(Source::sector);
        double totalSo2 = 0;
        double totalMw = 0;
        for (String id : a.provinces()) {
            totalSo2 += provinces.get(id).so2In2010Tonnes();
            totalMw += provinces.get(id).coalPowerMw();
        }
        List<Executable> checks = new ArrayList<>();
        for (String id : a.provinces()) {
            Province p = provinces.get(id);
            checks.add(() -> assertEquals(a.coverage() * p.so2In2010Tonnes(), byRegion.get(id), 1, id));
            double power = sumWhere(s -> s.region().equals(id) && s.sector().equals("power"));
            double mw = totalMw;
            double so2 = totalSo2;
            checks.add(() -> assertEquals(a.powerShare() * so2 * p.coalPowerMw() / mw, power, 1, id + " power"));
        }
        double modelled = bundled.totalBaseline();
        double expectedPower = a.powerShare() * totalSo2;
        checks.add(() -> assertEquals(expectedPower, bySector.get("power"), 4));
        for (YrdAssumptions.Sector sector : a.sectors()) {
            double expected = sector.share() * (modelled - bySector.get("power"));
            checks.add(() -> assertEquals(expected, bySector.get(sector.name()), 4, sector.name()));
        }
        // power is the largest sector, and no single source is more than 10 % of its province
        checks.add(() -> assertTrue(bySector.values().stream().allMatch(v -> v <= bySector.get("power"))));
        for (Source s : bundled.sources()) {
            checks.add(() -> assertTrue(s.baseline() < 0.10 * provinces.get(s.region()).so2In2010Tonnes(), s.id()));
        }
        assertAll(checks);
    }

    @Test
    void capIsTotalBaselineMinusDutiesAndDutiesFollowThe2010To2015Change() {
        Map<String, Double> duties = bundled.policy().duties();
        assertEquals(List.of("SH", "JS", "ZJ", "AH"), new ArrayList<>(duties.keySet()));
        for (String id : duties.keySet()) {
            Province p = provinces.get(id);
            assertEquals(YrdAssumptions.DEFAULT.coverage() * (p.so2In2010Kt() - p.so2In2015Kt()) * 1000,
                    duties.get(id), 0.5, id);
        }
        double totalDuties = duties.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(bundled.totalBaseline() - totalDuties, bundled.policy().cap().getAsDouble(), 1e-6);
    }

    @Test
    void baselineConcentrationIsTheIllustrativeSulphateLevel() {
        Map<String, Double> emissions = sum(Source::region);
        for (Region r : bundled.regions()) {
            double z = r.background();
            for (Region s : bundled.regions()) {
                z += bundled.transfer().coefficient(r.id(), s.id()) * emissions.get(s.id());
            }
            assertEquals(YrdAssumptions.DEFAULT.sulphateConcentration().get(r.id()), z, 0.01, r.id());
        }
    }

    @Test
    void shanghaiLimitIsItsConcentrationUnderTheStandAloneDuties() {
        Map<String, Double> emissions = sum(Source::region);
        Region sh = bundled.region("SH");
        double z = sh.background();
        for (Region s : bundled.regions()) {
            z += bundled.transfer().coefficient("SH", s.id())
                    * (emissions.get(s.id()) - bundled.policy().duties().get(s.id()));
        }
        double limit = bundled.policy().receptorLimits().get("SH");
        assertEquals(Map.of("SH", limit), bundled.policy().receptorLimits());
        assertTrue(limit <= z && z - limit < 0.01, "limit " + limit + " vs concentration under duties " + z);
        assertTrue(limit > sh.background());
    }

    @Test
    void descriptionCitesEveryDataSourceAndLabelsWhatIsNotVerified() {
        String d = bundled.description();
        List<String> required = new ArrayList<>(List.of(
                "China Statistical Yearbook 2011, Table 12-24", "7th national census", "China Statistical Yearbook 2021, "
                        + "Table 3-9", "China Electric Power Yearbook 2021", "PyPSA-China", "Yin et al. 2017",
                "Jin, Andersson & Zhang 2020", "7.07 per mille", "transfer-shares-illustrative.csv",
                "Wang Yanli et al. 2017", "Yu et al. 2020", "Impact_per_ton_estimates.csv",
                "CoST_CM_DB_Point_v.5.3_Eff.csv", "USEPA/emf", "ptipm", "SLSFOUBC4", "1160 USD/t", "3870 USD/t",
                "44,600 CNY/t", "中国环境科学", "CPI-U", "6.8974", "short ton", "money-conversion.csv",
                "2016 yearbook", "seed " + YrdScenarioGenerator.DEFAULT_SEED,
                "VERIFIED", "UNVERIFIED", "DERIVED", "ASSUMED", "ILLUSTRATIVE"));
        for (YrdAssumptions.Sector s : YrdAssumptions.DEFAULT.sectors()) {
            s.variants().forEach(v -> required.addAll(v.measures()));
        }
        List<Executable> checks = new ArrayList<>();
        for (String phrase : required) {
            checks.add(() -> assertTrue(d.contains(phrase), "description lacks: " + phrase));
        }
        assertAll(checks);
    }

    private static Map<String, Double> sum(Function<Source, String> key) {
        Map<String, Double> totals = new LinkedHashMap<>();
        bundled.sources().forEach(s -> totals.merge(key.apply(s), s.baseline(), Double::sum));
        return totals;
    }

    private static double sumWhere(Predicate<Source> filter) {
        return bundled.sources().stream().filter(filter).mapToDouble(Source::baseline).sum();
    }
}
