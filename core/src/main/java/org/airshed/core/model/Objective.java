package org.airshed.core.model;

import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/** What the allocation minimises. */
public enum Objective implements Keyed {
    /** Total abatement cost, subject to the policy. */
    COST("cost"),
    /** Total abatement cost plus damages Σ_j δ_j z_j, subject to the policy if one is given. */
    WELFARE("welfare");

    private final String key;

    Objective(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses a file name ({@code cost}, {@code welfare}); null when unknown. */
    public static Objective fromKey(String key) {
        return Keys.lookup(values(), key);
    }
}
