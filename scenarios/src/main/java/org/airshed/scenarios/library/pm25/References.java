package org.airshed.scenarios.library.pm25;

import org.airshed.scenarios.library.ClasspathCsv;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** Keyed reference values of a small authored CSV ({@code key,value,unit,year}). */
final class References {
    private final String resource;
    private final Map<String, CSVRecord> rows;

    private References(String resource, Map<String, CSVRecord> rows) {
        this.resource = resource;
        this.rows = rows;
    }

    static References load(String resource) {
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(resource)) {
            if (rows.put(row.get("key"), row) != null) {
                throw new IllegalStateException(resource + ": key " + row.get("key") + " appears twice");
            }
        }
        return new References(resource, Map.copyOf(rows));
    }

    double value(String key) {
        return ClasspathCsv.number(row(key), "value", resource);
    }

    /** Another numeric column of the row {@code key}. */
    double number(String key, String column) {
        return ClasspathCsv.number(row(key), column, resource);
    }

    int year(String key) {
        return (int) ClasspathCsv.number(row(key), "year", resource);
    }

    private CSVRecord row(String key) {
        CSVRecord row = rows.get(key);
        if (row == null) {
            throw new IllegalStateException(resource + " has no row " + key);
        }
        return row;
    }
}
