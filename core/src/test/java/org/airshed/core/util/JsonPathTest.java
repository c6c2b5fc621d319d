package org.airshed.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The parts of JsonPath that JsonPathRoundTripTest (scenarios) does not reach: relative paths, ancestry, a parser's place. */
class JsonPathTest {
    @Test
    void aRecordRelativePathStartsWithTheKeyAloneOrQuoted() {
        assertEquals("SH", JsonPath.key("SH"));
        assertEquals("['A.B']", JsonPath.key("A.B"));
        assertEquals("['A.B'].C", JsonPath.child(JsonPath.key("A.B"), "C"));
        assertEquals("transfer['']", JsonPath.child("transfer", ""));
        assertEquals("$.sources[3]", JsonPath.index("$.sources", 3));
    }

    @Test
    void aPathIsAtOrUnderItselfAndItsDescendantsOnly() {
        assertTrue(JsonPath.isAtOrUnder("$.discrete", "$.discrete"));
        assertTrue(JsonPath.isAtOrUnder("$.discrete.steps", "$.discrete"));
        assertTrue(JsonPath.isAtOrUnder("$.discrete['a.b']", "$.discrete"));
        assertTrue(JsonPath.isAtOrUnder("$.regions[0].id", "$.regions"));
        assertFalse(JsonPath.isAtOrUnder("$.discreteness", "$.discrete"));
        assertFalse(JsonPath.isAtOrUnder("$.disc", "$.discrete"));
    }

    @Test
    void aParsersPlaceIsNamedWithOddKeysQuoted() throws IOException {
        String json = "{\"transfer\": {\"A.B\": {\"it's\": [1, 2, {\"x\": 3}]}}}";
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT && parser.getIntValue() == 2) {
                    assertEquals("$.transfer['A.B']['it\\'s'][1]", JsonPath.of(parser.getParsingContext()));
                }
                if (t == JsonToken.VALUE_NUMBER_INT && parser.getIntValue() == 3) {
                    assertEquals("$.transfer['A.B']['it\\'s'][2].x", JsonPath.of(parser.getParsingContext()));
                }
            }
        }
    }
}
