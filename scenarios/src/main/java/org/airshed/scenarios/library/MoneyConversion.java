package org.airshed.scenarios.library;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Brings U.S. cost figures to CNY of one target year: USD of year y × CPI-U(target)/CPI-U(y)
 * × CNY per USD (target year's average). Values come from {@code data/money-conversion.csv},
 * which labels them as unverified recollections.
 */
final class MoneyConversion {
    static final String RESOURCE = "/data/money-conversion.csv";
    /** Short tons per metric tonne (exact: 1 short ton = 907.18474 kg). */
    static final double SHORT_TONS_PER_TONNE = 1000 / 907.18474;

    private final Map<Integer, Double> cpi;
    private final int targetYear;
    private final double cnyPerUsd;

    private MoneyConversion(Map<Integer, Double> cpi, int targetYear, double cnyPerUsd) {
        this.cpi = cpi;
        this.targetYear = targetYear;
        this.cnyPerUsd = cnyPerUsd;
    }

    /** Conversion to CNY of {@code targetYear}. */
    static MoneyConversion load(int targetYear) {
        Map<Integer, Double> cpi = new HashMap<>();
        Double rate = null;
        for (CSVRecord row : ClasspathCsv.withHeader(RESOURCE)) {
            int year = (int) ClasspathCsv.number(row, "year", RESOURCE);
            double value = ClasspathCsv.number(row, "value", RESOURCE);
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
        return new MoneyConversion(Map.copyOf(cpi), targetYear, rate);
    }

    int targetYear() {
        return targetYear;
    }

    double cnyPerUsd() {
        return cnyPerUsd;
    }

    /** CPI-U(target) / CPI-U(year). */
    double inflationFactor(int year) {
        Double from = cpi.get(year);
        if (from == null) {
            throw new IllegalArgumentException(RESOURCE + " has no CPI-U value for " + year);
        }
        return cpi.get(targetYear) / from;
    }

    /** USD of {@code year} → CNY of the target year. */
    double usdToCny(double usd, int year) {
        return usd * inflationFactor(year) * cnyPerUsd;
    }

    /** USD of {@code year} per short ton → CNY of the target year per metric tonne. */
    double usdPerShortTonToCnyPerTonne(double usdPerShortTon, int year) {
        return usdToCny(usdPerShortTon, year) * SHORT_TONS_PER_TONNE;
    }
}
