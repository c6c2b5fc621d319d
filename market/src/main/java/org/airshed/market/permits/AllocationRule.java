package org.airshed.market.permits;

import java.util.List;
import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/**
 * How the cap's permits are handed out before trading (docs/FORMAT.md, {@code $.market.allocation}).
 * Rules that weight regions split a region's share among its sources by baseline.
 */
public enum AllocationRule implements Keyed {
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

    @Override
    public String key() {
        return key;
    }

    /** The rule named {@code key}, or null. */
    public static AllocationRule fromKey(String key) {
        return Keys.lookup(values(), key);
    }

    public static List<String> keys() {
        return Keys.of(values());
    }
}
