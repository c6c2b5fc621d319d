package org.airshed.market.permits;

import org.airshed.core.model.Region;

/**
 * What the allocation rules read of one kind of permit: each source's baseline and what it can abate
 * (mass), its region, and the regions' weights and duties. A one-pollutant scenario is one basis; a
 * version-2 scenario is one basis per capped pollutant, so that every rule is written once.
 */
public interface PermitBasis {
    int sourceCount();

    /** Source i's baseline emissions of this permit's pollutant (mass). */
    double baseline(int i);

    /** The most source i can abate of this pollutant on its own (mass). */
    double maxAbatement(int i);

    int sourceRegion(int i);

    int regionCount();

    String regionId(int r);

    /** Σ baseline of region r's sources (mass). */
    double regionBaseline(int r);

    /** Region r as the file gives it (population, gdp). */
    Region region(int r);

    /** Region r's stand-alone duty for this pollutant (mass), or null when the policy gives none. */
    Double duty(int r);

    /** How problems name region r's duty field, e.g. {@code policy.duties} or {@code policy.duties.JS.SO2}. */
    String dutyField(int r);
}
