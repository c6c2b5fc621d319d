package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.Overrides;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.pipeline.ScenarioSource;
import org.airshed.scenarios.run.Sections;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/scenario.schema.json (JSON Schema draft 2020-12, for editors) accepts every bundled
 * scenario and refuses files the program refuses for their names, types and ranges.
 */
class ScenarioSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        JsonNode node = JSON.readTree(Path.of("../docs/scenario.schema.json").toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    @Test
    void everyBundledScenarioIsValid() throws IOException {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        for (String name : library.names()) {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(library.json(name)));
            assertEquals(Set.of(), errors, name);
        }
        assertEquals(Set.of(), schema.validate(JSON.readTree(TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES))));
    }

    /** A version-2 file (FORMAT.md's example) and changes to it that the program refuses for names, types or ranges. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"removal\": 1.5}",
        "{\"removal\": 0.5}",
        "{\"curves\": {}}",
        "{\"baseline\": 12}",
        "{\"emissions\": {\"SO2\": -1}}"
    })
    void versionTwoSourcesAreCheckedByTheSchema(String change) throws IOException {
        ObjectNode scenario = (ObjectNode) JSON.readTree("""
                {"name": "v2", "pollutants": [{"id": "SO2"}], "regions": [{"id": "A", "population": 10,
                 "health": {"mortalityRate": 0.007, "beta": 0.008, "vsl": 1e6}}],
                 "transfer": {"A": {"SO2": {"A": -1e-5}}},
                 "sources": [{"id": "a", "region": "A", "emissions": {"SO2": 12},
                              "options": [{"name": "FGD", "removal": {"SO2": 0.9}, "annualCost": 5}]}],
                 "policy": {"caps": {"SO2": 10}, "duties": {"A": {"SO2": 1}}}}
                """);
        ObjectNode source = (ObjectNode) scenario.at("/sources/0");
        ObjectNode edit = (ObjectNode) JSON.readTree(change);
        if (edit.has("removal")) {
            ((ObjectNode) source.at("/options/0")).set("removal", edit.get("removal").isNumber() && edit.get("removal")
                    .doubleValue() == 1.5 ? JSON.readTree("{\"SO2\": 1.5}") : edit.get("removal"));
        } else {
            source.setAll(edit);
        }
        assertEquals(change.equals("{}"), schema.validate(scenario).isEmpty(), change + ": " + schema.validate(scenario));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"sorces\": []}",
        "{\"objective\": \"cheap\"}",
        "{\"seed\": 1.5}",
        "{\"regions\": [{\"id\": \"A\", \"background\": -1}]}",
        "{\"sources\": [{\"id\": \"a\", \"region\": \"A\", \"baseline\": 1, \"steps\": [], \"quadratic\": {\"slope\": 1, \"max\": 1}}]}",
        "{\"sources\": [{\"id\": \"a\", \"region\": \"A\", \"baseline\": 1e308, \"steps\": []}]}",
        "{\"transfer\": {\"A\": {\"A\": 1e308}}}",
        "{\"market\": {\"allocation\": \"grandfathering\"}}",
        "{\"market\": {\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"priceCeiling\": 0}}",
        "{\"compensation\": {\"baseline\": \"nash\", \"rules\": [\"shapely\"]}}",
        "{\"mode\": \"lumpy\"}"
    })
    void badFilesAreInvalid(String change) throws IOException {
        ObjectNode scenario = (ObjectNode) JSON.readTree(TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES));
        scenario.setAll((ObjectNode) JSON.readTree(change));
        assertFalse(schema.validate(scenario).isEmpty(), change);
    }

    /**
     * Review, item 2: the schema and the program disagreed ({@code "discrete": {"nodes": 5}} refused by
     * the schema, {@code "policy": {"cap": -5}} accepted). Each probe sets one field the readers check to
     * a value on one side of its type or bound; the program's verdict (the read and check stages of
     * validate, on the same code path) and the schema's must agree: refused by both or accepted by both.
     * Probes are FILE|POINTER|JSON: v1 edits the two-region test scenario, v2 FORMAT.md's example.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "v1|/seed|1.5", "v1|/seed|-3", "v1|/seed|\"7\"",
        "v1|/name|\"\"", "v1|/name|3", "v1|/objective|\"welfare\"", "v1|/objective|\"cheap\"",
        "v1|/units/mass|\"kt\"", "v1|/units/mass|5",
        "v1|/regions/0/population|-1", "v1|/regions/0/population|0", "v1|/regions/0/gdp|-1",
        "v1|/regions/0/gdp|2e15", "v1|/regions/0/background|-1", "v1|/regions/0/background|0",
        "v1|/regions/0/damagePerConcentration|-2", "v1|/regions/0/damagePerConcentration|2e15",
        "v1|/regions/0/transactionCost|-1", "v1|/regions/0/transactionCost|1", "v1|/regions/0/id|\"\"",
        "v1|/regions|[]",
        "v1|/transfer/A/A|-0.5", "v1|/transfer/A/A|2e15", "v1|/transfer/A/A|0",
        "v1|/sources/0/baseline|-100", "v1|/sources/0/baseline|60", "v1|/sources/0/baseline|2e15",
        "v1|/sources/0/id|\"\"", "v1|/sources/0/region|\"\"",
        "v1|/sources/0/steps/0/amount|-1", "v1|/sources/0/steps/0/amount|0",
        "v1|/sources/0/steps/0/unitCost|-10", "v1|/sources/0/steps/0/unitCost|0",
        "v1|/sources/0/steps|[]",
        "v1|/policy/cap|-5", "v1|/policy/cap|0", "v1|/policy/cap|2e15",
        "v1|/policy/duties/A|-5", "v1|/policy/duties/A|0",
        "v1|/policy/receptorLimits|{\"A\": -1}", "v1|/policy/receptorLimits|{\"A\": 50}",
        "v1|/sourcesSha256|\"abc\"",
        "v1|/mode|\"lumpy\"",
        "v1|/discrete|{\"nodes\": 5}", "v1|/discrete|{\"nodes\": 0}", "v1|/discrete|{\"nodes\": 1.5}",
        "v1|/discrete|{\"steps\": -1}", "v1|/discrete|{\"steps\": 10}", "v1|/discrete|{\"steps\": 0}",
        "v1|/discrete|{\"unimprovedSteps\": 3000000000}", "v1|/discrete|{\"timeLimitSeconds\": 0}",
        "v1|/discrete|{\"timeLimitSeconds\": 1.5}", "v1|/discrete|{\"timeLimitSeconds\": 86401}",
        "v1|/discrete|{}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"transactionCost\": -1}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"priceFloor\": -1}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"vintage\": -1}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"vintage\": 2025}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\","
                + " \"periods\": {\"caps\": [120, -1]}}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\","
                + " \"periods\": {\"caps\": [120, 110], \"discountRate\": -0.1}}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"double-auction\","
                + " \"doubleAuction\": {\"maxRounds\": 0}}",
        "v1|/market|{\"allocation\": \"grandfathering\", \"mechanism\": \"double-auction\","
                + " \"doubleAuction\": {\"lot\": 0}}",
        "v1|/compensation|{\"baseline\": \"nash\", \"rules\": [\"shapley\"]}",
        "v1|/compensation|{\"baseline\": \"nash\", \"rules\": []}",
        "v1|/compensation|{\"baseline\": \"nash\", \"rules\": [\"shapley\"], \"shapley\": {\"permutations\": 0}}",
        "v1|/compensation|{\"baseline\": \"nash\", \"rules\": [\"shapley\"],"
                + " \"shapley\": {\"method\": \"sampled\", \"confidence\": 1}}",
        "v2|/sources/0/emissions/SO2|-1", "v2|/sources/0/emissions/SO2|0",
        "v2|/sources/0/options/0/removal/SO2|1.5", "v2|/sources/0/options/0/removal/SO2|1",
        "v2|/sources/0/options/0/annualCost|-5", "v2|/policy/caps/SO2|-1",
        "v2|/policy/duties/A/SO2|-1", "v2|/regions/0/health/vsl|-1", "v2|/regions/0/health/beta|-1",
        "v2|/pollutants|[]", "v2|/policy/receptorLimits|{\"A\": -1}", "v2|/discrete|{\"nodes\": 5}",
        // Ids and names are taken as written: white space or a control character at an end is refused, blank
        // optional ones are none.
        "v1|/regions/0/id|\" A\"", "v1|/sources/0/id|\"a1 \"", "v1|/sources/0/id|\"plant 1\"",
        "v1|/sources/0/region|\"A\\t\"", "v1|/sources/0/sector|\" power\"", "v1|/sources/0/sector|\"  \"",
        "v1|/sources/0/department|\"env\\u00a0\"", "v1|/sources/0/department|\"\\u0000\"",
        "v2|/pollutants/0/id|\"SO2 \"", "v2|/regions/0/id|\"\\u3000A\"", "v2|/sources/0/options/0/name|\" FGD\"",
        "v2|/sources/0/sector|\"\\t\"", "v2|/sources/0/department|\"air \\u2028\""
    })
    void theSchemaAndTheProgramAgreeOnEachCheckedField(String probe) throws IOException {
        String[] parts = probe.split("\\|", 3);
        ObjectNode scenario = (ObjectNode) JSON.readTree(parts[0].equals("v1")
                ? TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES) : V2_EXAMPLE);
        set(scenario, parts[1], JSON.readTree(parts[2]));
        boolean schemaAccepts = schema.validate(scenario).isEmpty();
        List<String> problems = programProblems(scenario);
        assertEquals(problems.isEmpty(), schemaAccepts, probe + ": the program says " + problems
                + ", the schema says " + schema.validate(scenario));
    }

    /** The tutorial's scenario files that validate accepts pass the schema; typo.json fails both. */
    @Test
    void theTutorialFilesAgree() throws IOException {
        String tutorial = java.nio.file.Files.readString(Path.of("../docs/TUTORIAL.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```json file=(\\S+)\\n(.*?)```",
                java.util.regex.Pattern.DOTALL).matcher(tutorial);
        int files = 0;
        while (m.find()) {
            files++;
            JsonNode scenario = JSON.readTree(m.group(2));
            assertEquals(programProblems((ObjectNode) scenario).isEmpty(), schema.validate(scenario).isEmpty(),
                    m.group(1) + ": " + schema.validate(scenario));
        }
        assertTrue(files >= 2, "tutorial files found: " + files);
    }

    private static final String V2_EXAMPLE = """
            {"name": "v2", "pollutants": [{"id": "SO2"}], "regions": [{"id": "A", "population": 10,
             "health": {"mortalityRate": 0.007, "beta": 0.008, "vsl": 1e6}}],
             "transfer": {"A": {"SO2": {"A": -1e-5}}},
             "sources": [{"id": "a", "region": "A", "emissions": {"SO2": 12},
                          "options": [{"name": "FGD", "removal": {"SO2": 0.9}, "annualCost": 5}]}],
             "policy": {"caps": {"SO2": 10}, "duties": {"A": {"SO2": 1}}}}
            """;

    /** The problems validate reports on {@code scenario} (infeasibility aside: no schema can see it). */
    private static List<String> programProblems(ObjectNode scenario) throws IOException {
        ScenarioPipeline pipeline = Sections.pipeline(new ExactAllocationSolver(), "test");
        ScenarioDocument document;
        try {
            document = pipeline.read(ScenarioSource.text("probe.json", JSON.writeValueAsString(scenario), null),
                    Overrides.NONE);
        } catch (ScenarioInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        Findings findings = pipeline.check(pipeline.context("probe.json", document));
        return findings.problems().stream().map(Object::toString).toList();
    }

    /** Sets {@code value} at {@code pointer}, creating the objects on the way. */
    private static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] steps = pointer.substring(1).split("/");
        JsonNode at = root;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = at.isArray() ? at.get(Integer.parseInt(steps[i])) : at.get(steps[i]);
            if (next == null) {
                next = ((ObjectNode) at).putObject(steps[i]);
            }
            at = next;
        }
        String last = steps[steps.length - 1];
        if (at.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) at).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) at).set(last, value);
        }
    }
}
