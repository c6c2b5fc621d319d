package org.airshed.market.game;

import java.util.Arrays;

/** The nucleolus of a game, or why it has none. */
public sealed interface NucleolusResult {

    /**
     * The nucleolus: {@code payoff[i]} is the money player i gets (Σ = v(N), each ≥ v({i}));
     * {@code stages} is the number of sequential LPs solved; {@code kohlbergVerified} is true when
     * the Kohlberg criterion was checked and holds (it is checked up to
     * {@link Nucleolus#KOHLBERG_MAX_PLAYERS} players; false above, or if it failed, which is a bug).
     */
    record Defined(double[] payoff, int stages, boolean kohlbergVerified) implements NucleolusResult {
        public Defined {
            if (stages < 0) {
                throw new IllegalArgumentException("the number of stages must be ≥ 0; got " + stages);
            }
            payoff = payoff.clone();
        }

        @Override
        public double[] payoff() {
            return payoff.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Defined that && stages == that.stages
                    && kohlbergVerified == that.kohlbergVerified && Arrays.equals(payoff, that.payoff);
        }

        @Override
        public int hashCode() {
            return (31 * Arrays.hashCode(payoff) + stages) * 31 + Boolean.hashCode(kohlbergVerified);
        }

        @Override
        public String toString() {
            return "Defined[payoff=" + Arrays.toString(payoff) + ", stages=" + stages + ", kohlbergVerified="
                    + kohlbergVerified + "]";
        }
    }

    /** No nucleolus; {@code reason} says why in plain words. */
    record Undefined(String reason) implements NucleolusResult {
        public Undefined {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an undefined nucleolus needs a reason");
            }
        }
    }
}
