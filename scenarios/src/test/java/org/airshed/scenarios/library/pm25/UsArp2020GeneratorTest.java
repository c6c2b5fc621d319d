package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class UsArp2020GeneratorTest {
    private static JsonNode bundled;
    private static V2File file;
    private static ArpFacts facts;

    @BeforeAll
    static void generate() {
        bundled = Bundled.tree(UsArp2020Generator.RESOURCE);
        file = V2File.of(bundled);
        facts = new UsArp2020Generator(ArpAssumptions.DEFAULT).build().facts();
    }

    @Test
    void regeneratingGivesTheBundledFileByteForByte() {
        // Fails when us-arp-2020.json and its generator drift apart: regenerate with the command in
        // UsArp2020Generator's Javadoc and review the diff.
        assertEquals(Bundled.text(UsArp2020Generator.RESOURCE), UsArp2020Generator.json());
    }

    @Test
    void theFileKeepsTheVersionTwoContract() {
        assertEquals(List.of(), file.problems);
        assertEquals(List.of("SO2", "NOx"), file.pollutants);
        assertEquals(21, file.regions.size());
        assertEquals(348, file.sources.size());
        assertEquals(Map.of(), file.limits);
        assertEquals("short ton", bundled.at("/units/mass").asText());
        assertEquals("USD", bundled.at("/units/money").asText());
    }

    @Test
    void rawTotalsMatchThePublishedFiles() {
        // Acid Rain Program 2020 as the data notes give it: 1,162 facilities, 6,854,075 allocated, 775,979 emitted
        assertAll(
                () -> assertEquals(1162, facts.arpFacilities),
                () -> assertEquals(6_854_075, facts.arpAllocated),
                () -> assertEquals(775_979, facts.arpEmitted),
                () -> assertEquals(677, facts.csnoxFacilities),
                () -> assertEquals(405_463, facts.csnoxEmitted),
                () -> assertEquals(164, facts.facilities),
                () -> assertEquals(482_884, facts.facilitiesSo2),
                () -> assertEquals(344_512, facts.facilitiesNox));
    }

    @Test
    void unitEmissionsAddUpToTheFacilityTotalsToTheTon() {
        long so2 = facts.so2;
        long nox = facts.nox;
        for (ArpFacts.Excluded e : facts.excluded.values()) {
            so2 += e.so2;
            nox += e.nox;
        }
        assertEquals(facts.facilitiesSo2, so2);
        assertEquals(facts.facilitiesNox, nox);
        assertEquals(facts.so2, file.baseline("SO2"));
        assertEquals(facts.nox, file.baseline("NOx"));
    }

    @Test
    void installedControlsDecideWhatAUnitMayStillTake() {
        List<Executable> checks = new ArrayList<>();
        ArpAssumptions a = ArpAssumptions.DEFAULT;
        for (int k = 0; k < facts.units.size(); k++) {
            ArpFacts.ModelledUnit m = facts.units.get(k);
            V2File.Source s = file.sources.get(k);
            CampdData.Unit u = m.unit();
            boolean scrubbed = a.scrubbers().stream().anyMatch(c -> CampdData.Unit.active(u.so2Controls(), c));
            boolean scr = CampdData.Unit.active(u.noxControls(), "Selective Catalytic Reduction");
            boolean sncr = CampdData.Unit.active(u.noxControls(), "Selective Non-catalytic Reduction");
            checks.add(() -> assertEquals(m.sourceId(), s.id()));
            for (V2File.Option o : s.options()) {
                checks.add(() -> assertTrue(!scrubbed || !o.removal().containsKey("SO2"), s.id() + " is scrubbed: " + o));
                checks.add(() -> assertTrue(!scr || !o.removal().containsKey("NOx"), s.id() + " has SCR: " + o));
                checks.add(() -> assertTrue(!sncr || !o.name().contains("SNCR"), s.id() + " has SNCR: " + o));
            }
            if (!scrubbed && !scr && m.noOptionReason() == null && m.so2() > 0 && m.nox() > 0) {
                checks.add(() -> assertEquals(sncr ? 5 : 8, s.options().size(), s.id()));
            }
        }
        checks.add(() -> assertEquals(facts.options,
                file.sources.stream().mapToInt(s -> s.options().size()).sum()));
        assertAll(checks);
    }

    @Test
    void theCostEquationsReproduceTheWorkedValuesOfTheDataNotes() {
        // data/so2-cost-references.csv (quoting the shared data set's notes): wet FGD on a 500 MW coal
        // unit at capacity factor 0.7 ≈ 1,160 USD per tonne SO2 on
        // 2 lb/MMBtu coal and ≈ 3,870 on 0.6 lb/MMBtu; both follow from SLSFOUBC4 at one CRF of about
        // 0.0806 (7 % over 30 years) and 10,000 Btu/kWh. The scenario uses the table's CRF (0.1).
        PowerMeasures power = PowerMeasures.load();
        double mwh = 500 * 0.7 * 8760;
        double heat = mwh * 10; // MMBtu
        double removal = power.efficiency("SLSFOUBC4").efficiency();
        double crf = 0.0806;
        double cost = power.annualCost("SLSFOUBC4", 500, 0.7, crf);
        double tonnesAt2 = heat * 2.0 * 0.45359237 / 1000 * removal;
        double tonnesAt06 = heat * 0.6 * 0.45359237 / 1000 * removal;
        assertAll(
                () -> assertEquals(1160, cost / tonnesAt2, 5),
                () -> assertEquals(3870, cost / tonnesAt06, 15),
                () -> assertEquals(0.1, power.efficiency("SLSFOUBC4").capitalRecoveryFactor()),
                () -> assertEquals("SLSFOUBC3", power.sizeClass("SLSFOUBC", 300)),
                () -> assertEquals("SLSFOUBC2", power.sizeClass("SLSFOUBC", 299.9)),
                () -> assertEquals(null, power.sizeClass("SLSFOUBC", 24.9)));
    }

    @Test
    void everythingAppliedMeetsBothCaps() {
        Map<String, Map<String, Double>> all = file.everythingApplied();
        assertEquals(List.of(), file.problems);
        List<Executable> checks = new ArrayList<>();
        for (String p : file.pollutants) {
            double cut = all.values().stream().mapToDouble(m -> m.getOrDefault(p, 0.0)).sum();
            double required = file.baseline(p) - file.caps.get(p);
            checks.add(() -> assertTrue(cut >= 1.2 * required, p + ": " + cut + " barely above " + required));
        }
        checks.add(() -> assertEquals(Math.round(0.7 * facts.so2), file.caps.get("SO2")));
        checks.add(() -> assertEquals(Math.round(0.8 * facts.nox), file.caps.get("NOx")));
        assertAll(checks);
    }

    @Test
    void referenceLpPinsTheBackOfEnvelope() {
        // V2-SCENARIOS.md quotes the least cost of both caps (USD of 2011 a year) and their prices.
        ReferenceLp.Result both = ReferenceLp.solve(file, false, 10);
        double so2 = (ReferenceLp.solve(file, false, 10, Map.of("SO2", 100.0), 0).cost() - both.cost()) / 100;
        double nox = (ReferenceLp.solve(file, false, 10, Map.of("NOx", 100.0), 0).cost() - both.cost()) / 100;
        assertAll(
                () -> assertEquals(1.135255e9, both.cost(), 1e4),
                () -> assertEquals(7_843.0, so2, 0.5, "SO2 cap, USD per short ton"),
                () -> assertEquals(10_742.6, nox, 0.5, "NOx cap, USD per short ton"));
    }

    @Test
    void descriptionCitesEveryDataSourceAndLabelsWhatIsNotVerified() {
        String d = bundled.get("description").asText();
        List<String> required = List.of("complianceFacilityDataLatestYear.csv", "unitData.csv", "USEPA/campd-maps-graphs",
                "ptipm 2016-03-29", "USEPA/emf", "6,854,075", "775,979", "CSNOX", "SLSFOUBC", "SLSDUBC", "NSCR_UBCT",
                "NSNCRUBCT", "Impact_per_ton_estimates.csv", "USD of 2011", "VERIFIED", "UNVERIFIED", "DERIVED",
                "ASSUMED", "ILLUSTRATIVE");
        List<Executable> checks = new ArrayList<>();
        for (String phrase : required) {
            checks.add(() -> assertTrue(d.contains(phrase), "description lacks: " + phrase));
        }
        assertAll(checks);
    }
}
