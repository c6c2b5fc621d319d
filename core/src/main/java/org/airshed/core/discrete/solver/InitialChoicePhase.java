package org.airshed.core.discrete.solver;

import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.domain.SourceChoice;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/** A custom construction phase: assigns every entity the option a construction chooses. */
abstract class InitialChoicePhase implements CustomPhaseCommand<DiscretePlan> {
    /** One option index per source. */
    abstract int[] choose(DiscretePlan plan);

    @Override
    public void changeWorkingSolution(ScoreDirector<DiscretePlan> scoreDirector) {
        DiscretePlan plan = scoreDirector.getWorkingSolution();
        int[] choice = choose(plan);
        for (SourceChoice entity : plan.getChoices()) {
            scoreDirector.beforeVariableChanged(entity, SourceChoice.OPTION);
            entity.setOption(entity.getOptions().get(choice[entity.getSource()]));
            scoreDirector.afterVariableChanged(entity, SourceChoice.OPTION);
        }
        scoreDirector.triggerVariableListeners();
    }
}
