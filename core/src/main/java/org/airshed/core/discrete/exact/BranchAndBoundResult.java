package org.airshed.core.discrete.exact;

/**
 * What branch and bound ends with. Arrays are owned by the result.
 *
 * @param choice the best choice found (one option index per source), the starting incumbent if
 *               nothing better was found
 * @param cost   its annual cost (money per year)
 * @param bound  proven lower bound on every feasible choice's cost (money per year): the least
 *               bound of the nodes left open, never below the starting bound, never above
 *               {@code cost}; equal to {@code cost} when proven
 * @param proven whether no choice is cheaper than {@code cost} by more than
 *               {@link BranchAndBound#OPTIMALITY_TOLERANCE} of it (the tree was searched to the end)
 * @param nodes  relaxations solved (the root included)
 * @param open   nodes left open when a limit stopped the search (0 when proven)
 */
public record BranchAndBoundResult(int[] choice, double cost, double bound, boolean proven, long nodes, int open) {
}
