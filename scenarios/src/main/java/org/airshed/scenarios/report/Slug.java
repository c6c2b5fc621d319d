package org.airshed.scenarios.report;

import java.util.Locale;
import java.util.Set;

/** A name as part of a chart's file name: lower-case letters and digits joined by '-', unique among those taken. */
final class Slug {
    private Slug() {
    }

    static String of(String name, Set<String> taken) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "parameter";
        }
        String unique = slug;
        for (int n = 2; taken.contains(unique); n++) {
            unique = slug + "-" + n;
        }
        taken.add(unique);
        return unique;
    }
}
