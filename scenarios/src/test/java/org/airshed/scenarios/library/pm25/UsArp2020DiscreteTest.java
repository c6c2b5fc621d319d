package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@code us-arp-2020-discrete} is {@code us-arp-2020} in discrete mode, and nothing else. */
class UsArp2020DiscreteTest {
    @Test
    void regeneratingGivesTheBundledFileByteForByte() {
        // Fails when the file and its generator drift apart: regenerate with the command in
        // UsArp2020DiscreteScenario's Javadoc and review the diff.
        assertEquals(Bundled.text(UsArp2020DiscreteScenario.RESOURCE), UsArp2020DiscreteScenario.json());
    }

    @Test
    void onlyTheNameTheModeAndTheDescriptionDiffer() {
        ObjectNode discrete = (ObjectNode) Bundled.tree(UsArp2020DiscreteScenario.RESOURCE).deepCopy();
        ObjectNode base = (ObjectNode) Bundled.tree(UsArp2020Generator.RESOURCE).deepCopy();
        assertEquals("discrete", discrete.get("mode").asText());
        for (ObjectNode tree : new ObjectNode[] {discrete, base}) {
            tree.remove("name");
            tree.remove("mode");
            tree.remove("description");
        }
        assertEquals(base, discrete);
    }
}
