package org.airshed.scenarios.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The ILLUSTRATIVE receptor × source shares of annual PM2.5 in {@code data/transfer-shares-illustrative.csv}:
 * {@code share(r, s)} is the fraction of receptor r's anthropogenic PM2.5 that comes from region s,
 * {@code share(r, OUTSIDE)} the fraction from outside the table. The file holds several tables,
 * each starting with a {@code receptor,...} header row. Public for the version-2 generators in
 * {@code library.pm25}.
 */
public final class TransferShares {
    static final String RESOURCE = "/data/transfer-shares-illustrative.csv";
    static final String OUTSIDE = "outside";

    private final Map<String, Map<String, Double>> rows;

    private TransferShares(Map<String, Map<String, Double>> rows) {
        this.rows = rows;
    }

    public static TransferShares load() {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        List<String> header = null;
        for (CSVRecord record : ClasspathCsv.rows(RESOURCE)) {
            if ("receptor".equals(record.get(0))) {
                header = new ArrayList<>(record.toList());
                continue;
            }
            if (header == null) {
                throw new IllegalStateException(RESOURCE + " line " + record.getRecordNumber()
                        + ": data before the first 'receptor,...' header row");
            }
            Map<String, Double> row = new LinkedHashMap<>();
            for (int c = 1; c < header.size(); c++) {
                row.put(header.get(c), Double.parseDouble(record.get(c)));
            }
            rows.put(record.get(0), Collections.unmodifiableMap(row));
        }
        return new TransferShares(Collections.unmodifiableMap(rows));
    }

    /** Fraction of receptor's PM2.5 from {@code source} (a region id or {@link #OUTSIDE}). */
    public double share(String receptor, String source) {
        Map<String, Double> row = rows.get(receptor);
        if (row == null || !row.containsKey(source)) {
            throw new IllegalArgumentException(RESOURCE + " has no share for receptor " + receptor
                    + " and source " + source);
        }
        return row.get(source);
    }
}
