package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A run's report from its result files: the scenario's name and description, the headline
 * numbers, then the charts its sections call for, each only when the files it reads are there.
 */
final class RunReportBuilder {
    /** The files of a run's directory a reader may want next, with what each holds (listed when present). */
    static final Map<String, String> FILES = files();

    private RunReportBuilder() {
    }

    /** From the files alone: mac.csv is read back ({@code airshed report DIR}). */
    static Report of(ResultSource source) {
        return of(source, () -> MacCsvReader.read(source));
    }

    /**
     * With {@code macCurves} the curves mac.csv holds (or empty without it): a run hands over the
     * curves it has just written instead of parsing them back, the same numbers (MacCsvTest).
     */
    static Report of(ResultSource source, Supplier<Optional<List<MacCurve>>> macCurves) {
        JsonNode summary = source.json(ResultSource.SUMMARY).orElseThrow(() -> new ReportInputException(
                source.name(ResultSource.SUMMARY) + ": not found; a run writes it last, so the directory holds no"
                        + " complete run", null));
        RunFiles run = new RunFiles(source, summary);
        Optional<ScenarioFacts> facts = run.scenario();
        String name = summary.path("scenario").asText(facts.map(ScenarioFacts::name).orElse("a scenario"));
        String description = facts.map(ScenarioFacts::description).orElse("").strip();
        String[] parts = description.split("\n\\s*\n", 2);
        List<String> shown = new ArrayList<>();
        if (summary.has("seed")) {
            shown.add("seed " + summary.path("seed").asText());
        }
        String objective = run.allocation().path("objectiveKind").asText("");
        if (!objective.isEmpty()) {
            shown.add(objective.equals("welfare") ? "objective: least cost plus damages" : "objective: least cost");
        }
        facts.map(ScenarioFacts::mode).filter(m -> !m.equals("continuous")).ifPresent(m -> shown.add("mode: " + m));
        DisplayUnits u = run.units();
        shown.add("units: " + u.mass() + ", " + u.money() + ", " + u.concentration());
        if (summary.has("version")) {
            shown.add("Airshed " + summary.path("version").asText());
        }
        List<String> problems = new ArrayList<>();
        if ("infeasible".equals(run.allocation().path("status").asText())) {
            problems.add("No allocation meets the policy, so there is nothing to chart. Why:");
            run.allocation().path("reasons").forEach(reason -> problems.add(reason.asText()));
        }
        List<ReportSection> sections = new ArrayList<>();
        MacCharts.of(run, macCurves.get()).ifPresent(sections::add);
        CostCharts.of(run).ifPresent(sections::add);
        AirQualityCharts.of(run).ifPresent(sections::add);
        HealthCharts.of(run).ifPresent(sections::add);
        DiscreteCharts.of(run).ifPresent(sections::add);
        MarketCharts.of(run).ifPresent(sections::add);
        MultiMarketCharts.of(run).ifPresent(sections::add);
        CompensationCharts.of(run).ifPresent(sections::add);
        List<Report.FileNote> files = new ArrayList<>();
        FILES.forEach((file, note) -> {
            if (source.has(file)) {
                files.add(new Report.FileNote(file, note));
            }
        });
        return new Report(name + ": Airshed results", parts[0], parts.length > 1 ? parts[1] : "", shown,
                RunHeadlines.of(run), problems, sections, files);
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("summary.json", "every headline number and each part's results (docs/FORMAT.md)");
        files.put("regions.csv", "each region's baseline, cut, cost, concentration, limit and price");
        files.put("allocation.csv", "each source's cut, emissions, cost and marginal cost");
        files.put("options.csv", "each co-control option's application share and cost (several pollutants)");
        files.put("receptors.csv", "each region's cost, concentration, limit, price and deaths avoided (several"
                + " pollutants)");
        files.put("duties.csv", "who is responsible: region × sector × department");
        files.put("mac.csv", "the marginal-abatement-cost curves, breakpoint by breakpoint");
        files.put("technologies.csv", "each source's technology, and the CoST greedy's choice");
        files.put("trades.csv", "every settled permit trade");
        files.put("market-sources.csv", "each source's permits, trades and payments");
        files.put("ledger.jsonl", "the permit ledger's journal (./airshed ledger rebuilds and checks it)");
        files.put("transfers.csv", "each compensation rule's transfer to each region");
        files.put("coalitions.csv", "the value of every coalition of regions");
        files.put("scenario.json", "the scenario exactly as run, every default written out");
        return files;
    }
}
