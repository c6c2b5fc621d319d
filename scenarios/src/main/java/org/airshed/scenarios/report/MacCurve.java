package org.airshed.scenarios.report;

/**
 * A marginal-abatement-cost curve as its breakpoints, in order of price: at {@code price[k]}
 * (money per mass) the sources abate {@code abatement[k]} (mass, cumulative) at least cost
 * {@code cost[k]} (money). A price where step blocks start has two points, the abatement just
 * below it and with those blocks taken; between consecutive points abatement is linear in price
 * (quadratic curves), so the points are the whole curve. A curve with more breakpoints than its
 * row budget keeps an evenly spread subset of them ({@link CurveThinning}); {@code breakpoints}
 * says how many it had.
 *
 * @param region      the region's id, or null for the total over every region
 * @param breakpoints the number of breakpoints before thinning
 */
record MacCurve(String region, double[] price, double[] abatement, double[] cost, int breakpoints) {
    MacCurve {
        if (price.length != abatement.length || price.length != cost.length) {
            throw new IllegalArgumentException("a curve needs as many abatements and costs as prices: "
                    + price.length + ", " + abatement.length + ", " + cost.length);
        }
        price = price.clone();
        abatement = abatement.clone();
        cost = cost.clone();
    }

    int size() {
        return price.length;
    }

    boolean thinned() {
        return breakpoints > price.length;
    }

    @Override
    public double[] price() {
        return price.clone();
    }

    @Override
    public double[] abatement() {
        return abatement.clone();
    }

    @Override
    public double[] cost() {
        return cost.clone();
    }
}
