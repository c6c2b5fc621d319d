package org.airshed.scenarios.sweep;

import java.util.List;
import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/** What a parameter's value does to the fields it names. */
public enum TargetOp implements Keyed {
    /** The field becomes the value (numbers or names). */
    SET("set"),
    /** The field is multiplied by the value (0.9 = 10 % less); it must be a number in the scenario. */
    SCALE("scale"),
    /** The value is added to the field (absent counts as 0). */
    ADD("add"),
    /**
     * For {@code $.policy.cap} only: the reduction the cap asks for (total baseline emissions minus
     * the cap) is multiplied by the value, so that 1.2 asks for 20 % more abatement. Paired with
     * {@code scale} on {@code $.policy.duties.*} it tightens the cap and every duty together.
     */
    SCALE_CUT("scale-cut");

    private final String key;

    TargetOp(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static List<String> keys() {
        return Keys.of(values());
    }

    /** The operation of that name, or null. */
    public static TargetOp of(String key) {
        return Keys.lookup(values(), key);
    }
}
