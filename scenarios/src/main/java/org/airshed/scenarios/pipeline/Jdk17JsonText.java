package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.airshed.core.util.Jdk17DoubleText;

/**
 * A JSON tree's text as Jackson writes it, except that every finite double is printed as JDK 17's
 * {@code Double.toString} prints it ({@link Jdk17DoubleText}), whatever JDK runs: Jackson prints
 * the running JDK's, and from JDK 19 on those are other digits for some values, so the charts'
 * data would differ from one machine to the next (summary.json's numbers are raw texts already).
 */
public final class Jdk17JsonText {
    private Jdk17JsonText() {
    }

    /** {@code node} written by {@code writer} (its pretty printer and features), doubles as JDK 17 prints them. */
    public static String of(ObjectWriter writer, JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new Jdk17Doubles(writer.createGenerator(out))) {
            writer.writeValue(generator, node);
        } catch (IOException e) {
            // A tree of plain nodes always prints, and a StringWriter never fails.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Passes everything on but finite doubles, which it writes as JDK 17's text (a number, unquoted). */
    private static final class Jdk17Doubles extends JsonGeneratorDelegate {
        Jdk17Doubles(JsonGenerator generator) {
            super(generator, false);
        }

        @Override
        public void writeNumber(double value) throws IOException {
            if (Double.isFinite(value)) {
                delegate.writeNumber(Jdk17DoubleText.text(value));
            } else {
                delegate.writeNumber(value);
            }
        }
    }
}
