package org.airshed.core.allocation;

/** Outcome of an allocation solve; the file names are those of docs/FORMAT.md. */
public enum AllocationStatus {
    OPTIMAL("optimal"),
    INFEASIBLE("infeasible"),
    /** Stopped before the certified gap reached its tolerance; the gap is reported. */
    ITERATION_LIMIT("iteration-limit");

    private final String key;

    AllocationStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
