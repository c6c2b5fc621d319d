package org.airshed.core.study;

/**
 * One line of the responsibility list: what the sources of one sector in one region, under one
 * lead department, must do.
 *
 * @param sources   number of sources in the group
 * @param baseline  their baseline emissions (mass)
 * @param reduction their abatement (mass)
 * @param emissions baseline − reduction (mass)
 * @param cost      their abatement cost (money)
 */
public record Responsibility(String region, String sector, String department, int sources, double baseline,
                             double reduction, double emissions, double cost) {
}
