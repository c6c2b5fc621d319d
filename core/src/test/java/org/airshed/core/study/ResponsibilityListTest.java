package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;

import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.junit.jupiter.api.Test;

class ResponsibilityListTest {
    @Test
    void groupsByRegionSectorDepartmentInFileOrder() {
        List<Source> sources = List.of(
                TinyScenarios.steps("b1", "B", "power", "ecology-environment", 50, 10, 1),
                TinyScenarios.steps("a1", "A", "transport", "transport", 40, 10, 1),
                TinyScenarios.steps("a2", "A", "power", "ecology-environment", 30, 10, 1),
                TinyScenarios.steps("a3", "A", "transport", "transport", 20, 10, 1),
                TinyScenarios.steps("a4", "A", "transport", "public-security", 10, 10, 1));
        Scenario s = new Scenario("duties", "", 1, Units.DEFAULT, Objective.COST,
                List.of(TinyScenarios.region("A", 0, 0), TinyScenarios.region("B", 0, 0)), TransferMatrix.EMPTY,
                sources, new Policy(OptionalDouble.empty(), null, null));
        List<SourceOutcome> outcomes = List.of(
                outcome("b1", "B", "power", "ecology-environment", 50, 5, 5),
                outcome("a1", "A", "transport", "transport", 40, 4, 8),
                outcome("a2", "A", "power", "ecology-environment", 30, 3, 3),
                outcome("a3", "A", "transport", "transport", 20, 2, 4),
                outcome("a4", "A", "transport", "public-security", 10, 1, 1));

        assertEquals(List.of(
                new Responsibility("A", "transport", "transport", 2, 60, 6, 54, 12),
                new Responsibility("A", "power", "ecology-environment", 1, 30, 3, 27, 3),
                new Responsibility("A", "transport", "public-security", 1, 10, 1, 9, 1),
                new Responsibility("B", "power", "ecology-environment", 1, 50, 5, 45, 5)),
                ResponsibilityList.of(s, outcomes));
    }

    private static SourceOutcome outcome(String id, String region, String sector, String department,
                                         double baseline, double abatement, double cost) {
        return new SourceOutcome(id, region, sector, department, baseline, abatement, baseline - abatement, cost,
                1, 1);
    }
}
