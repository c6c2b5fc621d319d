package org.airshed.core.discrete.solver;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.domain.OptionValue;
import org.airshed.core.discrete.domain.SourceChoice;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Assigns new options to a few sources at once (a composite change move). */
final class ReassignMove extends AbstractMove<DiscretePlan> {
    private final SourceChoice[] entities;
    private final OptionValue[] values;

    ReassignMove(SourceChoice[] entities, OptionValue[] values) {
        this.entities = entities;
        this.values = values;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DiscretePlan> scoreDirector) {
        for (int e = 0; e < entities.length; e++) {
            if (!entities[e].getOption().equals(values[e])) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<DiscretePlan> scoreDirector) {
        OptionValue[] old = new OptionValue[entities.length];
        for (int e = 0; e < entities.length; e++) {
            old[e] = entities[e].getOption();
        }
        return new ReassignMove(entities, old);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DiscretePlan> scoreDirector) {
        for (int e = 0; e < entities.length; e++) {
            if (!entities[e].getOption().equals(values[e])) {
                scoreDirector.beforeVariableChanged(entities[e], SourceChoice.OPTION);
                entities[e].setOption(values[e]);
                scoreDirector.afterVariableChanged(entities[e], SourceChoice.OPTION);
            }
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<DiscretePlan> destinationScoreDirector) {
        SourceChoice[] rebased = new SourceChoice[entities.length];
        for (int e = 0; e < entities.length; e++) {
            rebased[e] = destinationScoreDirector.lookUpWorkingObject(entities[e]);
        }
        return new ReassignMove(rebased, values.clone());
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return List.of(entities);
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return List.of(values);
    }

    @Override
    public String toString() {
        return "Reassign" + Arrays.toString(entities) + " -> " + Arrays.toString(values);
    }
}
