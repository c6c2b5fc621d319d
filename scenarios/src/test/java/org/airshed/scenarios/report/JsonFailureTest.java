package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A result JSON file that does not parse is described in words: where it stopped, what was expected. */
class JsonFailureTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aFileCutBetweenMembersNamesTheObjectLeftOpen() {
        assertEquals("line 3, column 3: not valid JSON: the file ends before the object opened at line 1, column 1"
                + " is closed (expected a further member or its closing }): cut short?", message("{\n \"a\": 1,\n  "));
    }

    @Test
    void aFileCutInsideAnArrayNamesTheInnermostOneLeftOpen() {
        assertEquals("line 2, column 12: not valid JSON: the file ends before the array opened at line 2, column 7"
                + " is closed (expected a further value or its closing ]): cut short?", message("{\"a\": {\n \"b\": [1, 2"));
    }

    @Test
    void aFileCutInsideAStringSaysSo() {
        String m = message("{\"name\": \"Shang");
        assertEquals("line 1, column 16: not valid JSON: the file ends inside a string (expected its closing quote)"
                + " before the object opened at line 1, column 1 is closed (expected a further member or its closing"
                + " }): cut short?", m);
    }

    @Test
    void otherSyntaxErrorsAreSaidWithoutJacksonsInternals() {
        for (String json : List.of("{\"a\": tru}", "{\"a\": NaN}", "{\"a\" 1}", "{\"a\": \"x\u0001\"}", "{'a': 1}")) {
            String m = message(json);
            for (String internal : List.of("Source:", "REDACTED", "Feature", "`", "code ")) {
                assertFalse(m.contains(internal), json + " -> " + m);
            }
        }
    }

    private static String message(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(json));
        String full = JsonFailure.of("f.json", e).getMessage();
        assertEquals(1, full.lines().count(), full);
        return full.substring("f.json: ".length());
    }
}
