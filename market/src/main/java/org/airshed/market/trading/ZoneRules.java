package org.airshed.market.trading;

import java.util.Arrays;

/**
 * Trading zones and the directions permits may flow between them. Trading within a zone is
 * always allowed; {@code allowed[z][z']} says whether permits may flow from zone z to zone z'
 * (sources in z' may buy from sources in z). Flows may pass through intermediate zones.
 *
 * @param zoneOfSource zone index per source (0 … zones−1)
 * @param allowed      zones × zones; the diagonal is always true
 */
public record ZoneRules(int[] zoneOfSource, boolean[][] allowed) {
    /** Zones are enumerated by subsets, so their number is kept small. */
    public static final int MAX_ZONES = 12;
    /** RECLAIM's coastal zone (its Zone 1): buys only from itself. */
    public static final int COASTAL = 0;
    /** RECLAIM's inland zone (its Zone 2): buys from either zone. */
    public static final int INLAND = 1;

    public ZoneRules {
        int zones = allowed.length;
        if (zones < 1 || zones > MAX_ZONES) {
            throw new IllegalArgumentException("zone count must be 1.." + MAX_ZONES + ", got " + zones);
        }
        boolean[][] copy = new boolean[zones][];
        for (int z = 0; z < zones; z++) {
            if (allowed[z].length != zones) {
                throw new IllegalArgumentException("allowed[" + z + "] must have " + zones + " entries, got " + allowed[z].length);
            }
            copy[z] = allowed[z].clone();
            copy[z][z] = true;
        }
        allowed = copy;
        zoneOfSource = zoneOfSource.clone();
        for (int i = 0; i < zoneOfSource.length; i++) {
            if (zoneOfSource[i] < 0 || zoneOfSource[i] >= zones) {
                throw new IllegalArgumentException("zoneOfSource[" + i + "] must be in 0.." + (zones - 1) + ", got "
                        + zoneOfSource[i]);
            }
        }
    }

    /** Every direction allowed: one market in effect. */
    public static ZoneRules unrestricted(int[] zoneOfSource, int zones) {
        boolean[][] all = new boolean[zones][zones];
        for (boolean[] row : all) {
            Arrays.fill(row, true);
        }
        return new ZoneRules(zoneOfSource, all);
    }

    /**
     * RECLAIM's two zones: coastal facilities ({@link #COASTAL}) may buy only from the coastal zone,
     * inland facilities ({@link #INLAND}) from either: permits flow coastal → inland, never back.
     */
    public static ZoneRules reclaim(int[] zoneOfSource) {
        boolean[][] allowed = new boolean[2][2];
        allowed[COASTAL][INLAND] = true;
        return new ZoneRules(zoneOfSource, allowed);
    }

    public int zoneCount() {
        return allowed.length;
    }

    public int zoneOf(int source) {
        return zoneOfSource[source];
    }

    /** Whether permits may flow directly from zone {@code from} to zone {@code to}. */
    public boolean allows(int from, int to) {
        return allowed[from][to];
    }

    @Override
    public int[] zoneOfSource() {
        return zoneOfSource.clone();
    }

    @Override
    public boolean[][] allowed() {
        boolean[][] copy = new boolean[allowed.length][];
        for (int z = 0; z < allowed.length; z++) {
            copy[z] = allowed[z].clone();
        }
        return copy;
    }
}
