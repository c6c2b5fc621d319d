package org.airshed.market.compensation;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.airshed.core.allocation.RegionSupply;

/**
 * The game of the duties baseline under the policy in force. Alone, each region meets its
 * stand-alone duty (mass) with its own sources at least cost. A coalition S meets the sum of its
 * members' duties with all their sources at least cost, while every outsider stays at its
 * stand-alone plan, and keeps every receptor within its effective limit and total emissions within
 * the effective cap ({@link PolicyInForce}) given the outsiders' stand-alone emissions:
 * <pre>
 *   Σ_{i∈S} A_i ≥ max(Σ_{i∈S} duty_i, Σ_{i∈S} α_i − capSlack)
 *   Σ_{i∈S} T_ki·A_i ≥ Σ_{i∈S} T_ki·α_i − (limit'_k − z_k(α))     for each receptor k
 * </pre>
 * (α the stand-alone abatement, z(α) the stand-alone concentrations). v(S) = Σ_{i∈S} C_i(alone) −
 * C_S (money saved); the stand-alone plans satisfy every row, so v(S) ≥ 0 and v({i}) = 0. Damages
 * play no part.
 */
final class DutiesGame implements ScenarioCoalitions {
    /** Savings within this fraction of the members' stand-alone cost are rounding in the cost sums. */
    private static final double ROUNDING = 1e-12;
    private final RegionFacts facts;
    private final CoalitionSolver solver;
    private final double[] duty;
    private final double[] alone;
    private final double[] aloneCost;
    private final PolicyInForce policy;

    /** @param standalone each region meeting its own duty; every one must be feasible */
    DutiesGame(RegionFacts facts, RegionSupply supply, RegionBlocks blocks, double[] duty,
               RegionSupply.Meeting[] standalone) {
        this.facts = facts;
        this.solver = new CoalitionSolver(supply, blocks);
        this.duty = duty.clone();
        int n = duty.length;
        this.alone = new double[n];
        this.aloneCost = new double[n];
        for (int i = 0; i < n; i++) {
            alone[i] = standalone[i].abatement()[0];
            aloneCost[i] = standalone[i].totalCost();
        }
        this.policy = PolicyInForce.of(facts, alone);
    }

    @Override
    public int playerCount() {
        return duty.length;
    }

    PolicyInForce policy() {
        return policy;
    }

    @Override
    public CoalitionOutcome outcome(boolean[] members) {
        int[] list = members(members);
        double standalone = 0;
        for (int i : list) {
            standalone += aloneCost[i];
        }
        if (list.length == 1) {
            // Its own stand-alone plan meets every row of its program, and no plan meets its duty for less.
            return new CoalitionOutcome(0, standalone, alone[list[0]], CoalitionOutcome.NONE);
        }
        CoalitionSolution plan = solver.solve(program(list, policy.effective(), policy.capSlack()));
        if (plan == null) {
            throw new IllegalStateException("coalition of regions " + Arrays.toString(list)
                    + " found no plan, although its members' stand-alone plans meet its program");
        }
        double saving = standalone - plan.totalCost();
        // A plan that costs what the stand-alone plans cost, to the last bits of the sums, saves nothing.
        if (Math.abs(saving) <= ROUNDING * standalone) {
            saving = 0;
        }
        return new CoalitionOutcome(saving, plan.totalCost(), plan.totalAbatement(), plan.bindingReceptors());
    }

    /** Everyone meeting its own duty alone: abatement and cost by region. */
    double[][] standalonePlan() {
        return new double[][] {alone.clone(), aloneCost.clone()};
    }

    /** All regions meeting the sum of the duties jointly at least cost, within the effective policy. */
    double[][] jointPlan() {
        CoalitionSolution plan = solver.solve(program(all(), policy.effective(), policy.capSlack()));
        return new double[][] {plan.abatement(), plan.cost()};
    }

    /**
     * What all regions together save when they must also meet every written limit and the written
     * cap; null when they cannot. Differs from v(N) only when the stand-alone profile breaks the policy.
     */
    Double surplusUnderWrittenPolicy() {
        CoalitionSolution plan = solver.solve(program(all(), policy.limit(), policy.writtenCapSlack()));
        if (plan == null) {
            return null;
        }
        double standalone = 0;
        for (double c : aloneCost) {
            standalone += c;
        }
        return standalone - plan.totalCost();
    }

    /**
     * The coalition's program with receptor limits {@code limits} (indexed like the policy's
     * receptors) and cap slack {@code capSlack}; rows the members' stand-alone plans keep with room to
     * spare for any plan are left out.
     */
    private CoalitionProgram program(int[] list, double[] limits, double capSlack) {
        double dutyTotal = 0;
        double aloneTotal = 0;
        for (int i : list) {
            dutyTotal += duty[i];
            aloneTotal += alone[i];
        }
        double requirement = Math.max(dutyTotal, aloneTotal - capSlack);
        int[] receptors = policy.receptors();
        int kept = 0;
        int[] rowReceptor = new int[receptors.length];
        double[][] weight = new double[receptors.length][];
        double[] required = new double[receptors.length];
        for (int k = 0; k < receptors.length; k++) {
            double[] transfer = facts.transfer()[receptors[k]];
            double[] row = new double[list.length];
            double need = -(limits[k] - policy.standalone()[k]);
            for (int m = 0; m < list.length; m++) {
                row[m] = transfer[list[m]];
                need += row[m] * alone[list[m]];
            }
            if (need > 0) {
                rowReceptor[kept] = k;
                weight[kept] = row;
                required[kept++] = need;
            }
        }
        return new CoalitionProgram(list, requirement, Arrays.copyOf(rowReceptor, kept),
                Arrays.copyOf(weight, kept), Arrays.copyOf(required, kept));
    }

    private int[] all() {
        return IntStream.range(0, duty.length).toArray();
    }

    private static int[] members(boolean[] members) {
        int count = 0;
        for (boolean m : members) {
            count += m ? 1 : 0;
        }
        int[] list = new int[count];
        int k = 0;
        for (int i = 0; i < members.length; i++) {
            if (members[i]) {
                list[k++] = i;
            }
        }
        return list;
    }
}
