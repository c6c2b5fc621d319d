package org.airshed.market.game;

import java.util.Arrays;

/**
 * The least core of a game: {@code epsilon} = ε*, the least ε with which some budget-balanced
 * payoff leaves every coalition S ∉ {∅, N} an excess v(S) − x(S) ≤ ε (money; ≤ 0 exactly when the
 * core is non-empty, positive by how much the most aggrieved coalition is short when it is empty),
 * and {@code payoff}, one such x indexed by player (money each player gets).
 */
public record LeastCoreResult(double epsilon, double[] payoff) {
    public LeastCoreResult {
        if (!Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("the least-core value must be finite; got " + epsilon);
        }
        payoff = payoff.clone();
    }

    @Override
    public double[] payoff() {
        return payoff.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LeastCoreResult that && Double.compare(epsilon, that.epsilon) == 0
                && Arrays.equals(payoff, that.payoff);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(epsilon) + Arrays.hashCode(payoff);
    }

    @Override
    public String toString() {
        return "LeastCoreResult[epsilon=" + epsilon + ", payoff=" + Arrays.toString(payoff) + "]";
    }
}
