package org.airshed.scenarios.library.pm25;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airshed.core.io.CanonicalJson;

/**
 * The bundled {@code us-arp-2020-discrete}: {@code us-arp-2020} solved in discrete mode, each CAMPD
 * unit taking one of the measures its installed controls leave it (a scrubber, an SCR, or both as one
 * retrofit) or none, whole, at the EPA equations' annual cost. Nothing else changes.
 *
 * <p>Regenerate the bundled file from the repository root:
 * <pre>
 * ./mvnw -q -B package -DskipTests -pl scenarios -am
 * java -cp scenarios/target/airshed.jar org.airshed.scenarios.library.pm25.UsArp2020DiscreteScenario \
 *     scenarios/src/main/resources/scenarios/us-arp-2020-discrete.json
 * </pre>
 */
public final class UsArp2020DiscreteScenario {
    public static final String NAME = "us-arp-2020-discrete";
    public static final String RESOURCE = "/scenarios/us-arp-2020-discrete.json";
    private static final String NOTE = "\n\nDISCRETE (this variant): every unit takes one of its measures whole, or"
            + " none (discrete mode), at the same EPA annual costs; the allocation part is the continuous relaxation"
            + " (shares of measures), the bound. The caps are the same.";

    private UsArp2020DiscreteScenario() {
    }

    /** The scenario tree: {@code us-arp-2020}'s, renamed, in discrete mode. */
    public static ObjectNode tree() {
        ObjectNode tree = UsArp2020Generator.tree();
        tree.put("name", NAME);
        tree.put("description", tree.get("description").asText() + NOTE);
        tree.put("mode", "discrete");
        return tree;
    }

    /** The canonical JSON text, exactly as the bundled file holds it. */
    public static String json() {
        return CanonicalJson.print(tree());
    }

    /** Writes the scenario: {@code UsArp2020DiscreteScenario OUTPUT.json}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: UsArp2020DiscreteScenario OUTPUT.json");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.writeString(out, json(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
