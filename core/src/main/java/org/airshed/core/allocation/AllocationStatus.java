package org.airshed.core.allocation;

/** Outcome of an allocation solve; the file names are those of FORMAT.md. */
public enum AllocationStatus {
    OPTIMAL("optimal"),
    INFEASIBLE("infeasible");

    private final String key;

    AllocationStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
