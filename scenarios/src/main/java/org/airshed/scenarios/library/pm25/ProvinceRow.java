package org.airshed.scenarios.library.pm25;

import org.airshed.scenarios.library.ClasspathCsv;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * One row of {@code data/provinces.csv} (sources and labels in {@code data/SOURCES.md}).
 *
 * @param so2In2010Kt  SO2 emitted in 2010, kt (China Statistical Yearbook 2011; VERIFIED)
 * @param so2In2015Kt  SO2 emitted in 2015, kt (UNVERIFIED recollection of the 2016 yearbook)
 * @param noxIn2015Kt  NOx emitted in 2015, kt (UNVERIFIED recollection of the 2016 yearbook)
 * @param population   persons, 2020 census (VERIFIED)
 * @param gdpCny       GDP 2020, CNY (VERIFIED)
 * @param coalPowerMw  thermal (coal) power capacity 2020, MW (VERIFIED)
 */
record ProvinceRow(String id, String name, double so2In2010Kt, double so2In2015Kt, double noxIn2015Kt,
                   double population, double gdpCny, double coalPowerMw) {
    static final String RESOURCE = "/data/provinces.csv";

    /** Every province in the file, keyed by id, in file order. */
    static Map<String, ProvinceRow> load() {
        Map<String, ProvinceRow> provinces = new LinkedHashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(RESOURCE)) {
            ProvinceRow p = new ProvinceRow(row.get("id"), row.get("name"),
                    ClasspathCsv.number(row, "so2_2010_kt", RESOURCE), ClasspathCsv.number(row, "so2_2015_kt", RESOURCE),
                    ClasspathCsv.number(row, "nox_2015_kt", RESOURCE), ClasspathCsv.number(row, "population_2020", RESOURCE),
                    ClasspathCsv.number(row, "gdp_2020_cny", RESOURCE), ClasspathCsv.number(row, "coal_power_mw_2020", RESOURCE));
            provinces.put(p.id(), p);
        }
        return provinces;
    }

    double so2In2010Tonnes() {
        return so2In2010Kt * 1000;
    }

    double noxIn2015Tonnes() {
        return noxIn2015Kt * 1000;
    }
}
