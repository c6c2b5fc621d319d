package org.airshed.market.compensation;

import java.util.List;
import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/** What cooperation is compared with (docs/DOMAIN.md §4). */
public enum Baseline implements Keyed {
    /** Each region minimises its own abatement cost plus its own damages; coalitions by the γ-function. */
    NASH("nash"),
    /** Each region meets its stand-alone duty alone; a coalition meets the sum of its members' duties. */
    DUTIES("duties");

    private final String key;

    Baseline(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Baseline fromKey(String key) {
        return Keys.lookup(values(), key);
    }

    public static List<String> keys() {
        return Keys.of(values());
    }
}
