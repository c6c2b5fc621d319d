package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a version-2 market refuses, each at its JSON path, before trading and when asked to run. */
class MultiMarketProblemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<SectionInputException> problems(String marketJson, ObjectEdit edit) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(MultiMarketTextbookTest.FILE);
        tree.set("market", JSON.readTree(marketJson));
        edit.apply(tree);
        ScenarioDocument document;
        try {
            document = ScenarioReader.read("file.json", tree.toString(), null, List.of(MarketSectionReader.INSTANCE));
        } catch (ScenarioInputException e) {
            // The reader refuses what the section alone shows, together with the file's other problems.
            return e.problems().stream().map(p -> new SectionInputException(p.location(), p.value(), p.message()))
                    .toList();
        }
        MultiScenarioProblem problem = MultiScenarioProblem.of(document.multiPollutant());
        MarketSpec spec = document.section(MarketSectionReader.INSTANCE);
        List<SectionInputException> found = MultiMarketStudy.problems(problem, spec,
                document.sectionJson().get("market"));
        if (!found.isEmpty()) {
            SectionInputException thrown = assertThrows(SectionInputException.class,
                    () -> MultiMarketStudy.run(problem, spec, 1, MultiPollutantSolvers.exact()), "run refuses too");
            assertEquals(found.get(0).path(), thrown.path());
        }
        return found;
    }

    private interface ObjectEdit {
        void apply(ObjectNode tree);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"mechanism\": \"double-auction\"|$.market.mechanism",
            "\"mechanism\": \"uniform-price-auction\", \"auction\": {\"share\": 0.5}|$.market.mechanism",
            "\"mechanism\": \"equilibrium\", \"transactionCost\": 5|$.market.transactionCost",
            "\"mechanism\": \"equilibrium\", \"ambient\": true|$.market.ambient",
            "\"mechanism\": \"equilibrium\", \"zones\": {\"of\": {\"A\": \"z1\", \"B\": \"z2\"}, \"flows\": []}|$.market.zones",
            "\"mechanism\": \"equilibrium\", \"periods\": {\"caps\": [400, 350]}|$.market.periods",
            "\"mechanism\": \"equilibrium\", \"priceFloor\": 2|$.market.priceFloor",
            "\"mechanism\": \"equilibrium\", \"priceCeiling\": 200|$.market.priceCeiling"})
    void whatThisVersionRunsWithOnePollutantOnlyIsRefusedAtItsPath(String fields, String path) throws IOException {
        List<SectionInputException> found = problems("{\"allocation\": \"grandfathering\", " + fields + "}", t -> { });
        assertTrue(found.stream().anyMatch(e -> e.path().equals(path)
                && e.getMessage().startsWith(MultiMarketStudy.NOT_YET)), found.toString());
    }

    /** Regression: the reader gives an auction allocation default auction settings, which were refused as `auction`. */
    @Test
    void anAuctionAllocationWithoutAnAuctionSectionRuns() throws IOException {
        assertEquals(List.of(), problems("{\"allocation\": \"auction\", \"mechanism\": \"equilibrium\"}", t -> { }));
    }

    @Test
    void aPollutantNameIsRefusedBecauseEachCapHasItsPermit() throws IOException {
        List<SectionInputException> found = problems(
                "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"pollutant\": \"SO2\"}", t -> { });
        assertEquals(1, found.size(), found.toString());
        assertEquals("$.market.pollutant", found.get(0).path());
        assertEquals("\"SO2\"", found.get(0).value());
    }

    @Test
    void aMarketWithoutCapsIsRefusedAtTheMarket() throws IOException {
        List<SectionInputException> found = problems("{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}",
                t -> ((ObjectNode) t.get("policy")).remove("caps"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("$.market", found.get(0).path());
        assertTrue(found.get(0).getMessage().contains("needs policy.caps"), found.get(0).getMessage());
    }

    @Test
    void aMissingDutyIsNamedWithItsPollutant() throws IOException {
        List<SectionInputException> found = problems("{\"allocation\": \"duties\", \"mechanism\": \"equilibrium\"}",
                t -> ((ObjectNode) t.at("/policy/duties/B")).remove("NOx"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("$.market.allocation", found.get(0).path());
        assertEquals("NOx permits: region B has no policy.duties.B.NOx entry, which the duties rule needs",
                found.get(0).getMessage());
    }

    @Test
    void aMissingWeightIsReportedOnceForAllPollutants() throws IOException {
        List<SectionInputException> found = problems("{\"allocation\": \"gdp\", \"mechanism\": \"equilibrium\"}",
                t -> ((ObjectNode) t.at("/regions/1")).remove("gdp"));
        assertEquals(1, found.size(), "a region's gdp is every pollutant's weight: " + found);
        assertTrue(found.get(0).getMessage().startsWith("SO2 permits: region B has no gdp"), found.toString());
    }

    @Test
    void aSourceNamedLikeTheLedgersOwnAccountsIsRefused() throws IOException {
        List<SectionInputException> found = problems("{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}",
                t -> ((ObjectNode) t.at("/sources/2")).put("id", "regulator"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("$.sources[2].id", found.get(0).path());
    }
}
