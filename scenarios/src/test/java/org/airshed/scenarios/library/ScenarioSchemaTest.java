package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
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
}
