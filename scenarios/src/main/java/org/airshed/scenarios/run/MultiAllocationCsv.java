package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.scenarios.pipeline.ResultFile;

/**
 * {@code allocation.csv} of a version-2 run, long (docs/FORMAT.md: {@code source,region,pollutant,…}): one
 * row per source and pollutant, sources in file order, pollutants in declared order. {@code cost} is that pollutant's curve cost for a source with
 * curves, and empty for a source with options, whose cost is joint (options.csv has it), so that the
 * column and options.csv's together sum to totalCost. {@code price} is what a unit of that pollutant
 * abated there is worth at the optimum: λ_p + Σ_k μ_k T_kpr (+ the welfare weight).
 */
final class MultiAllocationCsv {
    static final List<String> COLUMNS = List.of("source", "region", "pollutant", "sector", "department", "baseline",
            "abatement", "emissions", "cost", "price");

    private MultiAllocationCsv() {
    }

    /** Streamed, rows formatted in chunks on both cores: 10^6 sources × 3 pollutants are never held as text. */
    static ResultFile.Content of(MultiAllocationReport report, MultiScenarioProblem problem) {
        return CsvChunks.streamed(AllocationSection.ALLOCATION, COLUMNS, rowCount(problem), rows(report, problem));
    }

    static int rowCount(MultiScenarioProblem problem) {
        return Math.multiplyExact(problem.sourceCount(), problem.pollutantCount());
    }

    /** Rows [from, to): row r is source r / P, pollutant r % P; only reads, so chunks may run at once. */
    static CsvChunks.RowRange rows(MultiAllocationReport report, MultiScenarioProblem problem) {
        int pCount = problem.pollutantCount();
        double[] abatement = report.abatement();
        double[] price = report.price();
        CsvChunks.RowRange range = (table, from, to) -> {
            for (int row = from; row < to; row++) {
                int i = row / pCount;
                int p = row % pCount;
                MultiSource s = problem.scenario().sources().get(i);
                double baseline = problem.baseline(i, p);
                double a = abatement[row];
                var curve = s.hasOptions() ? null : s.curves().get(problem.pollutant(p));
                double cost = s.hasOptions() ? Double.NaN : curve == null ? 0 : curve.cost(a);
                table.row().text(s.id()).text(s.region()).text(problem.pollutant(p)).text(s.sector())
                        .text(s.department()).number(baseline).number(a).number(baseline - a).number(cost)
                        .number(price[row]).end();
            }
        };
        return range;
    }

    /** The table as it was written before it was streamed: the reference the streamed file is tested against. */
    static String text(MultiAllocationReport report, MultiScenarioProblem problem) {
        CsvTable table = new CsvTable(COLUMNS);
        int pCount = problem.pollutantCount();
        for (int i = 0; i < problem.sourceCount(); i++) {
            MultiSource s = problem.scenario().sources().get(i);
            for (int p = 0; p < pCount; p++) {
                double baseline = problem.baseline(i, p);
                double a = report.abatement()[i * pCount + p];
                var curve = s.hasOptions() ? null : s.curves().get(problem.pollutant(p));
                double cost = s.hasOptions() ? Double.NaN : curve == null ? 0 : curve.cost(a);
                table.row().text(s.id()).text(s.region()).text(problem.pollutant(p)).text(s.sector())
                        .text(s.department()).number(baseline).number(a).number(baseline - a).number(cost)
                        .number(report.price()[i * pCount + p]).end();
            }
        }
        return table.text();
    }
}
