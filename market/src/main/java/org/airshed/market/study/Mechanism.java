package org.airshed.market.study;

import java.util.Arrays;
import java.util.List;

/** How permits change hands after the initial allocation ({@code $.market.mechanism}). */
public enum Mechanism {
    /** Competitive equilibrium implied by the cost curves (Montgomery; Stavins with a transaction cost). */
    EQUILIBRIUM("equilibrium"),
    /** A uniform-price sealed-bid auction of the permits not given away (RGGI rules). */
    UNIFORM_PRICE_AUCTION("uniform-price-auction"),
    /** A continuous double auction (price–time priority) among the holders of free permits. */
    DOUBLE_AUCTION("double-auction");

    private final String key;

    Mechanism(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Mechanism fromKey(String key) {
        for (Mechanism m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Mechanism::key).toList();
    }
}
