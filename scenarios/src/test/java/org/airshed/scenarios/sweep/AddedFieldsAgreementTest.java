package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.io.SectionInputException;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.JsonPathPattern;
import org.airshed.scenarios.run.Sections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's up-front path check against what a run reads, on every bundled scenario as the base: a path
 * with a value some run accepts is never refused up front, and the other version's shapes (a key of the
 * other version's reader, or a value of the right kind in the other version's place) always are.
 */
class AddedFieldsAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private record Candidate(String path, String values, boolean otherVersion) {
    }

    @Test
    void noPathARunAcceptsIsRefusedAndEveryOtherVersionsShapeIs() throws Exception {
        int refusedOther = 0;
        int accepted = 0;
        for (String name : ScenarioLibrary.bundled().names()) {
            SweepBase read = SweepFixtures.setup(temp, sweep(name, "$.seed", "[1]")).base();
            ObjectNode base = read.tree();
            String fileName = ScenarioLibrary.fileName(name);
            for (Candidate c : candidates(base)) {
                List<JsonNode> values = new ArrayList<>();
                JSON.readTree(c.values()).forEach(values::add);
                Boolean runAccepts = runAccepts(base, fileName, c.path(), values);
                if (runAccepts == null) {
                    continue; // the path names no place in this base: the plan refuses it, as before
                }
                boolean refused;
                try {
                    // SweepSetup.of's checks, on the base read once.
                    SweepPlan plan = SweepPlan.of(SweepReader.read("sweep.json", sweep(name, c.path(), c.values())),
                            "sweep.json", base, fileName);
                    AddedFields.refuseUnacceptable(plan, read, "sweep.json");
                    refused = false;
                } catch (ScenarioInputException e) {
                    refused = true;
                }
                String where = name + ": " + c.path() + " = " + c.values();
                if (runAccepts) {
                    accepted++;
                    assertFalse(refused, where + ": a run accepts it, but the sweep was refused up front");
                }
                if (c.otherVersion()) {
                    assertFalse(runAccepts, where + ": a run accepts the other version's shape");
                    assertTrue(refused, where + ": the other version's shape passed the up-front check");
                    refusedOther++;
                }
            }
        }
        assertTrue(refusedOther >= 25 && accepted >= 100, refusedOther + " refused, " + accepted + " accepted");
    }

    /** Paths of both versions' shapes, and fields either version may add, with values of both kinds. */
    private static List<Candidate> candidates(ObjectNode base) {
        boolean two = base.has("pollutants");
        List<Candidate> candidates = new ArrayList<>();
        String receptor = first(base.path("transfer").fieldNames());
        String region = base.path("regions").path(0).path("id").asText();
        String pollutant = two ? base.path("pollutants").path(0).asText() : "SO2";
        // Version 1's shapes: a region-to-region coefficient, the market's one permit, one cap, a source's baseline.
        for (String path : List.of("$.transfer." + receptor + "." + region, "$.transfer.*." + region,
                "$.market.pollutant", "$.policy.cap", "$.sources[0].baseline", "$.sources[0].quadratic")) {
            candidates.add(new Candidate(path, "[0.5, 1000]", two));
        }
        candidates.add(new Candidate("$.market.pollutant", "[\"" + pollutant + "\"]", two));
        // Version 2's: a coefficient per pollutant, a cap per pollutant, a source's emissions of one.
        for (String path : List.of("$.transfer." + receptor + "." + pollutant, "$.policy.caps." + pollutant,
                "$.sources[0].emissions." + pollutant, "$.policy.caps.*")) {
            candidates.add(new Candidate(path, "[0.5, 1000]", !two));
        }
        // Either version's, present or added: numbers and names, some of them refused for their value only.
        for (String path : List.of("$.discrete.timeLimitSeconds", "$.discrete.nodes", "$.market.transactionCost",
                "$.market.priceFloor", "$.market.priceCeiling", "$.market.vintage", "$.regions[0].transactionCost",
                "$.regions[*].background", "$.regions[0].damagePerConcentration", "$.compensation.samples",
                "$.seed", "$.policy.duties." + region, "$.sources[0].steps[0].unitCost")) {
            candidates.add(new Candidate(path, "[0, 1, 1000]", false));
            candidates.add(new Candidate(path, "[-1]", false));
        }
        for (String path : List.of("$.market.mechanism", "$.market.allocation", "$.objective", "$.mode",
                "$.compensation.baseline")) {
            candidates.add(new Candidate(path, "[\"x\", \"equilibrium\", \"grandfathering\", \"welfare\","
                    + " \"discrete\", \"duties\"]", false));
            candidates.add(new Candidate(path, "[\"x\"]", false));
            candidates.add(new Candidate(path, "[1]", false));
        }
        return candidates;
    }

    /** Whether the scenario reader accepts the base with the path set to some value; null when it names no place. */
    private static Boolean runAccepts(ObjectNode base, String fileName, String path, List<JsonNode> values) {
        for (JsonNode value : values) {
            ObjectNode variant = base.deepCopy();
            List<JsonPathPattern.Slot> slots;
            try {
                slots = JsonPathPattern.parse(path).select(variant);
            } catch (IllegalArgumentException e) {
                return null;
            }
            slots.forEach(s -> s.set(value.isNumber() ? SweepPlan.number(value.doubleValue()) : value));
            try {
                ScenarioReader.read(fileName, variant, SweepSetup.RESOLVED, Sections.readers());
                return true;
            } catch (ScenarioInputException | SectionInputException | IllegalArgumentException e) {
                // refused: try the next value
            }
        }
        return false;
    }

    private static String sweep(String base, String path, String values) {
        return "{\"name\": \"a\", \"scenario\": \"" + base + "\", \"seed\": 1, \"parameters\": [{\"name\": \"p\","
                + " \"path\": \"" + path + "\", \"values\": " + values + "}]}";
    }

    private static String first(Iterator<String> names) {
        return names.hasNext() ? names.next() : "none";
    }
}
