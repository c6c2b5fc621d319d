package org.airshed.core.model;

/**
 * A control technology a source may install (scrubber, SCR, fuel switch): one per source, taken
 * whole. "No control" is always allowed at zero cost and is not listed.
 *
 * @param removal    fraction of the source's baseline it removes, in (0, 1]
 * @param annualCost annualised cost, fixed part included (money per year, ≥ 0)
 */
public record TechnologyOption(String name, double removal, double annualCost) {
    /** The implicit option of installing nothing. */
    public static final String NO_CONTROL = "none";

    public TechnologyOption {
        new Checks().notBlank("name", name).name("name", name)
                .require(name == null || !NO_CONTROL.equalsIgnoreCase(name.strip()), "name", name,
                        "is reserved for no control, which is always allowed")
                .require(removal > 0 && removal <= 1, "removal", removal, "must be a fraction in (0, 1]")
                .finiteNonNegative("annualCost", annualCost).throwIfAny();
    }
}
