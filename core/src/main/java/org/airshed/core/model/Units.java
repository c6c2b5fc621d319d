package org.airshed.core.model;

/**
 * Units of a scenario: every quantity in one file uses them. Airshed never converts; it only
 * echoes them in results. Defaults: tonnes, yuan, µg/m³.
 */
public record Units(String mass, String money, String concentration) {
    public static final Units DEFAULT = new Units("t", "CNY", "ug/m3");

    public Units {
        new Checks().notBlank("mass", mass).notBlank("money", money)
                .notBlank("concentration", concentration).throwIfAny();
    }
}
