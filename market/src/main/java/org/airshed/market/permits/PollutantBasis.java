package org.airshed.market.permits;

import org.airshed.core.model.Region;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.core.util.JsonPath;

/**
 * The permits of pollutant p of a version-2 scenario as the allocation rules read them: each source's
 * baseline and best single abatement of p, and the regions' {@code policy.duties[region][p]}.
 */
public final class PollutantBasis implements PermitBasis {
    private final MultiScenarioProblem problem;
    private final int p;
    private final double[] regionBaseline;

    public PollutantBasis(MultiScenarioProblem problem, int p) {
        this.problem = problem;
        this.p = p;
        this.regionBaseline = new double[problem.regionCount()];
        for (int i = 0; i < problem.sourceCount(); i++) {
            regionBaseline[problem.sourceRegion(i)] += problem.baseline(i, p);
        }
    }

    @Override
    public int sourceCount() {
        return problem.sourceCount();
    }

    @Override
    public double baseline(int i) {
        return problem.baseline(i, p);
    }

    @Override
    public double maxAbatement(int i) {
        return problem.maxAbatement(i, p);
    }

    @Override
    public int sourceRegion(int i) {
        return problem.sourceRegion(i);
    }

    @Override
    public int regionCount() {
        return problem.regionCount();
    }

    @Override
    public String regionId(int r) {
        return problem.region(r);
    }

    @Override
    public double regionBaseline(int r) {
        return regionBaseline[r];
    }

    @Override
    public Region region(int r) {
        return problem.scenario().regions().get(r);
    }

    @Override
    public Double duty(int r) {
        var row = problem.scenario().policy().duties().get(problem.region(r));
        return row == null ? null : row.get(problem.pollutant(p));
    }

    @Override
    public String dutyField(int r) {
        return JsonPath.child(JsonPath.child("policy.duties", problem.region(r)), problem.pollutant(p));
    }
}
