package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiRegionOutcome;
import org.airshed.core.study.multi.MultiScenarioProblem;

/**
 * The per-region tables of a version-2 run: {@code regions.csv}, long (one row per region and
 * pollutant: its sources' baseline, reduction, emissions and the region's duty), and
 * {@code receptors.csv} (one row per region: cost, concentration before and after, limit, receptor
 * price, deaths avoided and their value).
 */
final class MultiRegionsCsv {
    static final List<String> COLUMNS = List.of("region", "name", "pollutant", "baseline", "reduction", "emissions",
            "duty");
    static final List<String> RECEPTOR_COLUMNS = List.of("region", "name", "cost", "baselineConcentration",
            "concentration", "limit", "receptorPrice", "damage", "deathsAvoided", "healthValue");

    private MultiRegionsCsv() {
    }

    static String regions(MultiAllocationReport report, MultiScenarioProblem problem) {
        CsvTable table = new CsvTable(COLUMNS);
        for (MultiRegionOutcome r : report.regions()) {
            for (int p = 0; p < problem.pollutantCount(); p++) {
                String pollutant = problem.pollutant(p);
                var duties = problem.scenario().policy().duties().get(r.id());
                double duty = duties == null || !duties.containsKey(pollutant) ? Double.NaN : duties.get(pollutant);
                table.row().text(r.id()).text(r.name()).text(pollutant).number(r.baseline(p)).number(r.reduction(p))
                        .number(r.emissions(p)).number(duty).end();
            }
        }
        return table.text();
    }

    static String receptors(MultiAllocationReport report) {
        CsvTable table = new CsvTable(RECEPTOR_COLUMNS);
        for (MultiRegionOutcome r : report.regions()) {
            table.row().text(r.id()).text(r.name()).number(r.cost()).number(r.baselineConcentration())
                    .number(r.concentration()).number(r.limit()).number(r.receptorPrice()).number(r.damage())
                    .number(r.deathsAvoided()).number(r.healthValue()).end();
        }
        return table.text();
    }
}
