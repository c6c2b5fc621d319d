package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airshed.core.util.PrimitiveLists;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads mac.csv back as curves, streaming into primitive arrays (the file may hold a million
 * rows). The total curve has region null. A row that is not what {@link MacCsv} writes is an
 * error naming its line, column and value.
 */
final class MacCsvReader {
    private MacCsvReader() {
    }

    static Optional<List<MacCurve>> read(ResultSource source) {
        if (!source.has(MacCsv.NAME)) {
            return Optional.empty();
        }
        String file = source.name(MacCsv.NAME);
        Map<String, Builder> curves = source.read(MacCsv.NAME,
                reader -> CsvShape.read(file, reader, MacCsv.COLUMNS, shape -> curves(file, shape)));
        List<MacCurve> list = new ArrayList<>();
        curves.values().forEach(b -> list.add(b.build()));
        return Optional.of(list);
    }

    /** The rows, each curve's in file order, by curve ("" the total, "region:ID" a region's). */
    private static Map<String, Builder> curves(String file, CsvShape shape) {
        Map<String, Builder> curves = new LinkedHashMap<>();
        int[] at = new int[MacCsv.COLUMNS.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = shape.header().indexOf(MacCsv.COLUMNS.get(k));
        }
        for (CSVRecord row : shape.rows()) {
            long line = CsvShape.line(row);
            String kind = row.get(at[0]);
            String region = kind.equals(MacCsv.TOTAL) ? null : row.get(at[1]);
            if (!kind.equals(MacCsv.TOTAL) && !kind.equals(MacCsv.REGION)) {
                throw new ReportInputException(file, "line " + line + ", column curve", kind, "must be total or region");
            }
            curves.computeIfAbsent(region == null ? "" : "region:" + region, k -> new Builder(region))
                    .add(number(file, line, "price", row.get(at[2])), number(file, line, "abatement", row.get(at[3])),
                            number(file, line, "cost", row.get(at[4])));
        }
        return curves;
    }

    private static double number(String file, long line, String column, String cell) {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with where it is
        }
        throw new ReportInputException(file, "line " + line + ", column " + column, cell, "not a number");
    }

    private static final class Builder {
        private final String region;
        private final PrimitiveLists.Doubles price = new PrimitiveLists.Doubles();
        private final PrimitiveLists.Doubles abatement = new PrimitiveLists.Doubles();
        private final PrimitiveLists.Doubles cost = new PrimitiveLists.Doubles();

        Builder(String region) {
            this.region = region;
        }

        void add(double p, double a, double c) {
            price.add(p);
            abatement.add(a);
            cost.add(c);
        }

        MacCurve build() {
            return new MacCurve(region, price.toArray(), abatement.toArray(), cost.toArray(), price.size());
        }
    }
}
