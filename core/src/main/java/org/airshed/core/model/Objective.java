package org.airshed.core.model;

/** What the allocation minimises. */
public enum Objective {
    /** Total abatement cost, subject to the policy. */
    COST("cost"),
    /** Total abatement cost plus damages Σ_j δ_j z_j, subject to the policy if one is given. */
    WELFARE("welfare");

    private final String key;

    Objective(String key) {
        this.key = key;
    }

    /** The name used in scenario and result files. */
    public String key() {
        return key;
    }

    /** Parses a file name ({@code cost}, {@code welfare}); null when unknown. */
    public static Objective fromKey(String key) {
        for (Objective o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        return null;
    }
}
