package org.airshed.core.allocation;

/**
 * Region-aggregated abatement curves: what each region abates, at what least cost, when all its
 * sources face one price, and how a group of regions meets a total reduction at least cost. A
 * coalition of regions is solved on these aggregated curves in O(|S| · log n) per price tried,
 * independent of the number of sources, which makes thousands of coalition values cheap.
 * Mass and money are the problem's units; receptor rows and welfare weights of the problem play
 * no part.
 */
public final class RegionSupply {
    /** Enough halvings to reach adjacent doubles from any range a price can have. */
    private static final int MAX_HALVINGS = 2_200;

    private final RegionCurves curves;
    private final int regionCount;
    private final double[] maxAbatement;
    private final double[] maxMarginalCost;

    private RegionSupply(AllocationProblem problem) {
        this.curves = new RegionCurves(problem);
        this.regionCount = problem.regionCount();
        this.maxAbatement = new double[regionCount];
        this.maxMarginalCost = new double[regionCount];
        for (int r = 0; r < regionCount; r++) {
            maxAbatement[r] = curves.maxAbatement(r);
        }
        for (int i = 0; i < problem.sourceCount(); i++) {
            int r = problem.sourceRegion(i);
            double top = problem.isQuadratic(i) ? problem.quadLinear(i) + problem.quadSlope(i) * problem.maxAbatement(i) : 0;
            for (int b = 0; b < problem.blockCount(i); b++) {
                top = Math.max(top, problem.blockCost(i, b));
            }
            maxMarginalCost[r] = Math.max(maxMarginalCost[r], top);
        }
    }

    public static RegionSupply of(AllocationProblem problem) {
        return new RegionSupply(problem);
    }

    public int regionCount() {
        return regionCount;
    }

    /** The most region r can abate (mass). */
    public double maxAbatement(int region) {
        return maxAbatement[region];
    }

    /**
     * Region r's least-cost response when every one of its sources faces {@code price} (money per
     * mass): each source abates while its marginal cost is below the price; a block priced exactly
     * at the price is not taken.
     */
    public Response response(int region, double price) {
        RegionCurves.Point point = curves.response(region, price, false);
        return new Response(point.abatement(), point.cost());
    }

    /**
     * The least-cost way for {@code members} (region indices) to abate {@code requirement} in total
     * with their own sources; null when they cannot abate that much. The common marginal cost is
     * found by halving to adjacent doubles; what a step block priced exactly there supplies is
     * shared among the members in proportion to their blocks at that price. The price is never below
     * 0: blocks of negative cost are always taken, even beyond the requirement (or with none), and
     * blocks of cost 0 only as far as the requirement needs them, so among least-cost plans this one
     * abates least.
     */
    public Meeting meet(int[] members, double requirement) {
        double capacity = 0;
        double high = 0;
        for (int r : members) {
            capacity += maxAbatement[r];
            high = Math.max(high, maxMarginalCost[r]);
        }
        if (requirement > capacity * (1 + 1e-12) + 1e-12) {
            return null;
        }
        double[] abatement = new double[members.length];
        double[] cost = new double[members.length];
        // Nothing required still takes every block that costs less than nothing (price 0, free blocks left).
        double price = requirement <= 0 ? 0 : lowestPriceCovering(members, Math.min(requirement, capacity), high);
        double below = 0;
        double jump = 0;
        double[] atPrice = new double[members.length];
        for (int m = 0; m < members.length; m++) {
            RegionCurves.Point strict = curves.response(members[m], price, false);
            RegionCurves.Point inclusive = curves.response(members[m], price, true);
            abatement[m] = strict.abatement();
            cost[m] = strict.cost();
            atPrice[m] = inclusive.abatement() - strict.abatement();
            below += strict.abatement();
            jump += atPrice[m];
        }
        double gap = Math.max(requirement - below, 0);
        for (int m = 0; m < members.length; m++) {
            double share = jump > 0 ? gap * atPrice[m] / jump : gap / members.length;
            abatement[m] += share;
            cost[m] += price * share;
        }
        return new Meeting(price, abatement, cost);
    }

    /** The lowest price at which the members, taking blocks priced exactly at it, abate ≥ requirement. */
    private double lowestPriceCovering(int[] members, double requirement, double high) {
        if (inclusiveSupply(members, 0) >= requirement) {
            return 0;
        }
        double low = 0;
        for (int k = 0; k < MAX_HALVINGS && Math.nextUp(low) < high; k++) {
            double mid = low + (high - low) / 2;
            if (mid <= low || mid >= high) {
                break;
            }
            if (inclusiveSupply(members, mid) >= requirement) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private double inclusiveSupply(int[] members, double price) {
        double total = 0;
        for (int r : members) {
            total += curves.response(r, price, true).abatement();
        }
        return total;
    }

    /** A region's response to a price: abatement (mass) and its least cost (money). */
    public record Response(double abatement, double cost) {
    }

    /**
     * How a group meets a total: the common marginal cost (money per mass) and each member's
     * abatement and cost, in the order of the members given.
     */
    public record Meeting(double price, double[] abatement, double[] cost) {
        public Meeting {
            abatement = abatement.clone();
            cost = cost.clone();
        }

        @Override
        public double[] abatement() {
            return abatement.clone();
        }

        @Override
        public double[] cost() {
            return cost.clone();
        }

        public double totalCost() {
            double total = 0;
            for (double c : cost) {
                total += c;
            }
            return total;
        }
    }
}
