package org.airshed.market.study;

import java.util.List;
import org.airshed.core.util.Keyed;
import org.airshed.core.util.Keys;

/** How permits change hands after the initial allocation ({@code $.market.mechanism}). */
public enum Mechanism implements Keyed {
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

    @Override
    public String key() {
        return key;
    }

    public static Mechanism fromKey(String key) {
        return Keys.lookup(values(), key);
    }

    public static List<String> keys() {
        return Keys.of(values());
    }
}
