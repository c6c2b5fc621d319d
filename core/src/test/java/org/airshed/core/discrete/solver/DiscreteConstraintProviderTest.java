package org.airshed.core.discrete.solver;

import java.util.List;

import org.airshed.core.discrete.domain.CapRequirement;
import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.domain.OptionValue;
import org.airshed.core.discrete.domain.ReceptorRequirement;
import org.airshed.core.discrete.domain.SourceChoice;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint, named after it, each with a penalised and an unpenalised case. */
class DiscreteConstraintProviderTest {
    private final ConstraintVerifier<DiscreteConstraintProvider, DiscretePlan> verifier =
            ConstraintVerifier.build(new DiscreteConstraintProvider(), DiscretePlan.class, SourceChoice.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    /** A source with no control and one option of the given units (cap, cost, receptors 0 and 1). */
    private static SourceChoice source(int id, long cap, long cost, long receptor0, long receptor1, boolean control) {
        OptionValue none = new OptionValue(id, 0, 0, 0, new long[] {0, 0});
        OptionValue option = new OptionValue(id, 1, cap, cost, new long[] {receptor0, receptor1});
        return new SourceChoice(id, List.of(none, option), new boolean[] {true, true}, control ? option : none);
    }

    @Test
    void capExcess() {
        SourceChoice a = source(0, 60, 10, 0, 0, true);
        SourceChoice b = source(1, 30, 10, 0, 0, true);
        SourceChoice idle = source(2, 50, 10, 0, 0, false);
        verifier.verifyThat(DiscreteConstraintProvider::capExcess)
                .given(a, b, idle, new CapRequirement(100))
                .penalizesBy(10);
        verifier.verifyThat(DiscreteConstraintProvider::capExcess)
                .given(a, b, idle, new CapRequirement(90))
                .penalizesBy(0);
    }

    @Test
    void receptorExcess() {
        SourceChoice a = source(0, 0, 10, 40, 5, true);
        SourceChoice b = source(1, 0, 10, 30, 5, true);
        SourceChoice idle = source(2, 0, 10, 100, 100, false);
        // Receptor 0 needs 100 and gets 70; receptor 1 needs 20 and gets 10: 30 + 10.
        verifier.verifyThat(DiscreteConstraintProvider::receptorExcess)
                .given(a, b, idle, new ReceptorRequirement(0, 100), new ReceptorRequirement(1, 20))
                .penalizesBy(40);
        verifier.verifyThat(DiscreteConstraintProvider::receptorExcess)
                .given(a, b, idle, new ReceptorRequirement(0, 70), new ReceptorRequirement(1, 10))
                .penalizesBy(0);
    }

    @Test
    void cost() {
        verifier.verifyThat(DiscreteConstraintProvider::cost)
                .given(source(0, 5, 120, 0, 0, true), source(1, 5, 30, 0, 0, true), source(2, 5, 999, 0, 0, false))
                .penalizesBy(150);
        verifier.verifyThat(DiscreteConstraintProvider::cost)
                .given(source(0, 5, 120, 0, 0, false), source(1, 5, 0, 0, 0, true))
                .penalizesBy(0);
    }
}
