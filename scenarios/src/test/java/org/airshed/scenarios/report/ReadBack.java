package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The result files and chart files of a directory, read back with plain Jackson and Commons CSV,
 * independently of the report's own readers: the reference its charts are checked against.
 */
final class ReadBack {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReadBack() {
    }

    static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> csv(Path file) {
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).build())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode chart(Path directory, String name) {
        Path file = directory.resolve("charts").resolve(name + ".vl.json");
        assertTrue(Files.isRegularFile(file), "no chart " + file);
        return json(file);
    }

    /** The rows of dataset {@code name} of a chart. */
    static List<JsonNode> dataset(JsonNode chart, String name) {
        JsonNode data = chart.path("datasets").path(name);
        assertTrue(data.isArray(), "the chart has no dataset " + name + ": " + chart.path("datasets").fieldNames());
        List<JsonNode> rows = new ArrayList<>();
        data.forEach(rows::add);
        return rows;
    }

    /** A CSV cell as a number; NaN for an empty cell. */
    static double number(String cell) {
        return cell == null || cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** A JSON number; NaN for null or absent. */
    static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }
}
