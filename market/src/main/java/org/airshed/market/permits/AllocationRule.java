package org.airshed.market.permits;

import java.util.Arrays;
import java.util.List;

/**
 * How the cap's permits are handed out before trading (FORMAT.md, {@code $.market.allocation}).
 * Rules that weight regions split a region's share among its sources by baseline.
 */
public enum AllocationRule {
    /** In proportion to each source's baseline emissions (historic emissions). */
    GRANDFATHERING("grandfathering"),
    /**
     * Every source cuts the same fraction of its baseline, capped at what it can abate; the
     * fraction rises until the cap is met — the command-and-control duty a market replaces.
     */
    EQUAL_PROPORTIONAL("equal-proportional"),
    /** Regions in proportion to population. */
    PER_CAPITA("per-capita"),
    /** Regions in proportion to GDP. */
    GDP("gdp"),
    /** Regions in proportion to baseline minus their stand-alone duty ({@code policy.duties}). */
    DUTIES("duties"),
    /** Nothing free: every permit is sold at auction. */
    AUCTION("auction");

    private final String key;

    AllocationRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The rule named {@code key}, or null. */
    public static AllocationRule fromKey(String key) {
        for (AllocationRule rule : values()) {
            if (rule.key.equals(key)) {
                return rule;
            }
        }
        return null;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(AllocationRule::key).toList();
    }
}
