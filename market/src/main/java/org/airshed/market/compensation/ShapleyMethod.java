package org.airshed.market.compensation;

/** How the Shapley value is computed: over all 2ⁿ coalitions, or over seeded random orders. */
public enum ShapleyMethod {
    /** Exact up to {@link CompensationSpec#EXACT_SHAPLEY_MAX_PLAYERS} players, sampled above. */
    AUTO("auto"), EXACT("exact"), SAMPLED("sampled");

    private final String key;

    ShapleyMethod(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ShapleyMethod fromKey(String key) {
        for (ShapleyMethod m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
