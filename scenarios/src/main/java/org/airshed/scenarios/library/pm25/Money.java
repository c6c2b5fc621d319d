package org.airshed.scenarios.library.pm25;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * U.S. dollars of one year to yuan of a target year, with the figures of
 * {@code data/money-conversion.csv} (U.S. CPI-U annual averages and the NBS CNY/USD rate, labelled
 * there as UNVERIFIED recollections): USD of year y × CPI-U(target)/CPI-U(y) × CNY per USD.
 */
final class Money {
    static final String RESOURCE = "/data/money-conversion.csv";
    /** Short tons per metric tonne (exact: 1 short ton = 907.18474 kg). */
    static final double SHORT_TONS_PER_TONNE = 1000 / 907.18474;

    private final Map<Integer, Double> cpi;
    private final int targetYear;
    private final double cnyPerUsd;

    private Money(Map<Integer, Double> cpi, int targetYear, double cnyPerUsd) {
        this.cpi = cpi;
        this.targetYear = targetYear;
        this.cnyPerUsd = cnyPerUsd;
    }

    /** Conversion to CNY of {@code targetYear}. */
    static Money toCnyOf(int targetYear) {
        Map<Integer, Double> cpi = new HashMap<>();
        Double rate = null;
        for (CSVRecord row : DataCsv.withHeader(RESOURCE)) {
            int year = (int) DataCsv.number(row, "year", RESOURCE);
            double value = DataCsv.number(row, "value", RESOURCE);
            switch (row.get("series")) {
                case "us_cpi_u" -> cpi.put(year, value);
                case "cny_per_usd" -> {
                    if (year == targetYear) {
                        rate = value;
                    }
                }
                default -> throw new IllegalStateException(RESOURCE + " line " + row.getRecordNumber()
                        + ": unknown series " + row.get("series"));
            }
        }
        if (rate == null || !cpi.containsKey(targetYear)) {
            throw new IllegalStateException(RESOURCE + " lacks the CPI-U or the CNY/USD rate of " + targetYear);
        }
        return new Money(Map.copyOf(cpi), targetYear, rate);
    }

    int targetYear() {
        return targetYear;
    }

    double cnyPerUsd() {
        return cnyPerUsd;
    }

    /** CPI-U(target) / CPI-U(year). */
    double inflation(int year) {
        Double from = cpi.get(year);
        if (from == null) {
            throw new IllegalArgumentException(RESOURCE + " has no CPI-U value for " + year);
        }
        return cpi.get(targetYear) / from;
    }

    /** USD of {@code year} → CNY of the target year. */
    double usdToCny(double usd, int year) {
        return usd * inflation(year) * cnyPerUsd;
    }

    /** CNY of the target year → USD of {@code year} (the inverse of {@link #usdToCny}). */
    double cnyToUsd(double cny, int year) {
        return cny / (inflation(year) * cnyPerUsd);
    }

    /** USD of {@code year} per short ton → CNY of the target year per tonne. */
    double usdPerShortTonToCnyPerTonne(double usdPerShortTon, int year) {
        return usdToCny(usdPerShortTon, year) * SHORT_TONS_PER_TONNE;
    }
}
