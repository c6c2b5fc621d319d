package org.airshed.core.discrete.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.airshed.core.discrete.domain.CapRequirement;
import org.airshed.core.discrete.domain.ReceptorRequirement;
import org.airshed.core.discrete.domain.SourceChoice;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The discrete-technology rules. Units are those of {@link org.airshed.core.discrete.ScaledProblem}:
 * hard penalties are shortfalls in row units, the soft penalty is cost in cost units.
 */
public final class DiscreteConstraintProvider implements ConstraintProvider {
    public static final String CAP_EXCESS = "capExcess";
    public static final String RECEPTOR_EXCESS = "receptorExcess";
    public static final String COST = "cost";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {capExcess(factory), receptorExcess(factory), cost(factory)};
    }

    // Emissions over the cap: penalise the total abatement's shortfall below the cap requirement.
    Constraint capExcess(ConstraintFactory factory) {
        return factory.forEach(SourceChoice.class)
                .groupBy(sumLong(SourceChoice::capUnits))
                .join(CapRequirement.class, Joiners.lessThan(total -> total, CapRequirement::units))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (total, cap) -> cap.units() - total)
                .asConstraint(CAP_EXCESS);
    }

    // Concentration over a receptor's limit: penalise each receptor's reduction shortfall.
    Constraint receptorExcess(ConstraintFactory factory) {
        return factory.forEach(SourceChoice.class)
                .join(ReceptorRequirement.class,
                        Joiners.filtering((choice, receptor) -> choice.affects(receptor.index())))
                .groupBy((choice, receptor) -> receptor,
                        sumLong((choice, receptor) -> choice.receptorUnits(receptor.index())))
                .filter((receptor, total) -> total < receptor.units())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (receptor, total) -> receptor.units() - total)
                .asConstraint(RECEPTOR_EXCESS);
    }

    // Annual cost of the chosen controls.
    Constraint cost(ConstraintFactory factory) {
        return factory.forEach(SourceChoice.class)
                .filter(choice -> choice.costUnits() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, SourceChoice::costUnits)
                .asConstraint(COST);
    }
}
