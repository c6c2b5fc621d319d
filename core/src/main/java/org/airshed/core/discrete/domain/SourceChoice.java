package org.airshed.core.discrete.domain;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Planning entity: one source and the option it installs. Its value range is its own options,
 * no control included. Mutable because OptaPlanner assigns the variable.
 */
@PlanningEntity
public class SourceChoice {
    public static final String OPTION = "option";

    private int source;
    private List<OptionValue> options;
    /** affects[k]: whether this source's region reaches receptor k at all (T > 0). */
    private boolean[] affects;

    @PlanningVariable(valueRangeProviderRefs = "options")
    private OptionValue option;

    /** For OptaPlanner's reflection only. */
    public SourceChoice() {
    }

    public SourceChoice(int source, List<OptionValue> options, boolean[] affects, OptionValue option) {
        this.source = source;
        this.options = List.copyOf(options);
        this.affects = affects;
        this.option = option;
    }

    /** A copy sharing the immutable parts, for the solution cloner. */
    SourceChoice copy() {
        SourceChoice copy = new SourceChoice();
        copy.source = source;
        copy.options = options;
        copy.affects = affects;
        copy.option = option;
        return copy;
    }

    public int getSource() {
        return source;
    }

    @ValueRangeProvider(id = "options")
    public List<OptionValue> getOptions() {
        return options;
    }

    public OptionValue getOption() {
        return option;
    }

    public void setOption(OptionValue option) {
        this.option = option;
    }

    public boolean affects(int receptor) {
        return affects[receptor];
    }

    public long capUnits() {
        return option.capUnits();
    }

    public long costUnits() {
        return option.costUnits();
    }

    public long receptorUnits(int receptor) {
        return option.receptorUnits(receptor);
    }

    @Override
    public String toString() {
        return "SourceChoice[S" + source + " -> " + (option == null ? "unassigned" : "o" + option.option()) + "]";
    }
}
