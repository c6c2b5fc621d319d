package org.airshed.scenarios.library.pm25;

/**
 * One row of the EPA Control Strategy Tool point-source database v5.3 that carries a published
 * average cost per ton ({@code CoST_CM_DB_Point_v.5.3_Eff.csv}).
 *
 * @param abbreviation   CoST measure abbreviation (CMAbbreviation)
 * @param name           CoST measure name (CMName, from {@code _Summary.csv})
 * @param pollutant      the pollutant as this project names it: SO2, NOx or PM2.5
 * @param efficiency     control efficiency, a fraction in (0, 1]
 * @param costYear       dollar year of {@code usdPerShortTon}
 * @param usdPerShortTon average annualised cost, USD of {@code costYear} per short ton removed
 * @param sizeClass      "" when the row applies to every source, else the CoST size rule, e.g.
 *                       "at least 365 short tons a year"
 */
record PerTonMeasure(String abbreviation, String name, String pollutant, double efficiency, int costYear,
                     double usdPerShortTon, String sizeClass) {
    PerTonMeasure {
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("control efficiency of " + abbreviation + " must be in (0, 1], got "
                    + efficiency);
        }
        if (!(usdPerShortTon > 0)) {
            throw new IllegalArgumentException("cost per ton of " + abbreviation + " must be > 0, got "
                    + usdPerShortTon);
        }
    }
}
