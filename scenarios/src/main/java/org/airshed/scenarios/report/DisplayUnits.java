package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The run's units as a reader sees them (summary.json's {@code units}; t, CNY, µg/m³ when
 * absent): "ug/m3" shows as "µg/m³".
 *
 * @param mass          of emissions and abatement
 * @param money         of costs, prices and transfers
 * @param concentration at receptors
 */
record DisplayUnits(String mass, String money, String concentration) {
    static DisplayUnits of(JsonNode units) {
        return new DisplayUnits(units.path("mass").asText("t"), units.path("money").asText("CNY"),
                pretty(units.path("concentration").asText("ug/m3")));
    }

    /** Money per mass unit: "CNY/t". */
    String price() {
        return money + "/" + mass;
    }

    private static String pretty(String unit) {
        return unit.replace("ug/", "µg/").replace("m3", "m³");
    }
}
