package org.airshed.core.discrete.domain;

import java.util.Arrays;

/**
 * A planning value: one option of one source with its contributions in the fixed-point units of
 * {@link org.airshed.core.discrete.ScaledProblem}. Immutable; equal when source and option are.
 */
public final class OptionValue {
    private final int source;
    private final int option;
    private final long capUnits;
    private final long costUnits;
    private final long[] receptorUnits;

    public OptionValue(int source, int option, long capUnits, long costUnits, long[] receptorUnits) {
        this.source = source;
        this.option = option;
        this.capUnits = capUnits;
        this.costUnits = costUnits;
        this.receptorUnits = receptorUnits.clone();
    }

    public int source() {
        return source;
    }

    /** Option index within its source (0 = no control). */
    public int option() {
        return option;
    }

    /** Contribution to the cap row (0 when the problem has no cap). */
    public long capUnits() {
        return capUnits;
    }

    public long costUnits() {
        return costUnits;
    }

    public long receptorUnits(int k) {
        return receptorUnits[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptionValue other && other.source == source && other.option == option;
    }

    @Override
    public int hashCode() {
        return 31 * source + option;
    }

    @Override
    public String toString() {
        return "S" + source + "/o" + option + "[cap=" + capUnits + ", cost=" + costUnits
                + ", receptors=" + Arrays.toString(receptorUnits) + "]";
    }
}
