package org.airshed.core.discrete;

/** Outcome of a discrete solve. */
public enum DiscreteStatus {
    /** A feasible choice was found; its gap to the hull bound is reported. */
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
