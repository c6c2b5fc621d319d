package org.airshed.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.regex.Pattern;
import org.airshed.core.util.JsonPath;

/**
 * Turns a Jackson parse failure into one problem at {@code line L, column C}, its value the
 * text of that line, its message without Jackson's internals (feature names, class names,
 * character codes) that mean nothing to someone editing a scenario. Public for the other JSON
 * readers (a report's result files), so that every message says it in the same words.
 */
public final class JsonSyntaxErrors {
    /** Longest excerpt of the offending line shown as the problem's value. */
    private static final int EXCERPT = 60;
    private static final Pattern SOURCE_LOCATION = Pattern.compile(
            "\\[Source: [^;\\]]*(?:\\([^)]*\\))?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(\\(CTRL-CHAR, code \\d+\\)\\)");
    private static final Pattern CHARACTER_CODE = Pattern.compile(",? ?\\(?code \\d+\\)?");
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern LIMIT = Pattern.compile(
            "(Document nesting depth|Number value length|String value length) \\((\\d+)\\) exceeds the maximum"
                    + " allowed \\((\\d+).*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern BACKTICKED = Pattern.compile(
            "(: enable `[^`]*` to allow|, from `[^`]*`| \\(bound as `[^`]*`\\)|: not allowed as per `[^`]*`)");
    private static final Pattern COMMENT = Pattern.compile(" ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");

    private JsonSyntaxErrors() {
    }

    static Problem problem(String file, String json, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException && e.getLocation() == null) {
            Problem limit = beyondLimit(file, json, e);
            if (limit != null) {
                return limit;
            }
        }
        JsonLocation where = e.getLocation();
        int line = where == null ? -1 : where.getLineNr();
        int column = where == null ? -1 : where.getColumnNr();
        String location = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "$";
        return new Problem(file, location, line > 0 ? excerpt(json, line, column) : null, message(e));
    }

    /**
     * A document past one of the parser's limits (nesting depth, a number's or a string's length),
     * which Jackson reports without a place: read again token by token to the same failure, told at
     * its line and column, with its JSON path, in our words; null if the second read does not fail.
     */
    private static Problem beyondLimit(String file, String json, JsonProcessingException e) {
        JsonParser parser = null;
        try {
            parser = StrictJson.MAPPER.createParser(json);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    parser.getText(); // a string's length is checked when its text is made
                }
            }
            return null;
        } catch (StreamConstraintsException again) {
            boolean string = String.valueOf(again.getOriginalMessage()).startsWith("String");
            JsonLocation where = string ? parser.currentTokenLocation() : parser.currentLocation();
            int line = where.getLineNr();
            int column = where.getColumnNr();
            String location = "line " + line + (column > 0 ? ", column " + column : "");
            return new Problem(file, location, excerpt(json, line, column), "at " + path(parser.getParsingContext())
                    + ": " + message(again));
        } catch (IOException other) {
            return null;
        } finally {
            close(parser);
        }
    }

    /** The JSON path of the parser's place ({@code $.a.b[2]}), cut short when long (a nesting past the limit). */
    private static String path(JsonStreamContext context) {
        String path = JsonPath.of(context);
        return path.length() <= EXCERPT ? path : path.substring(0, EXCERPT) + "…";
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // A parser of a String holds nothing to release.
            }
        }
    }

    public static String message(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        String firstLine = original.lines().findFirst().orElse("").strip();
        var token = NON_STANDARD_TOKEN.matcher(firstLine);
        if (token.matches()) {
            return "'" + token.group(1) + "' is not a JSON value; numbers must be finite (no NaN or Infinity)";
        }
        var duplicate = DUPLICATE.matcher(firstLine);
        if (duplicate.matches()) {
            return "duplicate key '" + duplicate.group(1) + "' in the same object";
        }
        var limit = LIMIT.matcher(firstLine);
        if (limit.matches()) {
            // A string is measured as it is read, so its length is only known to pass the limit.
            String what = switch (limit.group(1)) {
                case "Document nesting depth" -> "arrays and objects nested " + limit.group(2) + " deep, beyond the "
                        + limit.group(3) + " allowed";
                case "Number value length" -> "a number " + limit.group(2) + " characters long, beyond the "
                        + limit.group(3) + " allowed";
                default -> "a string longer than the " + limit.group(3) + " characters allowed";
            };
            return what + " (docs/FORMAT.md, \"Limits\")";
        }
        if (firstLine.startsWith("Trailing token")) {
            return "unexpected content after the end of the JSON document";
        }
        String cleaned = SOURCE_LOCATION.matcher(firstLine).replaceAll("line $1, column $2");
        cleaned = COMMENT.matcher(cleaned).replaceAll(": JSON has no comments");
        cleaned = BACKTICKED.matcher(cleaned).replaceAll("");
        cleaned = CONTROL_CHARACTER.matcher(cleaned).replaceAll("(a control character such as a line break)");
        cleaned = CHARACTER_CODE.matcher(cleaned).replaceAll("");
        cleaned = cleaned.replace("Unexpected end-of-input", "unexpected end of file");
        if (e instanceof JsonEOFException && !cleaned.startsWith("unexpected end of file")) {
            cleaned = "unexpected end of file: " + cleaned;
        }
        return cleaned.isEmpty() ? "malformed JSON" : cleaned;
    }

    /** The offending line, stripped; a window around the column when the line is long. */
    private static String excerpt(String json, int line, int column) {
        String text = json.lines().skip(line - 1L).findFirst().orElse("");
        if (text.length() > EXCERPT) {
            int centre = Math.max(0, Math.min(text.length(), column - 1));
            int start = Math.max(0, Math.min(centre - EXCERPT / 2, text.length() - EXCERPT));
            text = (start > 0 ? "…" : "") + text.substring(start, start + EXCERPT)
                    + (start + EXCERPT < text.length() ? "…" : "");
        }
        return text.strip();
    }
}
