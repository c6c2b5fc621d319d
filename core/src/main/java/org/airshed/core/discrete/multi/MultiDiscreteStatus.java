package org.airshed.core.discrete.multi;

/** Outcome of a discrete solve with several pollutants (the version-1 keys, and one more). */
public enum MultiDiscreteStatus {
    /** A choice proven optimal: none is cheaper by more than 1e-9 of its cost; bound = cost, gap 0. */
    OPTIMAL("optimal"),
    /** A choice, not proven optimal within the limits; its gap to the proven bound is reported. */
    FEASIBLE("feasible"),
    /** Proven: no choice of one option or none per source meets every cap and limit. */
    INFEASIBLE("infeasible"),
    /** The limits ended the tree before it found any choice meeting every row, or proved that none does. */
    NO_CHOICE_FOUND("no-choice-found");

    private final String key;

    MultiDiscreteStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
