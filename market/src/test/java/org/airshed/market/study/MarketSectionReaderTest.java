package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

class MarketSectionReaderTest {
    static String scenario(String market) {
        return """
                {"name": "m", "regions": [{"id": "A", "population": 1e6}, {"id": "B", "population": 2e6}],
                 "sources": [
                   {"id": "a1", "region": "A", "baseline": 100, "steps": [{"amount": 30, "unitCost": 10}, {"amount": 20, "unitCost": 50}]},
                   {"id": "b1", "region": "B", "baseline": 80, "steps": [{"amount": 40, "unitCost": 20}, {"amount": 40, "unitCost": 40}]}],
                 "policy": {"cap": 120},
                 "market": %s}
                """.formatted(market);
    }

    private static List<Problem> problems(String market) {
        return ScenarioReader.validate("m.json", scenario(market), null, List.of(MarketSectionReader.INSTANCE));
    }

    private static String text(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static MarketSpec spec(String market) {
        ScenarioDocument d = ScenarioReader.read("m.json", scenario(market), null, List.of(MarketSectionReader.INSTANCE));
        return d.section(MarketSectionReader.INSTANCE);
    }

    @Test
    void theMinimalSectionTakesDefaults() {
        MarketSpec s = spec("{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"transactionCost\": 0}");
        assertEquals(AllocationRule.GRANDFATHERING, s.allocation());
        assertEquals(Mechanism.EQUILIBRIUM, s.mechanism());
        assertEquals(0, s.transactionCost());
        assertEquals("emissions", s.pollutant());
        assertNull(s.zones());
        assertFalse(s.ambient());
        assertNull(s.periods());
    }

    @Test
    void everyPartIsRead() {
        MarketSpec s = spec("""
                {"allocation": "auction", "mechanism": "uniform-price-auction", "pollutant": "SO2", "vintage": 2025,
                 "auction": {"reservePrice": 2.5, "costContainmentReserve": {"trigger": 60, "quantity": 10},
                   "emissionsContainmentReserve": {"trigger": 8, "quantity": 5}, "undersubscribed": "sell-at-reserve",
                   "bids": [{"bidder": "a1", "price": 30, "quantity": 40}]}}
                """);
        assertEquals("SO2", s.pollutant());
        assertEquals(2025, s.vintage());
        AuctionSpec a = s.auction();
        assertEquals(1, a.share());
        assertEquals(2.5, a.reservePrice());
        assertEquals(60, a.ccrTrigger());
        assertEquals(5, a.ecrQuantity());
        assertFalse(a.cancelIfUndersubscribed());
        assertEquals(List.of(new AuctionSpec.BidSpec("a1", 30, 40)), a.bids());
        // Steps cut the curves into bids: read where the bids come from the curves.
        assertEquals(10, spec("""
                {"allocation": "auction", "mechanism": "uniform-price-auction", "auction": {"quadraticSteps": 10}}
                """).auction().quadraticSteps());
        MarketSpec z = spec("""
                {"allocation": "per-capita", "mechanism": "equilibrium",
                 "zones": {"of": {"A": "coastal", "B": "inland"}, "flows": [["coastal", "inland"]]}}
                """);
        assertEquals(List.of("coastal", "inland"), z.zones().zones());
        assertEquals(List.of(new ZoneSpec.Flow("coastal", "inland")), z.zones().flows());
        MarketSpec p = spec("""
                {"allocation": "grandfathering", "mechanism": "equilibrium", "priceCeiling": 90,
                 "periods": {"caps": [130, 120, 100], "discountRate": 0.05}}
                """);
        assertEquals(List.of(130.0, 120.0, 100.0), p.periods().caps());
        assertTrue(p.periods().banking());
        assertEquals(90, p.priceCeiling().getAsDouble());
    }

    @Test
    void badValuesAreNamedAtTheirPaths() {
        String t = text(problems("""
                {"allocation": "grandfather", "mechanism": "equilibrium", "transactionCost": -1,
                 "zones": {"of": {"A": "coastal", "Q": "inland"}, "flows": [["coastal", "moon"]]}}
                """));
        assertTrue(t.contains("m.json: $.market.allocation = \"grandfather\": must be one of: grandfathering,"), t);
        assertTrue(t.contains("$.market.transactionCost = -1"), t);
        assertTrue(t.contains("$.market.zones.of.Q = \"inland\": unknown region"), t);
        assertTrue(t.contains("$.market.zones.of.B: is missing: every region needs a zone"), t);
        assertTrue(t.contains("$.market.zones.flows[0][1] = \"moon\": unknown zone"), t);
    }

    /** Names follow PaddedNames' rule, as ids do: a no-break space at an end (String.strip keeps it) is refused too. */
    @Test
    void zoneNamesEndingInANoBreakSpaceAreRefused() {
        String t = text(problems("""
                {"allocation": "grandfathering", "mechanism": "equilibrium",
                 "zones": {"of": {"A": "coastal\u00a0", "B": "inland"}, "flows": [["coastal", "inland"]]}}
                """));
        assertTrue(t.contains("$.market.zones.of.A = \"coastal\\u00a0\": must be a name without surrounding spaces"), t);
    }

    /** A region id that is not a plain name is named quoted, {@code $.market.zones.of['Q.1']}, as sweep paths read it. */
    @Test
    void zoneRegionsThatAreNotPlainNamesAreNamedQuoted() {
        String t = text(problems("""
                {"allocation": "grandfathering", "mechanism": "equilibrium",
                 "zones": {"of": {"A": "coastal", "Q.1": "inland", "it's": " x"}, "flows": [["coastal", "inland"]]}}
                """));
        assertTrue(t.contains("$.market.zones.of['Q.1'] = \"inland\": unknown region"), t);
        assertTrue(t.contains("$.market.zones.of['it\\'s'] = \" x\": must be a name without surrounding spaces"), t);
        String missing = text(ScenarioReader.validate("m.json", scenario("""
                {"allocation": "grandfathering", "mechanism": "equilibrium", "zones": {"of": {"A": "coastal"}}}
                """).replace("\"B\"", "\"B.2\""), null, List.of(MarketSectionReader.INSTANCE)));
        assertTrue(missing.contains("$.market.zones.of['B.2']: is missing: every region needs a zone"), missing);
    }

    @Test
    void negativeBidsAndMissingFieldsAreNamed() {
        String t = text(problems("""
                {"allocation": "auction", "mechanism": "uniform-price-auction",
                 "auction": {"bids": [{"bidder": "a1", "price": -3, "quantity": 5}, {"bidder": "b1", "price": 3}],
                   "undersubscribed": "shrug", "costContainmentReserve": {"trigger": 50}}}
                """));
        assertTrue(t.contains("$.market.auction.bids[0].price = -3"), t);
        assertTrue(t.contains("$.market.auction.bids[1].quantity"), t);
        assertTrue(t.contains("$.market.auction.undersubscribed = \"shrug\": must be one of: cancel, sell-at-reserve"), t);
        assertTrue(t.contains("$.market.auction.costContainmentReserve.quantity"), t);
        String huge = text(problems("""
                {"allocation": "auction", "mechanism": "uniform-price-auction", "auction": {"reservePrice": 1e300}}
                """));
        assertTrue(huge.contains("$.market.auction.reservePrice = 1E+300: must be from 0 to"), huge);
        String t2 = text(problems("{\"allocation\": \"gdp\", \"mechanism\": \"double-auction\", \"transactionCost\": 1e300}"));
        assertTrue(t2.contains("$.market.transactionCost = 1E+300: must be from 0 to"), t2);
    }

    @Test
    void combinationsThisVersionDoesNotRunAreRefusedWhereTheyAreAsked() {
        assertTrue(text(problems("{\"allocation\": \"auction\", \"mechanism\": \"double-auction\"}"))
                .contains("$.market.allocation = \"auction\": gives nobody permits to trade"));
        assertTrue(text(problems("{\"allocation\": \"gdp\", \"mechanism\": \"uniform-price-auction\"}"))
                .contains("$.market.auction.share: is required with mechanism uniform-price-auction"));
        assertTrue(text(problems("{\"allocation\": \"gdp\", \"mechanism\": \"double-auction\", \"ambient\": true}"))
                .contains("$.market.ambient = true: needs mechanism equilibrium"));
        assertTrue(text(problems("""
                {"allocation": "gdp", "mechanism": "equilibrium", "transactionCost": 5, "periods": {"caps": [100]}}
                """)).contains("$.market.transactionCost = 5: must be 0 with periods"));
        assertTrue(text(problems("""
                {"allocation": "gdp", "mechanism": "equilibrium", "priceFloor": 50, "priceCeiling": 20}
                """)).contains("$.market.priceCeiling = 20"));
        assertTrue(text(problems("{\"allocation\": \"gdp\", \"mechanism\": \"equilibrium\", \"ambient\": \"yes\"}"))
                .contains("$.market.ambient = \"yes\": must be true or false"));
    }

    @Test
    void aMissingSectionFieldIsReported() {
        String t = text(problems("{\"allocation\": \"gdp\"}"));
        assertTrue(t.contains("$.market.mechanism"), t);
    }

    /** Regression (review 16): a vintage in quotes was told the range of a long, not 0 to 1000000. */
    @Test
    void aVintageThatIsNoWholeNumberIsToldItsRealRange() {
        for (String value : List.of("\"2020\"", "-3", "2020.5")) {
            List<Problem> problems = problems("{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\","
                    + " \"vintage\": " + value + "}");
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("$.market.vintage", problems.get(0).location());
            assertEquals("must be a year or a period number from 0 to 1000000", problems.get(0).message(), value);
        }
    }
}
