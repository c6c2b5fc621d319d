package org.airshed.core.model;

import java.util.OptionalDouble;

/**
 * A region (province, city) that holds sources and is a receptor of concentrations.
 *
 * @param damagePerConcentration δ: money per concentration unit per year (≥ 0)
 * @param background             concentration from outside the scenario (≥ 0)
 * @param transactionCost        money the region spends to join cooperation (≥ 0)
 * @param population             persons, when known (used by weighting rules)
 * @param gdp                    money per year, when known (used by weighting rules)
 */
public record Region(String id, String name, OptionalDouble population, OptionalDouble gdp,
                     double damagePerConcentration, double background, double transactionCost) {
    public Region {
        Checks c = new Checks().notBlank("id", id).name("id", id);
        if (name == null || name.isBlank()) {
            name = id;
        }
        population = population == null ? OptionalDouble.empty() : population;
        gdp = gdp == null ? OptionalDouble.empty() : gdp;
        if (population.isPresent()) {
            c.finiteNonNegative("population", population.getAsDouble());
        }
        if (gdp.isPresent()) {
            c.finiteNonNegative("gdp", gdp.getAsDouble());
        }
        c.finiteNonNegative("damagePerConcentration", damagePerConcentration)
                .finiteNonNegative("background", background)
                .finiteNonNegative("transactionCost", transactionCost)
                .throwIfAny();
    }

    /** A region with only an id and defaults elsewhere (tests, generated scenarios). */
    public static Region of(String id) {
        return new Region(id, id, OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0);
    }
}
