package org.airshed.core.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;

/**
 * Aggregates source outcomes per region × sector × department: the multi-department
 * responsibility list (which lead department answers for how much of each region's reduction).
 */
public final class ResponsibilityList {
    private ResponsibilityList() {
    }

    /** Regions in file order; within a region, groups in order of their first source. */
    public static List<Responsibility> of(Scenario scenario, List<SourceOutcome> sources) {
        Groups groups = new Groups();
        for (SourceOutcome s : sources) {
            groups.add(s.region(), s.sector(), s.department(), s.baseline(), s.abatement(), s.cost());
        }
        return groups.list(scenario);
    }

    /**
     * The same list from the problem's columns, with each problem source's abatement (mass) and cost
     * (money) given: what {@link #of(Scenario, List)} makes of the problem's {@link SourceOutcome}s,
     * without making them (nor their ids).
     */
    static List<Responsibility> of(ScenarioProblem sp, double[] abatement, double[] cost) {
        AllocationProblem problem = sp.problem();
        List<Source> sources = sp.scenario().sources();
        Groups groups = new Groups();
        for (int i = 0; i < problem.sourceCount(); i++) {
            int s = sp.scenarioSource(i);
            if (sources instanceof SourceTable table) {
                groups.add(table.region(s), table.sector(s), table.department(s), problem.baseline(i), abatement[i],
                        cost[i]);
            } else {
                Source source = sources.get(s);
                groups.add(source.region(), source.sector(), source.department(), problem.baseline(i), abatement[i],
                        cost[i]);
            }
        }
        return groups.list(sp.scenario());
    }

    /** Totals per region, and within it per sector × department in order of first appearance. */
    private static final class Groups {
        // One pass over the sources (there may be millions), then the regions in file order. Maps nested by
        // region, sector and department find a group without making a key per source; each group keeps
        // its place in its region's order of first appearance.
        private final Map<String, Map<String, Map<String, Totals>>> byRegion = new HashMap<>();
        private final Map<String, Integer> groupsInRegion = new HashMap<>();

        void add(String region, String sector, String department, double baseline, double abatement, double cost) {
            Map<String, Totals> departments = byRegion.computeIfAbsent(region, id -> new HashMap<>())
                    .computeIfAbsent(sector, id -> new HashMap<>());
            Totals totals = departments.get(department);
            if (totals == null) {
                totals = new Totals(sector, department, groupsInRegion.merge(region, 1, Integer::sum) - 1);
                departments.put(department, totals);
            }
            totals.add(baseline, abatement, cost);
        }

        List<Responsibility> list(Scenario scenario) {
            List<Responsibility> list = new ArrayList<>();
            for (Region region : scenario.regions()) {
                Totals[] inOrder = new Totals[groupsInRegion.getOrDefault(region.id(), 0)];
                byRegion.getOrDefault(region.id(), Map.of()).values()
                        .forEach(departments -> departments.values().forEach(t -> inOrder[t.order] = t));
                for (Totals t : inOrder) {
                    list.add(new Responsibility(region.id(), t.sector, t.department, t.sources, t.baseline,
                            t.reduction, t.baseline - t.reduction, t.cost));
                }
            }
            return List.copyOf(list);
        }
    }

    private static final class Totals {
        final String sector;
        final String department;
        /** The group's place in its region's order of first appearance. */
        final int order;
        int sources;
        double baseline;
        double reduction;
        double cost;

        Totals(String sector, String department, int order) {
            this.sector = sector;
            this.department = department;
            this.order = order;
        }

        void add(double sourceBaseline, double abatement, double sourceCost) {
            sources++;
            baseline += sourceBaseline;
            reduction += abatement;
            cost += sourceCost;
        }
    }
}
