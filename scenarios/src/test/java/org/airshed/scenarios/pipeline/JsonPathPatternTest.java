package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPathPatternTest {
    private static final String DOC = """
            {"policy": {"cap": 100, "duties": {"A": 1, "B": 2}, "caps": {"SO2": 5, "PM2.5": 6}},
             "regions": [{"id": "A", "transactionCost": 5}, {"id": "B"}],
             "transfer": {"A": {"A": 0.1, "B": 0.2}, "B": {"A": 0.3}}}
            """;

    private static JsonNode doc() throws Exception {
        return new ObjectMapper().readTree(DOC);
    }

    private static List<String> paths(String pattern) throws Exception {
        return JsonPathPattern.parse(pattern).select(doc()).stream().map(JsonPathPattern.Slot::path).toList();
    }

    @Test
    void plainKeysIndicesAndWildcardsSelectInDocumentOrder() throws Exception {
        assertEquals(List.of("$.policy.cap"), paths("$.policy.cap"));
        assertEquals(List.of("$.policy.duties.A", "$.policy.duties.B"), paths("$.policy.duties.*"));
        assertEquals(List.of("$.regions[1].id"), paths("$.regions[1].id"));
        assertEquals(List.of("$.transfer.A.A", "$.transfer.A.B", "$.transfer.B.A"), paths("$.transfer.*.*"));
        assertEquals(List.of("$.regions[0].transactionCost", "$.regions[1].transactionCost"),
                paths("$.regions[*].transactionCost"));
        assertEquals(List.of("$.regions[1].transactionCost"), paths("$.regions[id=B].transactionCost"));
    }

    @Test
    void aMissingLastKeyIsAFieldToAddButAMissingParentMatchesNothing() throws Exception {
        JsonNode doc = doc();
        List<JsonPathPattern.Slot> slots = JsonPathPattern.parse("$.regions[id=B].transactionCost").select(doc);
        slots.get(0).set(IntNode.valueOf(9));
        assertEquals(9, doc.get("regions").get(1).get("transactionCost").intValue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonPathPattern.parse("$.policy.nothing.cap").select(doc));
        assertEquals("names no field of the scenario", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonPathPattern.parse("$.regions[id=C].id").select(doc));
        assertThrows(IllegalArgumentException.class, () -> JsonPathPattern.parse("$.regions[7].id").select(doc));
    }

    /** Regression (review 16): a key with a quote was written $.a['x'y'], a path nothing reads back. */
    @Test
    void aKeyWithAQuoteOrABackslashIsWrittenEscapedAndReadBack() throws Exception {
        JsonNode doc = new ObjectMapper().readTree("{\"a\": {\"x'y\": 1, \"b\\\\c\": 2, \"PM2.5\": 3}}");
        List<String> written = JsonPathPattern.parse("$.a.*").select(doc).stream().map(JsonPathPattern.Slot::path)
                .toList();
        assertEquals(List.of("$.a['x\\'y']", "$.a['b\\\\c']", "$.a['PM2.5']"), written);
        for (String path : written) {
            List<JsonPathPattern.Slot> again = JsonPathPattern.parse(path).select(doc);
            assertEquals(1, again.size(), path);
            assertEquals(path, again.get(0).path());
            assertTrue(again.get(0).get().isInt(), path);
        }
    }

    /** Regression (review 16): $.policy.caps.PM2.5 said only "names no field"; the key with the dot is suggested quoted. */
    @Test
    void aPathWhoseDotsSplitAKeySuggestsQuotingIt() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonPathPattern.parse("$.policy.caps.PM2.5").select(doc()));
        assertEquals("names no field of the scenario; the key PM2.5 has a dot: write $.policy.caps['PM2.5']",
                e.getMessage());
    }

    @Test
    void syntaxErrorsSayWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonPathPattern.parse("$.policy..cap"));
        assertTrue(e.getMessage().contains("from character 9"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonPathPattern.parse("policy.cap"));
        assertThrows(IllegalArgumentException.class, () -> JsonPathPattern.parse("$"));
        assertThrows(IllegalArgumentException.class, () -> JsonPathPattern.parse("$.regions[x"));
    }

    /** Version 2's pollutant ids hold dots (PM2.5): such keys are written in quotes, and paths are written back so. */
    @Test
    void keysThatAreNotPlainNamesAreQuoted() throws Exception {
        assertEquals(List.of("$.policy.caps['PM2.5']"), paths("$.policy.caps['PM2.5']"));
        assertEquals(List.of("$.policy.caps.SO2", "$.policy.caps['PM2.5']"), paths("$.policy.caps.*"));
        assertEquals(List.of("$.policy.caps.SO2"), paths("$.policy['caps']['SO2']"));
        for (String path : paths("$.policy.caps.*")) {
            assertEquals(List.of(path), paths(path), "a concrete path reads back");
        }
        assertTrue(JsonPathPattern.parse("$.policy.caps['PM2.5']").isKeyUnder("policy", "caps"));
        assertTrue(JsonPathPattern.parse("$.policy.caps.*").isKeyUnder("policy", "caps"));
        assertFalse(JsonPathPattern.parse("$.policy.cap").isKeyUnder("policy", "caps"));
        assertFalse(JsonPathPattern.parse("$.policy.caps.SO2.x").isKeyUnder("policy", "caps"));
        assertThrows(IllegalArgumentException.class, () -> JsonPathPattern.parse("$.policy.caps['PM2.5"));
    }

    @Test
    void wildcardsAreRecognised() {
        assertTrue(JsonPathPattern.parse("$.transfer.*.SH").isWildcard());
        assertTrue(JsonPathPattern.parse("$.regions[id=SH].gdp").isWildcard());
        assertFalse(JsonPathPattern.parse("$.regions[0].gdp").isWildcard());
    }
}
