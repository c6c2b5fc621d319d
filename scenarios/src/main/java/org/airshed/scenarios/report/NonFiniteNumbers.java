package org.airshed.scenarios.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import org.airshed.core.util.JsonPath;

/**
 * Numbers of a result file past a double's range (1e400 reads as Infinity): Airshed never writes
 * one, and a chart's axis cannot end there, so the file is refused at the number's JSON path.
 */
final class NonFiniteNumbers {
    private NonFiniteNumbers() {
    }

    /** Whether {@code node} holds a number that read as Infinity or NaN. */
    static boolean any(JsonNode node) {
        if (node.isNumber()) {
            return !Double.isFinite(node.doubleValue());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            if (any(it.next())) {
                return true;
            }
        }
        return false;
    }

    /** The refusal of the first such number, found again in the text to name it as written. */
    static ReportInputException first(String file, JsonParser parser) throws IOException {
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
            if ((t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT)
                    && !Double.isFinite(parser.getDoubleValue())) {
                return new ReportInputException(file, JsonPath.of(parser.getParsingContext()),
                        parser.getText(), "a number past a double's range (about ±1.8e308), which Airshed never"
                        + " writes");
            }
        }
        return new ReportInputException(file, "$", null, "holds a number past a double's range");
    }
}
