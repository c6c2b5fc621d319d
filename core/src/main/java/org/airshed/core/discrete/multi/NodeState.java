package org.airshed.core.discrete.multi;

import java.util.Arrays;
import java.util.List;

/**
 * What a branch-and-bound node allows: each source either fixed to one option ({@code fixed[i]} ≥ 0,
 * 0 = none) or free ({@code -1}) among its options not forbidden (none always allowed while free).
 * Immutable once made; children copy.
 */
final class NodeState {
    final int[] fixed;
    /** Per global option of the base problem: forbidden at this node. */
    final boolean[] forbidden;

    private NodeState(int[] fixed, boolean[] forbidden) {
        this.fixed = fixed;
        this.forbidden = forbidden;
    }

    static NodeState root(MultiDiscreteProblem problem) {
        int[] fixed = new int[problem.sourceCount()];
        Arrays.fill(fixed, -1);
        NodeState root = new NodeState(fixed, new boolean[problem.base().optionCount()]);
        for (int i = 0; i < fixed.length; i++) {
            root.settle(problem, i);
        }
        return root;
    }

    boolean isFree(int i) {
        return fixed[i] < 0;
    }

    /** Whether free source i may take option k ≥ 1. */
    boolean allows(MultiDiscreteProblem problem, int i, int k) {
        return !forbidden[problem.globalOption(i, k)];
    }

    /** The child with source i fixed to option k. */
    NodeState fix(int i, int k) {
        int[] f = fixed.clone();
        f[i] = k;
        return new NodeState(f, forbidden);
    }

    /** The child with option k of source i forbidden (the source fixed to none once nothing else is left). */
    NodeState forbid(MultiDiscreteProblem problem, int i, int k) {
        boolean[] b = forbidden.clone();
        b[problem.globalOption(i, k)] = true;
        NodeState child = new NodeState(fixed.clone(), b);
        child.settle(problem, i);
        return child;
    }

    /** The node with every (source, option) of {@code options} forbidden (sources left nothing fixed to none). */
    NodeState forbidAll(MultiDiscreteProblem problem, List<int[]> options) {
        boolean[] b = forbidden.clone();
        for (int[] option : options) {
            b[problem.globalOption(option[0], option[1])] = true;
        }
        NodeState child = new NodeState(fixed.clone(), b);
        for (int[] option : options) {
            child.settle(problem, option[0]);
        }
        return child;
    }

    /** A free source with no option left is fixed to none. */
    private void settle(MultiDiscreteProblem problem, int i) {
        if (!isFree(i)) {
            return;
        }
        for (int k = 1; k < problem.optionCount(i); k++) {
            if (allows(problem, i, k)) {
                return;
            }
        }
        fixed[i] = 0;
    }
}
