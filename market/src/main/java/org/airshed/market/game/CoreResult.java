package org.airshed.market.game;

import java.util.List;

/**
 * How far a payoff vector is from the core: {@code maxExcess} = max over coalitions S ≠ ∅, N of
 * v(S) − x(S), in money units (positive = S would gain that much by leaving), and the smallest
 * bitmask S attaining it. With a single player there is no such S: maxExcess is −∞, mask 0.
 */
public record CoreResult(double maxExcess, int blockingMask) {
    /** The tolerance {@link #blockingMembers(Game)} uses, relative to {@link Game#scale()}. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    public CoreResult {
        if (Double.isNaN(maxExcess) || maxExcess == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("maxExcess must be a number below +∞; got " + maxExcess);
        }
        if (blockingMask < 0) {
            throw new IllegalArgumentException("blockingMask must be ≥ 0; got " + blockingMask);
        }
    }

    /** True when no coalition gains more than {@code tolerance} (money) by leaving. */
    public boolean inCore(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and ≥ 0; got " + tolerance);
        }
        return maxExcess <= tolerance;
    }

    /** Names of the most-blocking coalition's members, or empty when x is in the core within tolerance. */
    public List<String> blockingMembers(Game game, double tolerance) {
        return inCore(tolerance) ? List.of() : game.members(blockingMask);
    }

    /** As {@link #blockingMembers(Game, double)} with tolerance {@link #RELATIVE_TOLERANCE} × scale. */
    public List<String> blockingMembers(Game game) {
        return blockingMembers(game, RELATIVE_TOLERANCE * game.scale());
    }
}
