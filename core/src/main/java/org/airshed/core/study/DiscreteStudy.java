package org.airshed.core.study;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.discrete.ControlOption;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteProblemBuilder;
import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.DiscreteSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Objective;
import org.airshed.core.model.OptionCurve;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;
import org.airshed.core.model.TechnologyOption;

/**
 * Discrete mode: one technology per source (or none) meeting the cap and receptor limits at
 * least annual cost, found by OptaPlanner from the rounded hull solution and certified by the
 * hull bound; the Control Strategy Tool's average-cost greedy alongside.
 */
public final class DiscreteStudy {
    private DiscreteStudy() {
    }

    /**
     * @throws SectionInputException when the scenario cannot be solved discretely (a source without
     *                               options, the welfare objective), naming the JSON path
     */
    public static DiscreteReport run(Scenario scenario, DiscreteSettings settings) {
        return run(ScenarioProblem.of(scenario), settings);
    }

    /** The same from the scenario's problem already in solver form (a run converts it once). */
    public static DiscreteReport run(ScenarioProblem sp, DiscreteSettings settings) {
        DiscreteProblem problem = problem(sp);
        DiscreteResult result = DiscreteSolver.solve(problem, settings);
        List<DiscreteReport.Choice> choices = new ArrayList<>();
        double[] baseline = new double[problem.regionCount()];
        double[] reduction = new double[problem.regionCount()];
        double[] cost = new double[problem.regionCount()];
        for (int i = 0; i < problem.sourceCount(); i++) {
            int r = problem.sourceRegion(i);
            baseline[r] += problem.baseline(i);
            if (!result.isFeasible()) {
                continue;
            }
            int k = result.choice()[i];
            String greedy = result.greedy() == null ? null : problem.optionName(i, result.greedy().choice()[i]);
            choices.add(new DiscreteReport.Choice(problem.sourceId(i), problem.regionId(r), problem.baseline(i),
                    problem.optionName(i, k), problem.removal(i, k), problem.abatement(i, k),
                    problem.annualCost(i, k), greedy));
            reduction[r] += problem.abatement(i, k);
            cost[r] += problem.annualCost(i, k);
        }
        List<DiscreteReport.RegionTotal> regions = new ArrayList<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            regions.add(new DiscreteReport.RegionTotal(problem.regionId(r), baseline[r], reduction[r], cost[r]));
        }
        return new DiscreteReport(result, choices, regions);
    }

    /**
     * Every reason the scenario cannot be solved discretely (the welfare objective, each source
     * without options), each naming its JSON path; empty when it can. For {@code validate}.
     */
    public static List<SectionInputException> problems(Scenario scenario) {
        List<SectionInputException> problems = new ArrayList<>();
        if (scenario.objective() != Objective.COST) {
            problems.add(new SectionInputException("$.objective", "\"" + scenario.objective().key() + "\"",
                    "discrete mode minimises abatement cost: set the objective to cost"));
        }
        List<Source> sources = scenario.sources();
        if (sources instanceof SourceTable table && !table.isEmpty()) {
            // A table holds no options (a CSV cannot give them): one problem, not one per source.
            problems.add(new SectionInputException("$.sourcesFile", null, "holds " + table.size() + " sources with"
                    + " cost curves, not options: discrete mode chooses one technology per source, so every source"
                    + " needs options, which only JSON sources can list (first: source " + table.id(0) + ")"));
            return problems;
        }
        for (int s = 0; s < sources.size(); s++) {
            if (!(sources.get(s).curve() instanceof OptionCurve)) {
                problems.add(new SectionInputException("$.sources[" + s + "]", null, "has a cost curve, not options:"
                        + " discrete mode chooses one technology per source, so every source needs options (source "
                        + sources.get(s).id() + ")"));
            }
        }
        return problems;
    }

    /**
     * The scenario in the discrete solver's form (sources with options, the cap and receptor
     * requirements).
     *
     * @throws SectionInputException when the scenario cannot be solved discretely, naming the JSON path
     */
    public static DiscreteProblem problem(Scenario scenario) {
        return problem(ScenarioProblem.of(scenario));
    }

    private static DiscreteProblem problem(ScenarioProblem sp) {
        List<SectionInputException> problems = problems(sp.scenario());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        List<Source> sources = sp.scenario().sources();
        AllocationProblem p = sp.problem();
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        for (int r = 0; r < p.regionCount(); r++) {
            builder.addRegion(p.regionId(r));
        }
        for (int i = 0; i < p.sourceCount(); i++) {
            Source source = sources.get(sp.scenarioSource(i));
            List<ControlOption> options = new ArrayList<>();
            for (TechnologyOption o : ((OptionCurve) source.curve()).options()) {
                options.add(new ControlOption(o.name(), o.removal(), o.annualCost()));
            }
            builder.addSource(source.id(), p.sourceRegion(i), source.baseline(), options);
        }
        if (p.hasCap()) {
            builder.capRequirement(p.capRequirement());
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            double[] row = new double[p.regionCount()];
            for (int r = 0; r < row.length; r++) {
                row[r] = p.transfer(k, r);
            }
            builder.addReceptor(p.receptorRegion(k), row, p.receptorRequirement(k));
        }
        return builder.build();
    }
}
