package org.airshed.scenarios.library.pm25;

import org.airshed.scenarios.library.ClasspathCsv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The U.S. EPA Clean Air Markets (CAMPD) 2020 files copied under {@code /data/us-campd-2020/}:
 * the unit table (location, unit type, fuel, installed controls) and the facility compliance table
 * (allowances and emissions in short tons, one row per facility and programme).
 */
final class CampdData {
    static final String UNITS = "/data/us-campd-2020/unitData.csv";
    static final String COMPLIANCE = "/data/us-campd-2020/complianceFacilityDataLatestYear.csv";

    /** One unit of {@code unitData.csv}; control lists are the comma-separated entries as published. */
    record Unit(String state, String stateName, String facilityName, String facilityId, String unitId,
                List<String> programmes, String unitType, String primaryFuel, List<String> so2Controls,
                List<String> noxControls, String operatingStatus) {
        /** True when an entry of {@code controls} names {@code control} and is not marked retired. */
        static boolean active(List<String> controls, String control) {
            return controls.stream().anyMatch(c -> c.startsWith(control) && !c.contains("(Retired"));
        }
    }

    /** One facility row of the compliance table for one programme; quantities in short tons. */
    record Facility(String programme, String facilityId, String facilityName, String state, double allocated,
                    double emissions) {
    }

    private CampdData() {
    }

    static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (CSVRecord row : ClasspathCsv.withHeader(UNITS)) {
            units.add(new Unit(row.get("stateCode"), row.get("stateName"), row.get("facilityName"),
                    row.get("facilityId"), row.get("unitId"), list(row.get("programCodeInfo")), row.get("unitType"),
                    row.get("primaryFuelInfo"), list(row.get("so2ControlInfo")), list(row.get("noxControlInfo")),
                    row.get("operatingStatus")));
        }
        return units;
    }

    /** Facility rows of {@code programme} (ARP, CSNOX, …) keyed by facility id, in file order. */
    static Map<String, Facility> facilities(String programme) {
        Map<String, Facility> facilities = new LinkedHashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(COMPLIANCE)) {
            if (!programme.equals(row.get("programCodeInfo"))) {
                continue;
            }
            Facility f = new Facility(programme, row.get("facilityId"), row.get("facilityName"), row.get("stateCode"),
                    ClasspathCsv.numberOr(row, "allocated", COMPLIANCE, 0),
                    ClasspathCsv.numberOr(row, "complianceYearEmissions", COMPLIANCE, 0));
            if (facilities.put(f.facilityId(), f) != null) {
                throw new IllegalStateException(COMPLIANCE + ": facility " + f.facilityId() + " appears twice in "
                        + programme);
            }
        }
        return facilities;
    }

    /** "A, B" → [A, B]; "NA" or blank → []. */
    private static List<String> list(String cell) {
        String text = cell.trim();
        if (text.isEmpty() || "NA".equals(text)) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).toList();
    }
}
