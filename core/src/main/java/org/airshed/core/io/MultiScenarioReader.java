package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Violation;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;

/**
 * Reads a version-2 scenario tree (a file with {@code pollutants}) into a {@link ScenarioDocument}
 * whose {@link ScenarioDocument#multiPollutant()} is the model and whose {@code scenario} is the part
 * both versions share. Every problem is collected, cross-references included for the parts that
 * could be read, as {@link ScenarioReader} does for version 1.
 */
final class MultiScenarioReader {
    private static final Pattern SOURCE_FIELD = Pattern.compile("sources\\[(\\d+)\\](.*)");

    private MultiScenarioReader() {
    }

    /** Whether {@code root} is a version-2 scenario: an object with {@code pollutants}. */
    static boolean isMultiPollutant(JsonNode root) {
        return root != null && root.isObject() && root.has("pollutants");
    }

    static ScenarioReader.Outcome parse(String fileName, JsonNode root, List<SectionReader<?>> sectionReaders,
                                        Problems problems) {
        JsonInput in = new JsonInput(fileName, problems);
        List<String> sectionKeys = sectionReaders.stream().map(SectionReader::key).toList();
        MultiScenarioParts parts = MultiScenarioJsonParser.parse(root, in, sectionKeys);
        if (parts == null) {
            return new ScenarioReader.Outcome(null, problems.list());
        }
        Map<String, JsonNode> sectionJson = new LinkedHashMap<>();
        Map<String, Object> sections = new LinkedHashMap<>();
        ScenarioReader.readSections(root, parts.regions(), sectionReaders, in, sectionJson, sections);
        if (!problems.isEmpty()) {
            crossCheckWhatWasRead(parts, fileName, problems);
            return new ScenarioReader.Outcome(null, problems.list());
        }
        MultiPollutantScenario scenario = problems.build(() -> build(parts, parts.sources()),
                v -> new Problem(fileName, v.under("$").field(), v.value(), v.reason()));
        if (scenario == null) {
            return new ScenarioReader.Outcome(null, problems.list());
        }
        Scenario shared = new Scenario(scenario.name(), scenario.description(), scenario.seed(), scenario.units(),
                scenario.objective(), scenario.regions(), TransferMatrix.EMPTY, List.of(), Policy.NONE);
        return new ScenarioReader.Outcome(new ScenarioDocument(shared, sectionJson, sections, scenario),
                problems.list());
    }

    private static MultiPollutantScenario build(MultiScenarioParts parts, List<MultiSource> sources) {
        return new MultiPollutantScenario(parts.name(), parts.description(), parts.seed(), parts.units(),
                parts.objective(), parts.pollutants(), parts.regions(), parts.health(), parts.transfer(), sources,
                parts.policy());
    }

    /** The cross-reference checks on what could be read; unreadable sources are left out, the others keep their paths. */
    private static void crossCheckWhatWasRead(MultiScenarioParts parts, String fileName, Problems problems) {
        if (parts.name() == null || parts.regions() == null || parts.pollutants() == null
                || parts.sourceSlots() == null || parts.transfer() == null || parts.policy() == null) {
            return;
        }
        List<MultiSource> readable = new ArrayList<>();
        List<Integer> position = new ArrayList<>();
        for (int i = 0; i < parts.sourceSlots().size(); i++) {
            if (parts.sourceSlots().get(i) != null) {
                readable.add(parts.sourceSlots().get(i));
                position.add(i);
            }
        }
        problems.build(() -> build(parts, readable), v -> {
            Matcher source = SOURCE_FIELD.matcher(v.field());
            String field = v.field();
            if (source.matches()) {
                field = "sources[" + position.get(Integer.parseInt(source.group(1))) + "]" + source.group(2);
            }
            return new Problem(fileName, new Violation(field, v.value(), v.reason()).under("$").field(), v.value(),
                    v.reason());
        });
    }
}
