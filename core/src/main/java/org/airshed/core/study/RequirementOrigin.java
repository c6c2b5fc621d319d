package org.airshed.core.study;

/**
 * Where a total-reduction requirement comes from, so that an infeasibility can name it in file
 * terms.
 *
 * @param location    JSON path of the policy value ({@code $.policy.cap}, {@code $.policy.duties.SH})
 * @param value       the value found there (mass)
 * @param requirement the minimum total abatement it implies (mass; ≤ 0 when it asks nothing)
 * @param derivation  how the requirement follows from the value, in words
 */
public record RequirementOrigin(String location, double value, double requirement, String derivation) {
}
