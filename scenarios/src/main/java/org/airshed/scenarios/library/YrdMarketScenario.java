package org.airshed.scenarios.library;

import java.io.IOException;
import java.nio.file.Path;
import org.airshed.core.io.AtomicFiles;

/**
 * The bundled {@code yrd-so2-market}: the {@code yrd-so2} sources trading SO2 permits under the
 * total cap, grandfathered, with a transaction cost of 500 CNY/t (about 5 % of the price, the
 * order of brokerage and approval costs in China's pilot emission-trading schemes, ILLUSTRATIVE).
 * Generated from yrd-so2 so the two cannot drift apart.
 */
public final class YrdMarketScenario {
    public static final String NAME = "yrd-so2-market";
    static final String MARKET = """
            {"allocation": "grandfathering", "mechanism": "equilibrium", "transactionCost": 500,
             "pollutant": "SO2", "vintage": 2015}
            """;
    private static final String NOTE = "\n\nMARKET (this variant): the 298 sources trade SO2 permits for 2015 under "
            + "the total cap, grandfathered in proportion to 2010 emissions, at a transaction cost of 500 CNY/t "
            + "paid by buyers (ILLUSTRATIVE, about 5 % of the permit price). One-for-one trading ignores the "
            + "receptor limits, which is why the market's price differs from the allocation's cap price; set "
            + "\"ambient\": true to trade with offset ratios instead.";

    private YrdMarketScenario() {
    }

    /** The canonical JSON, exactly as the bundled file holds it. */
    public static String json() {
        return YrdVariant.json(NAME, NOTE, "market", MARKET);
    }

    /** Writes the scenario: {@code YrdMarketScenario OUTPUT.json}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        AtomicFiles.writeString(out, json());
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
