package org.airshed.market.permits;

import org.airshed.core.model.Region;
import org.airshed.core.study.ScenarioProblem;

/** A one-pollutant scenario in solver form as the allocation rules read it (problem source order). */
public record ScenarioBasis(ScenarioProblem sp) implements PermitBasis {
    @Override
    public int sourceCount() {
        return sp.problem().sourceCount();
    }

    @Override
    public double baseline(int i) {
        return sp.problem().baseline(i);
    }

    @Override
    public double maxAbatement(int i) {
        return sp.problem().maxAbatement(i);
    }

    @Override
    public int sourceRegion(int i) {
        return sp.problem().sourceRegion(i);
    }

    @Override
    public int regionCount() {
        return sp.problem().regionCount();
    }

    @Override
    public String regionId(int r) {
        return sp.regionId(r);
    }

    @Override
    public double regionBaseline(int r) {
        return sp.regionBaseline(r);
    }

    @Override
    public Region region(int r) {
        return sp.scenario().region(sp.regionId(r));
    }

    @Override
    public Double duty(int r) {
        return sp.scenario().policy().duties().get(sp.regionId(r));
    }

    @Override
    public String dutyField(int r) {
        return "policy.duties";
    }
}
