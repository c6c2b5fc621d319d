package org.airshed.core.discrete.domain;

import java.util.ArrayList;
import java.util.List;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.ScaledProblem;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Planning solution: one {@link SourceChoice} per source, the cap and receptor requirements as
 * facts, and the score. Hard: −Σ rows' shortfall in {@link ScaledProblem} units; soft: −cost in
 * units of 1 / {@link ScaledProblem#costScale()} money per year. Mutable because OptaPlanner
 * demands it; cloned by {@link DiscretePlanCloner}.
 */
@PlanningSolution(solutionCloner = DiscretePlanCloner.class)
public class DiscretePlan {
    private ScaledProblem scaled;
    /** Sources the subset moves sample most (see LagrangianCore); may be empty. Shared, never modified. */
    private int[] core = new int[0];

    @ProblemFactCollectionProperty
    private List<CapRequirement> caps;

    @ProblemFactCollectionProperty
    private List<ReceptorRequirement> receptors;

    @PlanningEntityCollectionProperty
    private List<SourceChoice> choices;

    @PlanningScore
    private HardSoftLongScore score;

    /** For OptaPlanner's reflection only. */
    public DiscretePlan() {
    }

    public DiscretePlan(ScaledProblem scaled, List<CapRequirement> caps, List<ReceptorRequirement> receptors,
                        List<SourceChoice> choices) {
        this.scaled = scaled;
        this.caps = List.copyOf(caps);
        this.receptors = List.copyOf(receptors);
        this.choices = new ArrayList<>(choices);
    }

    /**
     * The plan of a problem: every source unassigned when {@code choice} is null, else assigned the
     * given option indices.
     */
    public static DiscretePlan of(ScaledProblem scaled, int[] choice) {
        DiscreteProblem p = scaled.problem();
        int receptorCount = p.receptorCount();
        boolean[][] regionAffects = new boolean[p.regionCount()][receptorCount];
        for (int r = 0; r < p.regionCount(); r++) {
            for (int k = 0; k < receptorCount; k++) {
                regionAffects[r][k] = p.transfer(k, r) > 0;
            }
        }
        List<SourceChoice> choices = new ArrayList<>(p.sourceCount());
        for (int i = 0; i < p.sourceCount(); i++) {
            List<OptionValue> options = new ArrayList<>(p.optionCount(i));
            for (int o = 0; o < p.optionCount(i); o++) {
                long[] receptorUnits = new long[receptorCount];
                for (int k = 0; k < receptorCount; k++) {
                    receptorUnits[k] = scaled.units(scaled.receptorRow(k), i, o);
                }
                long capUnits = scaled.hasCap() ? scaled.units(0, i, o) : 0;
                options.add(new OptionValue(i, o, capUnits, scaled.costUnits(i, o), receptorUnits));
            }
            OptionValue assigned = choice == null ? null : options.get(choice[i]);
            choices.add(new SourceChoice(i, options, regionAffects[p.sourceRegion(i)], assigned));
        }
        List<CapRequirement> caps = scaled.hasCap() ? List.of(new CapRequirement(scaled.required(0)))
                : List.of();
        List<ReceptorRequirement> receptors = new ArrayList<>(receptorCount);
        for (int k = 0; k < receptorCount; k++) {
            receptors.add(new ReceptorRequirement(k, scaled.required(scaled.receptorRow(k))));
        }
        return new DiscretePlan(scaled, caps, receptors, choices);
    }

    /** The option index per source (−1 where unassigned). */
    public int[] choice() {
        int[] choice = new int[choices.size()];
        for (SourceChoice c : choices) {
            choice[c.getSource()] = c.getOption() == null ? -1 : c.getOption().option();
        }
        return choice;
    }

    public ScaledProblem getScaled() {
        return scaled;
    }

    /** Source indices the local search should sample most; empty when unknown. */
    public int[] getCore() {
        return core;
    }

    public void setCore(int[] core) {
        this.core = core.clone();
    }

    public List<CapRequirement> getCaps() {
        return caps;
    }

    public List<ReceptorRequirement> getReceptors() {
        return receptors;
    }

    /** The entities, source i at index i. */
    public List<SourceChoice> getChoices() {
        return choices;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    /** A planning clone: new entities and list, shared facts and values. */
    DiscretePlan planningClone() {
        DiscretePlan clone = new DiscretePlan();
        clone.scaled = scaled;
        clone.core = core;
        clone.caps = caps;
        clone.receptors = receptors;
        List<SourceChoice> copies = new ArrayList<>(choices.size());
        for (SourceChoice c : choices) {
            copies.add(c.copy());
        }
        clone.choices = copies;
        clone.score = score;
        return clone;
    }
}
