package org.airshed.scenarios.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.airshed.core.io.JsonSyntaxErrors;

/**
 * A result JSON file that does not parse, refused in a person's words: where the parser stopped
 * (line, column) and what it expected there. A file cut short names the object or array left open
 * and where it opened; anything else is said as a scenario's syntax errors are
 * ({@link JsonSyntaxErrors}), without Jackson's internals.
 */
final class JsonFailure {
    private JsonFailure() {
    }

    static ReportInputException of(String file, JsonProcessingException e) {
        return new ReportInputException(file + ": " + ResultSource.location(e) + ": not valid JSON: " + describe(e), e);
    }

    /**
     * Refuses text after the file's one JSON value (Airshed writes one; the scenario reader refuses
     * more), at its line and column; the parser stands on that value's last token.
     */
    static void refuseTrailing(String file, JsonParser parser) throws java.io.IOException {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            at = e.getLocation() != null ? e.getLocation() : parser.currentLocation(); // not even a JSON token
        }
        throw new ReportInputException(file, "line " + at.getLineNr() + ", column " + at.getColumnNr(), null,
                "text after the JSON value (a result file holds one JSON object): cut and pasted?");
    }

    static String describe(JsonProcessingException e) {
        // Jackson says "end-of-input" through either class, depending on where in the grammar it was.
        boolean ended = e instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
        if (ended && e.getProcessor() instanceof JsonParser parser) {
            return cutShort(e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null,
                    parser.getParsingContext());
        }
        return JsonSyntaxErrors.message(e);
    }

    private static String cutShort(JsonToken decoding, JsonStreamContext at) {
        JsonStreamContext open = at;
        while (open != null && !open.inObject() && !open.inArray()) {
            open = open.getParent();
        }
        String inside = decoding == JsonToken.VALUE_STRING || decoding == JsonToken.FIELD_NAME
                ? " inside a string (expected its closing quote)" : "";
        if (open == null) {
            return "the file ends" + inside + " before its value is complete: cut short?";
        }
        JsonLocation start = open.startLocation(ContentReference.unknown());
        String what = open.inObject() ? "object" : "array";
        return "the file ends" + inside + " before the " + what + " opened at line " + start.getLineNr() + ", column "
                + start.getColumnNr() + " is closed (expected " + (open.inObject() ? "a further member or its closing }"
                : "a further value or its closing ]") + "): cut short?";
    }
}
