package org.airshed.scenarios.library.pm25;

import org.airshed.scenarios.library.ClasspathCsv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The priced rows of the EPA CoST point-source database v5.3 ({@code CoST_CM_DB_Point_v.5.3_Eff.csv},
 * names from {@code _Summary.csv}). A measure may have two rows, one for sources emitting less than
 * {@code MaxEmissions} short tons a year and one for sources at or above {@code MinEmissions}: the
 * source's size picks the row, as CoST does.
 */
final class PerTonCatalog {
    static final String EFFICIENCIES = "/data/epa-cost-measures/CoST_CM_DB_Point_v.5.3_Eff.csv";
    static final String SUMMARY = "/data/epa-cost-measures/CoST_CM_DB_Point_v.5.3_Summary.csv";

    /** A priced row with its size range in short tons a year ({@code max} infinite when open). */
    private record Row(PerTonMeasure measure, double min, double max) {
    }

    private final Map<String, List<Row>> rows;

    private PerTonCatalog(Map<String, List<Row>> rows) {
        this.rows = rows;
    }

    static PerTonCatalog load() {
        Map<String, String> names = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(SUMMARY, StandardCharsets.ISO_8859_1)) {
            names.put(row.get("CMAbbreviation"), row.get("CMName"));
        }
        Map<String, List<Row>> rows = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(EFFICIENCIES, StandardCharsets.ISO_8859_1)) {
            String pollutant = pollutant(row.get("Pollutant"));
            String cost = row.get("CostPerTon").trim();
            if (pollutant == null || cost.isEmpty() || Double.parseDouble(cost) <= 0) {
                continue;
            }
            String abbreviation = row.get("CMAbbreviation");
            double min = ClasspathCsv.numberOr(row, "MinEmissions", EFFICIENCIES, 0);
            double max = ClasspathCsv.numberOr(row, "MaxEmissions", EFFICIENCIES, Double.POSITIVE_INFINITY);
            String size = min == 0 && max == Double.POSITIVE_INFINITY ? ""
                    : max == Double.POSITIVE_INFINITY ? "at least " + plain(min) + " short tons a year"
                    : "below " + plain(max) + " short tons a year";
            PerTonMeasure m = new PerTonMeasure(abbreviation, names.getOrDefault(abbreviation, abbreviation), pollutant,
                    ClasspathCsv.percent(row, "ControlEfficiency", EFFICIENCIES),
                    (int) ClasspathCsv.number(row, "CostYear", EFFICIENCIES),
                    ClasspathCsv.number(row, "CostPerTon", EFFICIENCIES), size);
            rows.computeIfAbsent(key(abbreviation, pollutant), k -> new ArrayList<>()).add(new Row(m, min, max));
        }
        return new PerTonCatalog(rows);
    }

    /** The priced row of {@code abbreviation} for {@code pollutant} that applies to a source of this size. */
    PerTonMeasure measure(String abbreviation, String pollutant, double shortTonsPerYear) {
        List<Row> candidates = rows.get(key(abbreviation, pollutant));
        if (candidates == null) {
            throw new IllegalArgumentException("no priced " + pollutant + " row for " + abbreviation + " in "
                    + EFFICIENCIES);
        }
        PerTonMeasure found = null;
        for (Row r : candidates) {
            if (shortTonsPerYear >= r.min() && shortTonsPerYear < r.max()) {
                if (found != null) {
                    throw new IllegalStateException(EFFICIENCIES + ": several " + pollutant + " rows of "
                            + abbreviation + " apply to " + shortTonsPerYear + " short tons a year");
                }
                found = r.measure();
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(EFFICIENCIES + ": no " + pollutant + " row of " + abbreviation
                    + " applies to " + shortTonsPerYear + " short tons a year");
        }
        return found;
    }

    /** The project's pollutant id for a CoST pollutant code; null for pollutants not modelled. */
    private static String pollutant(String cost) {
        return switch (cost.toUpperCase(Locale.ROOT)) {
            case "SO2" -> "SO2";
            case "NOX" -> "NOx";
            case "PM2_5" -> "PM2.5";
            default -> null;
        };
    }

    private static String key(String abbreviation, String pollutant) {
        return abbreviation + "/" + pollutant;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
