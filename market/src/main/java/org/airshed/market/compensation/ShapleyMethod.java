package org.airshed.market.compensation;

import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/** How the Shapley value is computed: over all 2ⁿ coalitions, or over seeded random orders. */
public enum ShapleyMethod implements Keyed {
    /** Exact up to {@link CompensationSpec#EXACT_SHAPLEY_MAX_PLAYERS} players, sampled above. */
    AUTO("auto"), EXACT("exact"), SAMPLED("sampled");

    private final String key;

    ShapleyMethod(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static ShapleyMethod fromKey(String key) {
        return Keys.lookup(values(), key);
    }
}
