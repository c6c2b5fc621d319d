package org.airshed.scenarios.library;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Brings U.S. cost figures to CNY of one target year: USD of year y × CPI-U(target)/CPI-U(y)
 * × CNY per USD (target year's average). Values come from {@code data/money-conversion.csv},
 * which labels them as unverified recollections. Public for the version-2 generators in
 * {@code library.pm25}.
 */
public final class MoneyConversion {
    static final String RESOURCE = "/data/money-conversion.csv";
    /** Short tons per metric tonne (exact: 1 short ton = 907.18474 kg). */
    public static final double SHORT_TONS_PER_TONNE = 1000 / 907.18474;

    private final Map<Integer, Double> cpi;
    private final int targetYear;
    private final double cnyPerUsd;

    private MoneyConversion(Map<Integer, Double> cpi, int targetYear, double cnyPerUsd) {
        this.cpi = cpi;
        this.targetYear = targetYear;
        this.cnyPerUsd = cnyPerUsd;
    }

    /** Conversion to CNY of {@code targetYear}. */
    public static MoneyConversion load(int targetYear) {
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

    public int targetYear() {
        return targetYear;
    }

    /** CNY per USD, the target year's average. */
    public double cnyPerUsd() {
        return cnyPerUsd;
    }

    /** CPI-U(target) / CPI-U(year). */
    public double inflationFactor(int year) {
        Double from = cpi.get(year);
        if (from == null) {
            throw new IllegalArgumentException(RESOURCE + " has no CPI-U value for " + year);
        }
        return cpi.get(targetYear) / from;
    }

    /** USD of {@code year} → CNY of the target year. */
    public double usdToCny(double usd, int year) {
        return usd * inflationFactor(year) * cnyPerUsd;
    }

    /** CNY of the target year → USD of {@code year} (the inverse of {@link #usdToCny}). */
    public double cnyToUsd(double cny, int year) {
        return cny / (inflationFactor(year) * cnyPerUsd);
    }

    /** USD of {@code year} per short ton → CNY of the target year per metric tonne. */
    public double usdPerShortTonToCnyPerTonne(double usdPerShortTon, int year) {
        return usdToCny(usdPerShortTon, year) * SHORT_TONS_PER_TONNE;
    }
}
