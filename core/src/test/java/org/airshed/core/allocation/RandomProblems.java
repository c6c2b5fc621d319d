package org.airshed.core.allocation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded random {@link AllocationProblem}s for property tests. Everything is drawn from one
 * {@code SplittableRandom(seed)}, so {@code generate(flavour, seed)} reproduces an instance exactly.
 *
 * <p>Instances are small (1–6 regions, 0–3 sources each, 1–5 blocks per step source) and mix
 * step and quadratic curves, regions without sources, 0–4 receptors, zero-amount blocks,
 * zero-cost blocks, occasional negative unit costs, and requirements drawn as a fraction of what
 * the row can reach with every source at its maximum: mostly binding (15–90 %), sometimes slack
 * (≤ 2 %, possibly negative) and sometimes infeasible (105–150 %, never within 5 % of the edge, so
 * feasibility is not a matter of rounding). The later flavours stress the edges on purpose: a cap
 * asking for every unit, nothing asked at all, limits that never bind, curves that are mostly
 * quadratic under several limits, and negative costs.
 */
final class RandomProblems {
    /** What an instance stresses; the property test has one method per flavour. */
    enum Flavour {
        /** A cap and no receptors. */
        CAP_ONLY,
        /** 1–4 receptors and no cap. */
        RECEPTORS_ONLY,
        /** A cap and 1–4 receptors. */
        CAP_AND_RECEPTORS,
        /** Welfare weights in every instance, some regions at weight 0. */
        WELFARE_WEIGHTS,
        /** Unit costs, amounts and transfers from small palettes: identical costs across sources and regions. */
        TIES,
        /** Many blocks (and quadratic linear terms) at zero cost. */
        ZERO_COST_BLOCKS,
        /** At least one row that cannot be met even with every source at its maximum. */
        INFEASIBLE,
        /** Everything at its base rate. */
        MIXED,
        /** A cap asking for every possible unit of abatement (the requirement summed in another order), 0–3 receptors. */
        CAP_AT_MAXIMUM,
        /** A cap at the total baseline (requirement 0) and limits that cannot be broken (requirement ≤ 0); some welfare weights. */
        NOTHING_REQUIRED,
        /** A binding cap and 1–4 receptor limits that never bind. */
        SLACK_LIMITS,
        /** Mostly quadratic sources under 2–4 receptor limits, with or without a cap. */
        QUADRATIC_RECEPTORS,
        /** Negative unit costs and negative linear terms half the time. */
        NEGATIVE_COSTS
    }

    private static final double[] TIE_COSTS = {2, 4, 4, 6, 6, 6, 8, 10};
    private static final double[] TIE_TRANSFERS = {0.5, 1, 1};

    private final Flavour flavour;
    private final SplittableRandom random;
    private final boolean ties;

    private RandomProblems(Flavour flavour, long seed) {
        this.flavour = flavour;
        this.random = new SplittableRandom(seed);
        this.ties = flavour == Flavour.TIES || (flavour == Flavour.MIXED && random.nextDouble() < 0.3);
    }

    /** The instance of {@code flavour} numbered {@code seed}. */
    static AllocationProblem generate(Flavour flavour, long seed) {
        return new RandomProblems(flavour, seed).build();
    }

