package org.airshed.market.compensation;

import java.util.List;

/** What cooperation is compared with (DOMAIN.md §4). */
public enum Baseline {
    /** Each region minimises its own abatement cost plus its own damages; coalitions by the γ-function. */
    NASH("nash"),
    /** Each region meets its stand-alone duty alone; a coalition meets the sum of its members' duties. */
    DUTIES("duties");

    private final String key;

    Baseline(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Baseline fromKey(String key) {
        for (Baseline b : values()) {
            if (b.key.equals(key)) {
                return b;
            }
        }
        return null;
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(Baseline::key).toList();
    }
}
