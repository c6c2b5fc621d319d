package org.airshed.scenarios.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.Scenario;

/** A bundled variant of {@code yrd-so2}: the generated scenario renamed, with one section added. */
final class YrdVariant {
    private YrdVariant() {
    }

    /** The canonical JSON of yrd-so2 named {@code name}, its description extended by {@code note}. */
    static String json(String name, String note, String sectionKey, String sectionJson) {
        Scenario base = YrdScenarioGenerator.generate();
        Scenario scenario = new Scenario(name, base.description() + note, base.seed(), base.units(), base.objective(),
                base.regions(), base.transfer(), base.sources(), base.policy());
        try {
            return ScenarioWriter.toJson(new ScenarioDocument(scenario,
                    Map.of(sectionKey, new ObjectMapper().readTree(sectionJson)), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
