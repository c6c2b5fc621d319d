package org.airshed.market.game;

import java.util.Locale;
import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/**
 * How a list of coalition values is ordered in a file (docs/FORMAT.md, "Games given directly").
 * Mixing the two is the classic bug of game code, so every file names its order.
 * <ul>
 *   <li>{@link #LEX}: by size, then lexicographically by member positions:
 *       v1, v2, v3, v12, v13, v23, v123.</li>
 *   <li>{@link #BINARY}: entry b − 1 is the coalition whose bitmask is b, player 1 the lowest bit:
 *       v1, v2, v12, v3, v13, v23, v123.</li>
 * </ul>
 */
public enum CoalitionOrder implements Keyed {
    LEX("lex"), BINARY("binary");

    private final String key;

    CoalitionOrder(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The order named {@code key} in a file, or null. */
    public static CoalitionOrder fromKey(String key) {
        return Keys.lookup(values(), key.toLowerCase(Locale.ROOT));
    }

    /** Entry k of a list in this order is the coalition with bitmask {@code masks(n)[k]} (2ⁿ − 1 entries). */
    public int[] masks(int players) {
        Game.checkPlayerCount(players);
        int count = (1 << players) - 1;
        int[] masks = new int[count];
        if (this == BINARY) {
            for (int k = 0; k < count; k++) {
                masks[k] = k + 1;
            }
            return masks;
        }
        int k = 0;
        for (int size = 1; size <= players; size++) {
            k = lexOfSize(players, size, masks, k);
        }
        return masks;
    }

    /** Appends the coalitions of one size in lexicographic order of their sorted members. */
    private static int lexOfSize(int players, int size, int[] masks, int k) {
        int[] members = new int[size];
        for (int i = 0; i < size; i++) {
            members[i] = i;
        }
        while (true) {
            int mask = 0;
            for (int m : members) {
                mask |= 1 << m;
            }
            masks[k++] = mask;
            int i = size - 1;
            while (i >= 0 && members[i] == players - size + i) {
                i--;
            }
            if (i < 0) {
                return k;
            }
            members[i]++;
            for (int j = i + 1; j < size; j++) {
                members[j] = members[j - 1] + 1;
            }
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
