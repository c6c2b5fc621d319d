package org.airshed.scenarios.library;

/**
 * An SO2 control measure of the U.S. EPA Control Strategy Tool (CoST) database, as published.
 *
 * @param abbreviation    CoST measure abbreviation (CMAbbreviation), e.g. {@code SFGDICB}
 * @param name            CoST measure name (CMName)
 * @param efficiency      control efficiency, a fraction in (0, 1]
 * @param costYear        dollar year of {@code usdPerShortTon}
 * @param usdPerShortTon  average annualised cost, USD of {@code costYear} per short ton removed
 */
record ControlMeasure(String abbreviation, String name, double efficiency, int costYear, double usdPerShortTon) {
    ControlMeasure {
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("control efficiency of " + abbreviation
                    + " must be in (0, 1], got " + efficiency);
        }
        if (!(usdPerShortTon > 0)) {
            throw new IllegalArgumentException("cost per ton of " + abbreviation + " must be > 0, got "
                    + usdPerShortTon);
        }
    }
}
