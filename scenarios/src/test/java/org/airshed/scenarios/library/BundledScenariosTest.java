package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.airshed.core.io.ScenarioReader;
import org.airshed.scenarios.run.Sections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BundledScenariosTest {
    @Test
    void indexListsTheBundledScenariosOnePerLine() {
        assertEquals(List.of("textbook", "yrd-so2", "yrd-so2-compensation", "yrd-so2-market", "yrd-so2-discrete", "yrd-pm25",
                "yrd-pm25-market", "us-arp-2020", "us-arp-2020-discrete"), BundledText.of("/scenarios/index.txt").lines().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"textbook", "yrd-so2", "yrd-so2-compensation", "yrd-pm25", "yrd-pm25-market", "us-arp-2020",
            "us-arp-2020-discrete"})
    void bundledScenarioValidatesWithoutProblems(String name) {
        String json = BundledText.of("/scenarios/" + name + ".json");
        assertEquals(List.of(), ScenarioReader.validate(name + ".json", json, null, Sections.readers()));
        assertEquals(name, ScenarioLibrary.bundled().read(name).name());
    }
}
