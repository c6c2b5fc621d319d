package org.airshed.scenarios.library;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * SO2 measures of the EPA CoST point-source database v5.3 that carry a published cost per ton
 * ({@code CoST_CM_DB_Point_v.5.3_Eff.csv}, names from {@code ..._Summary.csv}), plus control
 * efficiencies of the power-sector (ptipm, 2016-03-29) measures. Measures priced only by
 * engineering equations (no CostPerTon) are left out: the scenario has no stack data for them.
 */
final class CostMeasureCatalog {
    static final String EFFICIENCIES = "/data/epa-cost-measures/CoST_CM_DB_Point_v.5.3_Eff.csv";
    static final String SUMMARY = "/data/epa-cost-measures/CoST_CM_DB_Point_v.5.3_Summary.csv";
    static final String POWER_EFFICIENCIES = "/data/epa-cost-measures/ptipm_20160329_efficiencies.csv";

    private final Map<String, ControlMeasure> measures;
    private final Map<String, Double> powerEfficiencies;

    private CostMeasureCatalog(Map<String, ControlMeasure> measures, Map<String, Double> powerEfficiencies) {
        this.measures = measures;
        this.powerEfficiencies = powerEfficiencies;
    }

    static CostMeasureCatalog load() {
        Map<String, String> names = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(SUMMARY)) {
            names.put(row.get("CMAbbreviation"), row.get("CMName"));
        }
        Map<String, ControlMeasure> measures = new LinkedHashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(EFFICIENCIES)) {
            String cost = row.get("CostPerTon").trim();
            if (!"SO2".equals(row.get("Pollutant")) || cost.isEmpty() || Double.parseDouble(cost) <= 0) {
                continue;
            }
            String abbreviation = row.get("CMAbbreviation");
            ControlMeasure measure = new ControlMeasure(abbreviation, names.getOrDefault(abbreviation, abbreviation),
                    efficiency(row.get("ControlEfficiency"), EFFICIENCIES, row),
                    (int) ClasspathCsv.number(row, "CostYear", EFFICIENCIES),
                    ClasspathCsv.number(row, "CostPerTon", EFFICIENCIES));
            if (measures.putIfAbsent(abbreviation, measure) != null) {
                throw new IllegalStateException(EFFICIENCIES + ": several SO2 rows for " + abbreviation
                        + "; the generator expects one");
            }
        }
        Map<String, Double> power = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(POWER_EFFICIENCIES)) {
            if ("SO2".equals(row.get("pollutant"))) {
                power.put(row.get("cmabbreviation"), efficiency(row.get("controlefficiency"), POWER_EFFICIENCIES, row));
            }
        }
        return new CostMeasureCatalog(Collections.unmodifiableMap(measures), Collections.unmodifiableMap(power));
    }

    /** The priced SO2 measure with this abbreviation. */
    ControlMeasure measure(String abbreviation) {
        ControlMeasure m = measures.get(abbreviation);
        if (m == null) {
            throw new IllegalArgumentException("no priced SO2 measure " + abbreviation + " in " + EFFICIENCIES);
        }
        return m;
    }

    /** SO2 control efficiency (fraction) of a ptipm power-sector measure. */
    double powerEfficiency(String abbreviation) {
        Double e = powerEfficiencies.get(abbreviation);
        if (e == null) {
            throw new IllegalArgumentException("no SO2 efficiency for " + abbreviation + " in " + POWER_EFFICIENCIES);
        }
        return e;
    }

    /** CoST writes efficiencies both as "90" and as "90.00%": either way, percent. */
    private static double efficiency(String text, String resource, CSVRecord row) {
        String t = text.trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Double.parseDouble(t) / 100;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + " line " + row.getRecordNumber()
                    + ": control efficiency is not a number: '" + text + "'", e);
        }
    }
}
