package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** A resolved scenario's many sources printed one by one give the bytes of the whole tree printed (the reference). */
class LongSourcesPrintTest {
    @Test
    void seededScenariosPrintTheSameBytesAsTheirWholeTree() {
        SplittableRandom random = new SplittableRandom(20261207);
        for (int instance = 0; instance < 40; instance++) {
            int count = instance < 10 ? 95 + instance : 1 + random.nextInt(3000);
            String json = """
                    {"name": "p", "regions": [{"id": "SH", "background": 1}, {"id": "JS"}],
                     "transfer": {"SH": {"SH": 0.001}}, "sources": %s, "policy": {"cap": 5}}
                    """.formatted(StreamedSourcesTest.randomSources(random, count));
            Scenario scenario = ScenarioReader.read("p.json", json, null);
            Map<String, JsonNode> sections = new LinkedHashMap<>();
            sections.put("mode", TextNode.valueOf("continuous"));
            ObjectNode market = JsonNodeFactory.instance.objectNode().put("periods", 3);
            sections.put("market", market);
            ObjectNode reference = ScenarioWriter.tree(scenario);
            sections.forEach(reference::set);
            assertEquals(CanonicalJson.print(reference),
                    ScenarioWriter.toJson(new ScenarioDocument(scenario, sections, Map.of())), "instance " + instance);
            assertEquals(CanonicalJson.print(ScenarioWriter.tree(scenario)), ScenarioWriter.toJson(scenario),
                    "instance " + instance);
        }
    }

    @Test
    void aShortArrayIsRefused() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.putArray("a");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.print(root, "a", CanonicalJson.LONG_ARRAY, i -> TextNode.valueOf("x")));
        assertEquals("a long array needs more than 100 elements and an empty placeholder at a, got 100 elements"
                + " and []", e.getMessage());
    }
}
