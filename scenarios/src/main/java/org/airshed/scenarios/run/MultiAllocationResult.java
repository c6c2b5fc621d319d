package org.airshed.scenarios.run;

import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.market.compensation.MultiPollutantDutyComparison;

/**
 * What the several-pollutant allocation section produces: the allocation and, when the policy gives
 * duties, the region-by-region comparison (null otherwise).
 */
public record MultiAllocationResult(MultiAllocationReport allocation, MultiPollutantDutyComparison cooperation) {
}
