package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.airshed.market.compensation.CompensationReport;

/** {@code summary.json} of {@code airshed game}: the seed, the version and the {@code compensation} part. */
public final class GameSummaryJson {
    private GameSummaryJson() {
    }

    public static String of(CompensationReport report, long seed, String version) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("seed", seed);
        root.put("version", version);
        root.set("compensation", CompensationJson.of(report));
        return SummaryJson.text(root);
    }
}