    private AllocationProblem build() {
        AllocationProblemBuilder builder = AllocationProblem.builder();
        int regions = 1 + random.nextInt(6);
        boolean welfare = flavour == Flavour.WELFARE_WEIGHTS || (flavour == Flavour.MIXED && random.nextDouble() < 0.25)
                || (flavour.ordinal() > Flavour.MIXED.ordinal() && random.nextDouble() < 0.3);
        double[] regionMax = new double[regions];
        for (int r = 0; r < regions; r++) {
            double weight = welfare && random.nextDouble() < 0.7 ? uniform(0, 30) : 0;
            builder.addRegion("R" + r, ties ? Math.rint(weight) : weight);
        }
        for (int r = 0; r < regions; r++) {
            int sources = random.nextDouble() < 0.2 ? 0 : 1 + random.nextInt(3);
            for (int s = 0; s < sources; s++) {
                double quadratic = flavour == Flavour.QUADRATIC_RECEPTORS ? 0.8 : 0.3;
                regionMax[r] += random.nextDouble() < quadratic ? addQuadratic(builder, r) : addSteps(builder, r);
            }
        }

        boolean cap = switch (flavour) {
            case CAP_ONLY, CAP_AND_RECEPTORS, CAP_AT_MAXIMUM, SLACK_LIMITS -> true;
            case RECEPTORS_ONLY -> false;
            default -> random.nextDouble() < 0.7;
        };
        int receptors = switch (flavour) {
            case CAP_ONLY -> 0;
            case RECEPTORS_ONLY, CAP_AND_RECEPTORS, SLACK_LIMITS -> 1 + random.nextInt(4);
            case CAP_AT_MAXIMUM -> random.nextInt(4);
            case QUADRATIC_RECEPTORS -> 2 + random.nextInt(3);
            default -> random.nextInt(5);
        };
        if (!cap && receptors == 0) {
            cap = flavour == Flavour.INFEASIBLE || random.nextDouble() < 0.5;
        }
        int rows = (cap ? 1 : 0) + receptors;
        int infeasibleRow = -1;
        boolean edge = flavour == Flavour.CAP_AT_MAXIMUM || flavour == Flavour.NOTHING_REQUIRED
                || flavour == Flavour.SLACK_LIMITS;
        if (rows > 0 && !edge && (flavour == Flavour.INFEASIBLE || random.nextDouble() < 0.06)) {
            infeasibleRow = random.nextInt(rows);
        }

        int row = 0;
        if (cap) {
            double reach = 0;
            for (double m : regionMax) {
                reach += m;
            }
            if (flavour == Flavour.CAP_AT_MAXIMUM) {
                // Summed backwards: the solver's own total may differ in the last bit.
                double backwards = 0;
                for (int r = regions - 1; r >= 0; r--) {
                    backwards += regionMax[r];
                }
                builder.capRequirement(backwards);
                row++;
            } else if (flavour == Flavour.NOTHING_REQUIRED) {
                builder.capRequirement(0);
                row++;
            } else {
                builder.capRequirement(requirement(reach, row++ == infeasibleRow));
            }
        }
        for (int k = 0; k < receptors; k++) {
            double[] transfer = new double[regions];
            double reach = 0;
            for (int r = 0; r < regions; r++) {
                if (random.nextDouble() < 0.65) {
                    transfer[r] = ties ? pick(TIE_TRANSFERS) : uniform(0.05, 1);
                }
                reach += transfer[r] * regionMax[r];
            }
            double required = switch (flavour) {
                case NOTHING_REQUIRED -> random.nextBoolean() ? 0 : -reach * uniform(0, 0.5);
                case SLACK_LIMITS -> reach * uniform(-0.2, 0.01);
                default -> requirement(reach, row == infeasibleRow);
            };
            row++;
            builder.addReceptor(random.nextInt(regions), transfer, required);
        }
        return builder.build();
    }

    /** Adds a step source with 1–5 blocks; returns its maximum abatement. */
    private double addSteps(AllocationProblemBuilder builder, int region) {
        int blocks = 1 + random.nextInt(5);
        double[] amounts = new double[blocks];
        double[] costs = new double[blocks];
        int zeroCost = flavour == Flavour.ZERO_COST_BLOCKS && random.nextDouble() < 0.6
                ? 1 + random.nextInt(blocks)
                : (random.nextDouble() < 0.1 ? 1 : 0);
        double max = 0;
        for (int b = 0; b < blocks; b++) {
            amounts[b] = random.nextDouble() < 0.1 ? 0 : (ties ? 1 + random.nextInt(5) : uniform(0.2, 10));
            max += amounts[b];
            if (b < zeroCost) {
                costs[b] = 0;
            } else if (ties) {
                costs[b] = pick(TIE_COSTS);
            } else if (b > 0 && random.nextDouble() < 0.1) {
                costs[b] = costs[b - 1]; // a tie within the source
            } else {
                costs[b] = uniform(0, 50);
            }
        }
        if (random.nextDouble() < (flavour == Flavour.NEGATIVE_COSTS ? 0.5 : 0.08)) {
            costs[0] = -uniform(0, 10);
        }
        Arrays.sort(costs); // the builder wants non-decreasing unit costs
        builder.addStepSource(region, max + uniform(0, 5), amounts, costs);
        return max;
    }

    /** Adds a quadratic source; returns its maximum abatement. */
    private double addQuadratic(AllocationProblemBuilder builder, int region) {
        double linear;
        if (flavour == Flavour.ZERO_COST_BLOCKS && random.nextDouble() < 0.5) {
            linear = 0;
        } else if (random.nextDouble() < (flavour == Flavour.NEGATIVE_COSTS ? 0.5 : 0.08)) {
            linear = -uniform(0, 10);
        } else {
            linear = ties ? pick(TIE_COSTS) : uniform(0, 40);
        }
        double slope = ties ? 1 + random.nextInt(2) : uniform(0.2, 10);
        double max = random.nextDouble() < 0.03 ? 0 : (ties ? 1 + random.nextInt(8) : uniform(0.5, 10));
        builder.addQuadraticSource(region, max + uniform(0, 5), linear, slope, max);
        return max;
    }

    /** A requirement for a row that reaches {@code reach} with every source at its maximum. */
    private double requirement(double reach, boolean infeasible) {
        if (infeasible) {
            return reach > 0 ? reach * uniform(1.05, 1.5) : 1 + uniform(0, 5);
        }
        double required = random.nextDouble() < 0.15 ? reach * uniform(-0.3, 0.02) : reach * uniform(0.15, 0.9);
        // Half-unit requirements land on sums of the tie palettes' amounts: degenerate vertices.
        return ties ? Math.floor(required * 2) / 2 : required;
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private double pick(double[] palette) {
        return palette[random.nextInt(palette.length)];
    }
}
