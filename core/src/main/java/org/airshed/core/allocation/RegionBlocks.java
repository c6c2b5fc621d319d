package org.airshed.core.allocation;

/**
 * A read-only view of the solver's per-region curves ({@code RegionCurves}) for code outside the
 * solver that wants each region's step blocks sorted by unit cost without sorting them again (the
 * report's cost curves). Blocks of no amount are left out. Region r's blocks are {@link #from(int)}
 * to {@link #to(int)} − 1, ascending by unit cost (money per mass), with their amounts (mass).
 */
public final class RegionBlocks {
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private final RegionCurves curves;
    private final int regions;

    RegionBlocks(RegionCurves curves, int regions) {
        this.curves = curves;
        this.regions = regions;
    }

    public int regionCount() {
        return regions;
    }

    public int from(int region) {
        return curves.blockStart(region);
    }

    public int to(int region) {
        return curves.blockStart(region + 1);
    }

    public double cost(int k) {
        return curves.sortedCost(k);
    }

    public double amount(int k) {
        return curves.sortedAmount(k);
    }

    /** Copies sorted blocks {@code from} to {@code to} − 1 into the same places of {@code cost} and {@code amount}. */
    public void copy(int from, int to, double[] cost, double[] amount) {
        curves.copySorted(from, to, cost, amount);
    }

    /** Σ of region r's block amounts (mass) added in source order. */
    public double totalInSourceOrder(int region) {
        return curves.blockTotalInSourceOrder(region);
    }

    /** Σ of all block amounts (mass) added region after region, each region's in source order. */
    public double totalInRegionOrder() {
        return curves.blockTotalInRegionOrder();
    }

    /**
     * Whether region r's order is exactly a stable sort of its blocks, taken in source order, by
     * unit cost with −0 counted as 0: true when the sort was stable and no cost is −0 (it sorts
     * before 0), or when no two costs are equal (then every sort agrees).
     */
    public boolean stableOrder(int region) {
        boolean stable = curves.stablySorted(region);
        for (int k = from(region); k < to(region); k++) {
            double cost = cost(k);
            if (Double.doubleToRawLongBits(cost) == NEGATIVE_ZERO || !stable && k > from(region) && cost == cost(k - 1)) {
                return false;
            }
        }
        return true;
    }
}
