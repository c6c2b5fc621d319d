package org.airshed.scenarios.library;

import java.io.IOException;
import java.nio.file.Path;
import org.airshed.core.io.AtomicFiles;

/**
 * The bundled {@code yrd-so2-compensation}: the {@code yrd-so2} scenario with a compensation
 * section that compares every rule on the duties baseline (each province meets its 2011–2015
 * SO2 duty alone vs. the four together within Shanghai's limit). Generated, like yrd-so2, so the
 * two cannot drift apart.
 */
public final class YrdCompensationScenario {
    public static final String NAME = "yrd-so2-compensation";
    static final String COMPENSATION = """
            {"baseline": "duties",
             "rules": ["beneficiary-pays", "polluter-pays", "chander-tulkens", "shapley", "nucleolus",
                       "nash-bargaining", "proportional-emissions", "proportional-population", "proportional-gdp",
                       "proportional-damage", "concentration-shandong", "concentration-shanxi"],
             "concentrationRules": {
               "shandong": {"preset": "shandong-2017", "pollutant": "PM2.5"},
               "shanxi": {"preset": "shanxi"}}}
            """;
    private static final String NOTE = "\n\nCOMPENSATION (this variant): the duties baseline compares each province "
            + "meeting its stand-alone duty (policy.duties) with the four meeting the same total jointly at least "
            + "cost without making Shanghai's air worse than the limit allows (or than the duties leave it, where "
            + "they already exceed the limit, as here by 0.0087 ug/m3 since the limit is floored to two decimals); "
            + "every rule of docs/DOMAIN.md section 4 is applied to that game. The per-concentration rules use "
            + "Shandong's 2017 rate (800,000 yuan per ug/m3, PM2.5 weight 0.6, since the modelled concentration is "
            + "sulphate PM2.5) and Shanxi's schedule (100,000 yuan per ug/m3 up to 5, 200,000 above), applied here "
            + "to provinces as an ILLUSTRATIVE transfer of city-level practice.";

    private YrdCompensationScenario() {
    }

    /** The canonical JSON, exactly as the bundled file holds it. */
    public static String json() {
        return YrdVariant.json(NAME, NOTE, "compensation", COMPENSATION);
    }

    /** Writes the scenario: {@code YrdCompensationScenario OUTPUT.json}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        AtomicFiles.writeString(out, json());
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
