package org.airshed.scenarios.library;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * One row of {@code data/provinces.csv} (sources in {@code data/SOURCES.md}).
 *
 * @param so2In2010Kt        SO2 emitted in 2010, kt (China Statistical Yearbook 2011; verified)
 * @param so2In2015Kt        SO2 emitted in 2015, kt (unverified recollection of the 2016 yearbook)
 * @param population         persons, 2020 census
 * @param gdpCny             GDP 2020, CNY
 * @param coalPowerMw        thermal (coal) power capacity 2020, MW
 * @param pm25ValueCny       value of a 1 µg/m³ cut in annual PM2.5, CNY per year (derived, not published)
 */
record Province(String id, String name, double so2In2010Kt, double so2In2015Kt, double population,
                double gdpCny, double coalPowerMw, double pm25ValueCny) {

    static final String RESOURCE = "/data/provinces.csv";

    /** Every province in the file, keyed by id, in file order. */
    static Map<String, Province> load() {
        Map<String, Province> provinces = new LinkedHashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(RESOURCE)) {
            Province p = new Province(row.get("id"), row.get("name"),
                    ClasspathCsv.number(row, "so2_2010_kt", RESOURCE),
                    ClasspathCsv.number(row, "so2_2015_kt", RESOURCE),
                    ClasspathCsv.number(row, "population_2020", RESOURCE),
                    ClasspathCsv.number(row, "gdp_2020_cny", RESOURCE),
                    ClasspathCsv.number(row, "coal_power_mw_2020", RESOURCE),
                    ClasspathCsv.number(row, "pm25_value_per_ugm3_cny_per_year", RESOURCE));
            provinces.put(p.id(), p);
        }
        return provinces;
    }

    /** SO2 emitted in 2010, tonnes. */
    double so2In2010Tonnes() {
        return so2In2010Kt * 1000;
    }
}
