package org.airshed.core.discrete;

/**
 * One control technology a source may install: a scrubber, SCR, a fuel switch. Options of the
 * same source are mutually exclusive; "no control" is implicit and never listed.
 *
 * @param name       the technology's name, unique within its source, not {@value DiscreteProblem#NO_CONTROL}
 * @param removal    fraction of the source's baseline emission removed, in (0, 1]
 * @param annualCost annualised cost including any fixed part (money per year, ≥ 0)
 */
public record ControlOption(String name, double removal, double annualCost) {
    public ControlOption {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("invalid option name: " + (name == null ? "null" : "\"" + name + "\""));
        }
        if (!(removal > 0 && removal <= 1)) {
            throw new IllegalArgumentException("invalid removal of option " + name + ": " + removal
                    + " (must be in (0, 1])");
        }
        if (!(Double.isFinite(annualCost) && annualCost >= 0)) {
            throw new IllegalArgumentException("invalid annual cost of option " + name + ": " + annualCost
                    + " (must be finite and >= 0)");
        }
    }

    public static ControlOption of(String name, double removal, double annualCost) {
        return new ControlOption(name, removal, annualCost);
    }
}
