package org.airshed.core.util;

import java.util.Arrays;
import java.util.List;

/** Looks up enum constants by their file names, the one way every named enum of the project does it. */
public final class Keys {
    private Keys() {
    }

    /** The constant among {@code values} whose key is {@code key}; null when none is (or {@code key} is null). */
    public static <E extends Keyed> E lookup(E[] values, String key) {
        for (E value : values) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        return null;
    }

    /** The keys of {@code values}, in declaration order, for "must be one of" messages. */
    public static List<String> of(Keyed[] values) {
        return Arrays.stream(values).map(Keyed::key).toList();
    }
}
