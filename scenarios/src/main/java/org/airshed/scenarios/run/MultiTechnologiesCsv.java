package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.core.study.multi.MultiDiscreteReport;

/**
 * Discrete mode's tables of a version-2 run: {@code technologies.csv}, one row per source (its option,
 * {@code none} = no control, and its annual cost; the CoST greedy's beside it), and
 * {@code technology-abatement.csv}, long (one row per source and pollutant, as version 2's
 * per-source tables are): the option's removal fraction, the abatement and the emissions left.
 */
final class MultiTechnologiesCsv {
    static final List<String> CHOICES = List.of("source", "region", "option", "cost", "greedyOption", "greedyCost");
    static final List<String> ABATEMENT = List.of("source", "region", "pollutant", "baseline", "removal", "abatement",
            "emissions");

    private MultiTechnologiesCsv() {
    }

    static String choices(MultiDiscreteReport report) {
        CsvTable table = new CsvTable(CHOICES);
        for (MultiDiscreteReport.Choice c : report.sources()) {
            table.row().text(c.source()).text(c.region()).text(c.option()).number(c.cost()).text(c.greedyOption())
                    .number(c.greedyCost()).end();
        }
        return table.text();
    }

    static String abatement(MultiDiscreteReport report) {
        CsvTable table = new CsvTable(ABATEMENT);
        for (MultiDiscreteReport.Abatement a : report.abatement()) {
            table.row().text(a.source()).text(a.region()).text(a.pollutant()).number(a.baseline()).number(a.removal())
                    .number(a.abatement()).number(a.emissions()).end();
        }
        return table.text();
    }
}
