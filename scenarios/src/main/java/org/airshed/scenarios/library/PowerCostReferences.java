package org.airshed.scenarios.library;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Coal-power SO2 cost figures of {@code data/so2-cost-references.csv}: the two worked wet-FGD
 * values (USD per tonne at two coal-sulphur levels) and the Chinese ultra-low-emission (ULE)
 * retrofit cost (CNY per tonne).
 *
 * @param fgdHighSulfurUsd  wet FGD, USD per t, at {@code highInlet} lb SO2/MMBtu
 * @param highInlet         lb SO2 per MMBtu of the high-sulphur worked value
 * @param fgdLowSulfurUsd   wet FGD, USD per t, at {@code lowInlet} lb SO2/MMBtu
 * @param lowInlet          lb SO2 per MMBtu of the low-sulphur worked value
 * @param fgdCostYear       dollar year of both FGD values
 * @param uleCny            ULE retrofit, CNY per t
 */
record PowerCostReferences(double fgdHighSulfurUsd, double highInlet, double fgdLowSulfurUsd, double lowInlet,
                           int fgdCostYear, double uleCny) {
    static final String RESOURCE = "/data/so2-cost-references.csv";

    static PowerCostReferences load() {
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(RESOURCE)) {
            rows.put(row.get("key"), row);
        }
        CSVRecord high = required(rows, "fgd_worked_high_sulfur");
        CSVRecord low = required(rows, "fgd_worked_low_sulfur");
        CSVRecord ule = required(rows, "ule_retrofit");
        int highYear = (int) ClasspathCsv.number(high, "year", RESOURCE);
        int lowYear = (int) ClasspathCsv.number(low, "year", RESOURCE);
        if (highYear != lowYear) {
            throw new IllegalStateException(RESOURCE + ": the two worked FGD values have different years");
        }
        return new PowerCostReferences(ClasspathCsv.number(high, "value", RESOURCE),
                ClasspathCsv.number(high, "inlet_lb_per_mmbtu", RESOURCE),
                ClasspathCsv.number(low, "value", RESOURCE),
                ClasspathCsv.number(low, "inlet_lb_per_mmbtu", RESOURCE), highYear,
                ClasspathCsv.number(ule, "value", RESOURCE));
    }

    /**
     * Wet-FGD cost in USD per tonne at an inlet of {@code inlet} lb SO2/MMBtu: {@code a + b/inlet}
     * through both worked values (a fixed annual cost spread over tonnes proportional to the inlet).
     */
    double fgdUsdPerTonne(double inlet) {
        double b = (fgdLowSulfurUsd - fgdHighSulfurUsd) / (1 / lowInlet - 1 / highInlet);
        double a = fgdHighSulfurUsd - b / highInlet;
        return a + b / inlet;
    }

    private static CSVRecord required(Map<String, CSVRecord> rows, String key) {
        CSVRecord row = rows.get(key);
        if (row == null) {
            throw new IllegalStateException(RESOURCE + " has no row " + key);
        }
        return row;
    }
}
