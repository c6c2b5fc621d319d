package org.airshed.market.trading;

import org.airshed.core.allocation.AllocationProblem;

/**
 * Bilateral trading with trading ratios from the transfer matrix: the pollution-offset rule
 * (Krupnick, Oates and Van de Verg 1983). A seller s gives up Δ_s permits and the buyer b gets
 * Δ_b = ratio·Δ_s with ratio = min over receptors k the buyer reaches (T_kb &gt; 0) of T_ks / T_kb —
 * the ratio at the receptor that binds, docs/DOMAIN.md §3 — and, when the problem has a cap, at most 1
 * so that total permits never grow. Then no receptor's concentration rises:
 * T_kb·Δ_b − T_ks·Δ_s ≤ 0 for every k. So from holdings that meet every limit and the cap,
 * approved trades keep meeting them, whatever their order.
 *
 * <p>Holdings are permitted emissions per source (mass); each source may emit up to its holdings.
 */
public final class OffsetRatios {
    private final AllocationProblem problem;
    private final boolean capped;

    private OffsetRatios(AllocationProblem problem) {
        this.problem = problem;
        this.capped = problem.hasCap();
    }

    public static OffsetRatios of(AllocationProblem problem) {
        return new OffsetRatios(problem);
    }

    /**
     * The buyer's permits per permit the seller gives up (≥ 0), +∞ when neither a receptor nor the
     * cap limits the buyer.
     */
    public double ratio(int seller, int buyer) {
        int rs = problem.sourceRegion(seller);
        int rb = problem.sourceRegion(buyer);
        double ratio = capped ? 1 : Double.POSITIVE_INFINITY;
        for (int k = 0; k < problem.receptorCount(); k++) {
            double tb = problem.transfer(k, rb);
            if (tb > 0) {
                ratio = Math.min(ratio, problem.transfer(k, rs) / tb);
            }
        }
        return ratio;
    }

    /**
     * Approves or rejects a trade in which {@code seller} gives up {@code sellerReduction} permits
     * (mass) to {@code buyer}, given everyone's current holdings (mass per source).
     */
    public TradeApproval approve(double[] holdings, int seller, int buyer, double sellerReduction) {
        int n = problem.sourceCount();
        if (holdings.length != n) {
            throw new IllegalArgumentException("holdings: one per source expected (" + n + "), got " + holdings.length);
        }
        if (seller < 0 || seller >= n || buyer < 0 || buyer >= n) {
            return TradeApproval.rejected(ApprovalCode.UNKNOWN_SOURCE, seller, buyer, Double.NaN);
        }
        if (seller == buyer) {
            return TradeApproval.rejected(ApprovalCode.SAME_SOURCE, seller, buyer, Double.NaN);
        }
        if (!Double.isFinite(sellerReduction) || sellerReduction <= 0) {
            return TradeApproval.rejected(ApprovalCode.INVALID_AMOUNT, seller, buyer, Double.NaN);
        }
        if (sellerReduction > holdings[seller]) {
            return TradeApproval.rejected(ApprovalCode.SELLER_SHORT, seller, buyer, Double.NaN);
        }
        double ratio = ratio(seller, buyer);
        if (ratio == Double.POSITIVE_INFINITY) {
            return TradeApproval.rejected(ApprovalCode.UNBOUNDED_RATIO, seller, buyer, ratio);
        }
        if (ratio == 0) {
            return TradeApproval.rejected(ApprovalCode.ZERO_RATIO, seller, buyer, ratio);
        }
        return new TradeApproval(ApprovalCode.APPROVED, seller, buyer, sellerReduction, ratio * sellerReduction, ratio);
    }

    /**
     * Approves a trade by the ratio at the receptors it would push past their limits only: the
     * buyer gets Δ_b = min(Δ_s if capped, min_k (slack_k⁺ + T_ks·Δ_s) / T_kb) over the receptors k it
     * reaches, slack_k being what receptor k's limit leaves at the current holdings. Where a limit has
     * room the trade is one for one; where it binds (or is already broken) the offset ratio
     * T_ks / T_kb applies (docs/DOMAIN.md §3). No approved trade breaks a limit that held, nor worsens one
     * that did not.
     */
    public TradeApproval approveAtBindingReceptors(double[] holdings, int seller, int buyer, double sellerReduction) {
        TradeApproval strict = approve(holdings, seller, buyer, sellerReduction);
        if (!strict.approved() && strict.code() != ApprovalCode.ZERO_RATIO) {
            return strict;
        }
        int rs = problem.sourceRegion(seller);
        int rb = problem.sourceRegion(buyer);
        double increase = capped ? sellerReduction : Double.POSITIVE_INFINITY;
        for (int k = 0; k < problem.receptorCount(); k++) {
            double tb = problem.transfer(k, rb);
            if (tb > 0) {
                double slack = Math.max(0, limit(k) - concentration(holdings, k));
                increase = Math.min(increase, (slack + problem.transfer(k, rs) * sellerReduction) / tb);
            }
        }
        increase = Math.max(increase, strict.approved() ? strict.buyerIncrease() : 0);
        if (!(increase > 0)) {
            return strict;
        }
        return new TradeApproval(ApprovalCode.APPROVED, seller, buyer, sellerReduction, increase,
                increase / sellerReduction);
    }

    /** Σ_i T_k,region(i) · holdings_i at receptor k: the concentration the holdings allow (above background). */
    public double concentration(double[] holdings, int k) {
        double total = 0;
        for (int i = 0; i < holdings.length; i++) {
            total += problem.transfer(k, problem.sourceRegion(i)) * holdings[i];
        }
        return total;
    }

    /**
     * The most {@link #concentration} may reach at receptor k: the problem's requirement
     * Σ_r T_kr A_r ≥ R_k in emission terms, Σ_i T_k,region(i) baseline_i − R_k.
     */
    public double limit(int k) {
        double total = -problem.receptorRequirement(k);
        for (int i = 0; i < problem.sourceCount(); i++) {
            total += problem.transfer(k, problem.sourceRegion(i)) * problem.baseline(i);
        }
        return total;
    }

    /** The most total permits may reach: Σ baseline − cap requirement (mass); +∞ without a cap. */
    public double totalLimit() {
        if (!capped) {
            return Double.POSITIVE_INFINITY;
        }
        double total = -problem.capRequirement();
        for (int i = 0; i < problem.sourceCount(); i++) {
            total += problem.baseline(i);
        }
        return total;
    }
}
