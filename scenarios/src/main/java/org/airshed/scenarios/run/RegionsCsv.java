package org.airshed.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.CooperationReport;
import org.airshed.core.study.DutyComparison;
import org.airshed.core.study.RegionOutcome;

/**
 * {@code regions.csv}: one row per region, in file order. When the policy gives duties, the
 * comparison with the region-by-region baseline is appended column-wise.
 */
final class RegionsCsv {
    static final List<String> COLUMNS = List.of("region", "name", "baseline", "reduction", "emissions", "cost",
            "concentration", "limit", "receptorPrice", "damage", "price");
    static final List<String> COOPERATION_COLUMNS = List.of("duty", "standaloneReduction", "standaloneCost",
            "standaloneMarginalCost", "cooperativeReduction", "cooperativeCost", "saving");

    private RegionsCsv() {
    }

    static String of(Scenario scenario, AllocationReport report) {
        List<String> header = new ArrayList<>(COLUMNS);
        CooperationReport cooperation = report.cooperation().orElse(null);
        if (cooperation != null) {
            header.addAll(COOPERATION_COLUMNS);
        }
        CsvTable table = new CsvTable(header);
        List<RegionOutcome> regions = report.regions();
        for (int r = 0; r < regions.size(); r++) {
            RegionOutcome o = regions.get(r);
            CsvTable.Row row = table.row().text(o.id()).text(scenario.region(o.id()).name()).number(o.baseline())
                    .number(o.reduction()).number(o.emissions()).number(o.cost()).number(o.concentration())
                    .number(orNaN(o.limit())).number(orNaN(o.receptorPrice())).number(o.damage())
                    .number(o.price());
            if (cooperation != null) {
                DutyComparison d = cooperation.regions().get(r);
                row.number(d.duty()).number(d.standaloneReduction()).number(d.standaloneCost())
                        .number(d.standaloneMarginalCost()).number(d.cooperativeReduction())
                        .number(d.cooperativeCost()).number(d.saving());
            }
            row.end();
        }
        return table.text();
    }

    private static double orNaN(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }
}
