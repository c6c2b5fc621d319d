package org.airshed.market.orderbook;

import java.util.List;

/** What a submit did: its code and the fills it caused, in execution order (empty when rejected). */
public record SubmitResult(ResultCode code, List<Fill> fills) {
    private static final SubmitResult[] WITHOUT_FILLS = new SubmitResult[ResultCode.values().length];

    static {
        for (ResultCode code : ResultCode.values()) {
            WITHOUT_FILLS[code.ordinal()] = new SubmitResult(code, List.of());
        }
    }

    public SubmitResult {
        if (code == null) {
            throw new IllegalArgumentException("code is required");
        }
        fills = List.copyOf(fills);
    }

    /** The shared result with no fills for {@code code}: a resting or rejected order allocates nothing. */
    public static SubmitResult of(ResultCode code) {
        return WITHOUT_FILLS[code.ordinal()];
    }

    /** Quantity ticks executed. */
    public long filledQuantity() {
        long total = 0;
        for (Fill fill : fills) {
            total += fill.quantity();
        }
        return total;
    }
}
