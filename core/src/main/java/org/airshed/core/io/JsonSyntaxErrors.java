package org.airshed.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Pattern;

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
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern BACKTICKED = Pattern.compile(
            "(: enable `[^`]*` to allow|, from `[^`]*`| \\(bound as `[^`]*`\\)|: not allowed as per `[^`]*`)");
    private static final Pattern COMMENT = Pattern.compile(" ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");

    private JsonSyntaxErrors() {
    }

    static Problem problem(String file, String json, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        int line = where == null ? -1 : where.getLineNr();
        int column = where == null ? -1 : where.getColumnNr();
        String location = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "$";
        return new Problem(file, location, line > 0 ? excerpt(json, line, column) : null, message(e));
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
