package org.airshed.core.discrete;

/** Outcome of a discrete solve. */
public enum DiscreteStatus {
    /** A choice proven optimal: no choice is cheaper (within the proof's tolerance); bound = cost, gap 0. */
    OPTIMAL("optimal"),
    /** A feasible choice, not proven optimal within the limits; its gap to the best proven bound is reported. */
    FEASIBLE("feasible"),
    /** Not even every source's strongest option meets the requirements; the reasons say which. */
    INFEASIBLE("infeasible");

    private final String key;

    DiscreteStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
