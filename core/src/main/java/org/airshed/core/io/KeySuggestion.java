package org.airshed.core.io;

import java.util.List;

/** Suggests the allowed key a typo was meant to be ("baselin" → "baseline"). */
final class KeySuggestion {
    /** At most this many edits, and fewer for short keys, where two edits reach anything. */
    private static final int MAX_EDITS = 2;

    private KeySuggestion() {
    }

    /** {@code " (did you mean baseline?)"}, or "" when no allowed key is close. */
    static String didYouMean(String key, List<String> allowed) {
        String best = null;
        int bestDistance = Math.min(MAX_EDITS, Math.max(1, key.length() / 3)) + 1;
        for (String candidate : allowed) {
            int d = candidate.equalsIgnoreCase(key) ? 0 : distance(key, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
