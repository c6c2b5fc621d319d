package org.airshed.core.study.multi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.multi.MultiDiscreteProblem;
import org.airshed.core.discrete.multi.MultiDiscreteResult;
import org.airshed.core.discrete.multi.MultiDiscreteSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Objective;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;

/**
 * Discrete mode on a version-2 scenario: one co-control option or none per source, every cap and
 * receptor limit met, at least annual cost (branch and bound, proven where it can), with the CoST
 * greedy alongside. As in version 1, every source needs options and the objective must be cost.
 */
public final class MultiDiscreteStudy {
    private MultiDiscreteStudy() {
    }

    /**
     * Every reason the scenario cannot be solved discretely, each naming its JSON path (the welfare
     * objective, each source with curves); empty when it can. For {@code validate} and {@code run} alike.
     */
    public static List<SectionInputException> problems(MultiPollutantScenario scenario) {
        List<SectionInputException> problems = new ArrayList<>();
        if (scenario.objective() != Objective.COST) {
            problems.add(new SectionInputException("$.objective", "\"" + scenario.objective().key() + "\"",
                    "discrete mode minimises abatement cost: set the objective to cost"));
        }
        List<MultiSource> sources = scenario.sources();
        for (int s = 0; s < sources.size(); s++) {
            if (!sources.get(s).hasOptions()) {
                problems.add(new SectionInputException("$.sources[" + s + "].curves", null, "a source with curves,"
                        + " not options: discrete mode chooses one option or none per source, so every source needs"
                        + " options (source " + sources.get(s).id() + ")"));
            }
        }
        return problems;
    }

    /**
     * @param nodeLimit most branch-and-bound nodes (≥ 1)
     * @param timeLimit wall-clock limit (null = none; not reproducible)
     * @throws SectionInputException when {@link #problems} finds any (the first)
     */
    public static MultiDiscreteReport run(MultiScenarioProblem sp, long nodeLimit, Duration timeLimit) {
        List<SectionInputException> problems = problems(sp.scenario());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        MultiDiscreteProblem d = MultiDiscreteProblem.of(sp.problem());
        MultiDiscreteResult result = MultiDiscreteSolver.solve(d, nodeLimit, timeLimit, sp.scenario().seed());
        return report(sp, d, result);
    }

    private static MultiDiscreteReport report(MultiScenarioProblem sp, MultiDiscreteProblem d,
                                              MultiDiscreteResult result) {
        List<String> pollutants = new ArrayList<>();
        for (int p = 0; p < sp.pollutantCount(); p++) {
            pollutants.add(sp.pollutant(p));
        }
        if (!result.isFeasible()) {
            return new MultiDiscreteReport(result, pollutants, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        MultiPollutantScenario scenario = sp.scenario();
        int pCount = sp.pollutantCount();
        int rCount = sp.regionCount();
        int[] choice = result.choice();
        int[] greedy = result.greedy().choice();
        List<MultiDiscreteReport.Choice> choices = new ArrayList<>();
        List<MultiDiscreteReport.Abatement> rows = new ArrayList<>();
        double[] reduction = new double[pCount];
        double[] greedyReduction = new double[pCount];
        double[] regionCost = new double[rCount];
        double[][] regionBaseline = new double[rCount][pCount];
        double[][] regionReduction = new double[rCount][pCount];
        // A_rp: abatement per region and pollutant, [p * R + r], for the concentrations.
        double[] regionAbatement = new double[pCount * rCount];
        for (int i = 0; i < sp.sourceCount(); i++) {
            MultiSource s = scenario.sources().get(i);
            int r = sp.sourceRegion(i);
            int k = choice[i];
            choices.add(new MultiDiscreteReport.Choice(s.id(), s.region(), optionName(s, k), d.cost(i, k),
                    optionName(s, greedy[i]), d.cost(i, greedy[i])));
            regionCost[r] += d.cost(i, k);
            for (int p = 0; p < pCount; p++) {
                double baseline = sp.baseline(i, p);
                double removal = k == 0 ? 0 : s.options().get(k - 1).removal(sp.pollutant(p));
                double a = removal * baseline;
                rows.add(new MultiDiscreteReport.Abatement(s.id(), s.region(), sp.pollutant(p), baseline, removal, a));
                reduction[p] += a;
                greedyReduction[p] += greedy[i] == 0 ? 0
                        : s.options().get(greedy[i] - 1).removal(sp.pollutant(p)) * baseline;
                regionBaseline[r][p] += baseline;
                regionReduction[r][p] += a;
                regionAbatement[p * rCount + r] += a;
            }
        }
        List<MultiDiscreteReport.PollutantTotal> totals = new ArrayList<>();
        for (int p = 0; p < pCount; p++) {
            Double cap = scenario.policy().caps().get(sp.pollutant(p));
            totals.add(new MultiDiscreteReport.PollutantTotal(sp.pollutant(p), sp.total(p), reduction[p],
                    greedyReduction[p], cap == null ? Double.NaN : cap));
        }
        List<MultiDiscreteReport.RegionTotal> regions = new ArrayList<>();
        List<MultiDiscreteReport.Receptor> receptors = new ArrayList<>();
        for (int r = 0; r < rCount; r++) {
            regions.add(new MultiDiscreteReport.RegionTotal(sp.region(r), regionCost[r], regionBaseline[r],
                    regionReduction[r]));
            double[] row = sp.transferRow(r);
            if (row == null) {
                continue;
            }
            double fall = 0;
            for (int c = 0; c < row.length; c++) {
                fall += row[c] * regionAbatement[c];
            }
            Double limit = scenario.policy().receptorLimits().get(sp.region(r));
            receptors.add(new MultiDiscreteReport.Receptor(sp.region(r), sp.baselineConcentration(r),
                    sp.baselineConcentration(r) - fall, limit == null ? Double.NaN : limit));
        }
        return new MultiDiscreteReport(result, pollutants, choices, rows, totals, regions, receptors);
    }

    private static String optionName(MultiSource s, int k) {
        return k == 0 ? DiscreteProblem.NO_CONTROL : s.options().get(k - 1).name();
    }
}
