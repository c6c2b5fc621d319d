package org.airshed.market.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.auction.AuctionResult;
import org.airshed.market.ledger.ComplianceRecord;
import org.airshed.market.ledger.LedgerResult;
import org.airshed.market.ledger.PermitAsset;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.ScenarioBasis;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;

/**
 * The state of one market run: the ledger, who holds what, the trades so far, and each
 * source's emissions and abatement once a mechanism has set them. The mechanisms fill it in;
 * {@link #finish} hands in permits against emissions and sums everything up.
 */
final class MarketRun {
    final Scenario scenario;
    final ScenarioProblem sp;
    final AllocationProblem problem;
    final MarketSpec spec;
    final long seed;
    final MarketLedger book;
    final List<String> holders;
    private final Map<String, Integer> holderIndex = new HashMap<>();
    final String[] assetZone;
    final long[] initial;
    final long[] netPurchase;
    final double[] emissions;
    final double[] abatement;
    private final double[] abatementCost;
    /** Each source's abatement cost discounted to period 0: cost in period t over (1 + r)^t (money). */
    private final double[] presentValue;
    final List<Trade> trades = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private final long[] surrendered;
    private final long[] shortfall;
    private final long[] bought;
    private final long[] sold;
    private final long[] fees;
    /** Emissions by problem region in each compliance period (mass). */
    private final List<double[]> regionEmissions = new ArrayList<>();
    private int compliancePeriods;

    MarketRun(ScenarioProblem sp, MarketSpec spec, long seed, String[] assetZone) {
        this.scenario = sp.scenario();
        this.sp = sp;
        this.problem = sp.problem();
        this.spec = spec;
        this.seed = seed;
        this.assetZone = assetZone;
        int n = problem.sourceCount();
        this.book = new MarketLedger(spec.pollutant(), scenario.units().money());
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(scenario.sourceId(sp.scenarioSource(i)));
            book.open(ids.get(i));
            holderIndex.put(ids.get(i), i);
        }
        this.holders = List.copyOf(ids);
        this.initial = new long[n];
        this.netPurchase = new long[n];
        this.emissions = new double[n];
        this.abatement = new double[n];
        this.abatementCost = new double[n];
        this.presentValue = new double[n];
        this.surrendered = new long[n];
        this.shortfall = new long[n];
        this.bought = new long[n];
        this.sold = new long[n];
        this.fees = new long[n];
    }

    /** The problem index of the source holding ledger account {@code holder}, or null. */
    Integer index(String holder) {
        return holderIndex.get(holder);
    }

    /**
     * The dearest marginal cost any source can face (money per mass): the top of every bid. A
     * source that cannot abate has no marginal cost (NaN) and adds nothing.
     */
    double highestMarginalCost() {
        double highest = 0;
        for (int i = 0; i < sources(); i++) {
            if (problem.maxAbatement(i) > 0) {
                highest = Math.max(highest, problem.marginalCost(i, problem.maxAbatement(i)));
            }
        }
        return highest;
    }

    int sources() {
        return holders.size();
    }

    PermitAsset asset(int source, int vintage) {
        return book.asset(vintage, source < 0 ? "all" : assetZone[source]);
    }

    /** Free permits to each source (PERMIT counts) of {@code vintage}. */
    void issueFree(long[] units, int vintage) {
        issueFree(units, vintage, "issue");
    }

    /** The same under transaction ids {@code tag-vintage-holder} (an advance of a later vintage has its own). */
    void issueFree(long[] units, int vintage, String tag) {
        for (int i = 0; i < units.length; i++) {
            book.issue(tag + "-" + vintage + "-" + holders.get(i), holders.get(i), asset(i, vintage), units[i]);
            initial[i] += units[i];
        }
    }

    /** Permits to the regulator, to sell or withhold. */
    void issueToRegulator(String id, long units, int vintage) {
        book.issue(id, MarketLedger.REGULATOR, book.asset(vintage, "all"), units);
    }

    /** Settles a trade, which must apply: positions from an equilibrium never oversell. */
    void settle(Trade trade) {
        LedgerResult result = book.settle(trade);
        if (!result.isApplied()) {
            throw new IllegalStateException("trade " + trade + " did not settle: " + result);
        }
        trades.add(trade);
        Integer buyer = holderIndex.get(trade.buyer());
        Integer seller = holderIndex.get(trade.seller());
        if (buyer != null) {
            netPurchase[buyer] += trade.quantity();
            bought[buyer] += trade.quantity();
            fees[buyer] += trade.fee();
        }
        if (seller != null) {
            netPurchase[seller] -= trade.quantity();
            sold[seller] += trade.quantity();
        }
    }

    void settleAll(List<Trade> list) {
        list.forEach(this::settle);
    }

    /**
     * After an auction: each source emits what its permits cover, abating the rest as far as it
     * can; what it cannot abate shows as a shortfall at compliance.
     */
    void emitWhatPermitsCover() {
        for (int i = 0; i < sources(); i++) {
            emit(i, problem.baseline(i));
        }
    }

    /**
     * Source i emits what it wants (mass) as far as the permits it holds cover, and at least what it
     * cannot abate: the exact holdings, not the real-valued equilibrium, bound its emissions, so no
     * rounding lets a market emit above the permits it issued.
     */
    void emit(int i, double wanted) {
        abate(i, problem.baseline(i) - emissionsWithin(i, wanted));
    }

    /** What source i emits when it wants {@code wanted} (mass): see {@link #emit}. */
    double emissionsWithin(int i, double wanted) {
        double held = Quantum.PERMIT.toDouble(book.permitsHeld(holders.get(i)));
        double floor = problem.baseline(i) - problem.maxAbatement(i);
        return Math.min(problem.baseline(i), Math.max(floor, Math.min(wanted, held)));
    }

    /**
     * Abatement cost of the frictionless one-market least-cost allocation of {@code cap} as issued
     * (money): the issued permits split exactly, since real-valued shares of the cap summed an ulp off
     * the baseline at a cap of the whole baseline and left a cost of 6.8e-09 (revG).
     */
    double leastCost(double cap) {
        long[] issued = MarketStudy.freePermits(new ScenarioBasis(sp), AllocationRule.GRANDFATHERING, cap, "");
        return EquilibriumMarket.solve(problem, MarketStudy.mass(issued), 0).abatementCost();
    }

    /** Sets a source's emissions from its abatement. */
    void abate(int i, double a) {
        abatement[i] = a;
        emissions[i] = problem.baseline(i) - a;
        abatementCost[i] = problem.cost(i, a);
        presentValue[i] = abatementCost[i];
    }

    /**
     * Adds one more period's abatement: emissions, abatement and cost then sum over periods; the
     * cost also enters the present value times {@code discount} = 1 / (1 + r)^t. Returns the cost.
     */
    double abateInPeriod(int i, double a, double discount) {
        double cost = problem.cost(i, a);
        abatement[i] += a;
        emissions[i] += problem.baseline(i) - a;
        abatementCost[i] += cost;
        presentValue[i] += cost * discount;
        return cost;
    }

    /**
     * Each source hands in permits of vintage ≤ {@code maxVintage} for {@code periodEmissions}
     * (mass); what it cannot cover beyond rounding is its shortfall.
     */
    void comply(int period, double[] periodEmissions, int maxVintage) {
        compliancePeriods = Math.max(compliancePeriods, period + 1);
        double[] byRegion = new double[problem.regionCount()];
        for (int i = 0; i < sources(); i++) {
            byRegion[problem.sourceRegion(i)] += periodEmissions[i];
        }
        regionEmissions.add(byRegion);
        for (int i = 0; i < sources(); i++) {
            long due = Quantum.PERMIT.of(Math.max(periodEmissions[i], 0));
            long handed = book.comply("surrender-p" + period + "-" + holders.get(i), holders.get(i), period,
                    maxVintage, due);
            surrendered[i] += handed;
            shortfall[i] += ComplianceRecord.shortfall(due, handed);
        }
    }

    /** Whether some source's surrenders so far fall short of its emissions beyond rounding. */
    private boolean anyShortfall() {
        for (long s : shortfall) {
            if (s > 0) {
                return true;
            }
        }
        return false;
    }

    /** Journals the cap of {@code vintage} (mass) before its first issue; {@code released}: PERMIT counts above it. */
    void declareCap(int vintage, double cap, long released) {
        book.declareCap(vintage, cap, released);
    }

    MarketReport finish(String status, double clearingPrice, double buyerPrice, double transactionCosts,
                        double frictionlessCost, double leastCost, AuctionResult auction,
                        MarketReport.ZoneOutcome zones, MarketReport.AmbientOutcome ambient,
                        List<MarketReport.PeriodOutcome> periods) {
        book.close(compliancePeriods);
        // A market that leaves a source short of permits has not cleared, whatever mechanism traded.
        String settled = "cleared".equals(status) && anyShortfall() ? "short" : status;
        List<SourcePosition> positions = new ArrayList<>();
        // Per region: emissions, cost and present value as doubles; permits and money as the exact counts
        // (initial, net purchase, shortfall, payment), summed exactly and printed once.
        Map<String, double[]> byRegion = new LinkedHashMap<>();
        Map<String, long[]> countsByRegion = new LinkedHashMap<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            byRegion.put(problem.regionId(r), new double[3]);
            countsByRegion.put(problem.regionId(r), new long[4]);
        }
        double totalAbatementCost = 0;
        double totalPresentValue = 0;
        for (int i = 0; i < sources(); i++) {
            String holder = holders.get(i);
            double cost = abatementCost[i];
            totalAbatementCost += cost;
            long payment = -book.money(holder);
            positions.add(new SourcePosition(holder, problem.regionId(problem.sourceRegion(i)), initial[i], bought[i],
                    sold[i], netPurchase[i], book.permitsHeld(holder) + surrendered[i], surrendered[i], shortfall[i],
                    payment, fees[i], emissions[i], abatement[i], cost));
            String region = problem.regionId(problem.sourceRegion(i));
            double[] sums = byRegion.get(region);
            sums[0] += emissions[i];
            sums[1] += cost;
            sums[2] += presentValue[i];
            long[] counts = countsByRegion.get(region);
            counts[0] = Math.addExact(counts[0], initial[i]);
            counts[1] = Math.addExact(counts[1], netPurchase[i]);
            counts[2] = Math.addExact(counts[2], shortfall[i]);
            counts[3] = Math.addExact(counts[3], payment);
            totalPresentValue += presentValue[i];
        }
        List<RegionPosition> regions = new ArrayList<>();
        byRegion.forEach((id, s) -> {
            long[] c = countsByRegion.get(id);
            regions.add(new RegionPosition(id, Quantum.PERMIT.toDouble(c[0]), s[0], Quantum.PERMIT.toDouble(c[1]),
                    Quantum.MONEY.toDouble(c[3]), s[1], Quantum.PERMIT.toDouble(c[2]), s[2]));
        });
        double volume = 0;
        for (Trade t : trades) {
            volume += Quantum.PERMIT.toDouble(t.quantity());
        }
        long totalShortfall = 0;
        for (long s : shortfall) {
            totalShortfall += s;
        }
        if (totalShortfall > 0) {
            notes.add("sources emit " + Quantum.PERMIT.toPlainString(totalShortfall) + " " + scenario.units().mass()
                    + " more than the permits they hold (see shortfall)");
        }
        List<ReceptorOutcome> receptors = receptors();
        noteExceededLimits(receptors);
        return new MarketReport(spec, seed, settled, clearingPrice, buyerPrice, volume, totalAbatementCost,
                transactionCosts, frictionlessCost, leastCost, positions, regions, trades, book.conservation(), book,
                auction, zones, ambient, periods, notes, book.audit(), receptors,
                totalPresentValue);
    }

    /**
     * Each receptor limit of the policy against the concentration the market's emissions give there,
     * the worst period first found; the resolution allows one quantum of rounding per source.
     */
    private List<ReceptorOutcome> receptors() {
        List<ReceptorOutcome> out = new ArrayList<>();
        int[] sourcesIn = new int[problem.regionCount()];
        for (int i = 0; i < sources(); i++) {
            sourcesIn[problem.sourceRegion(i)]++;
        }
        for (Region receptor : scenario.regions()) {
            Double limit = scenario.policy().receptorLimits().get(receptor.id());
            if (limit == null || regionEmissions.isEmpty()) {
                continue;
            }
            double resolution = 1e-9 * Math.abs(limit);
            double[] transfer = new double[problem.regionCount()];
            for (int r = 0; r < transfer.length; r++) {
                transfer[r] = scenario.transfer().coefficient(receptor.id(), problem.regionId(r));
                resolution += Math.abs(transfer[r]) * sourcesIn[r] * Quantum.PERMIT.size();
            }
            ReceptorOutcome worst = null;
            for (int t = 0; t < regionEmissions.size(); t++) {
                double z = receptor.background();
                for (int r = 0; r < transfer.length; r++) {
                    z += transfer[r] * regionEmissions.get(t)[r];
                }
                if (worst == null || z > worst.concentration()) {
                    worst = new ReceptorOutcome(receptor.id(), t, z, limit, resolution);
                }
            }
            out.add(worst);
        }
        return out;
    }

    /** Says plainly where the market leaves a receptor above its limit, and whether that is by design. */
    private void noteExceededLimits(List<ReceptorOutcome> receptors) {
        for (ReceptorOutcome r : receptors) {
            if (!r.exceeded()) {
                continue;
            }
            String where = r.receptor() + " ends at " + ReadableNumbers.of(r.concentration()) + " "
                    + scenario.units().concentration() + ", above its limit " + ReadableNumbers.of(r.limit())
                    + (regionEmissions.size() > 1 ? " (period " + r.period() + ")" : "");
            notes.add(spec.ambient() ? "ambient trading leaves " + where + ": sources emit more than their permits"
                    + " allow (see shortfall)" : mechanismName() + " ignores receptor limits by design: " + where
                    + "; \"ambient\": true trades under the limits");
        }
    }

    private String mechanismName() {
        if (spec.periods() != null || spec.priceFloor().isPresent() || spec.priceCeiling().isPresent()) {
            return "trading over periods with banking and price limits (one for one)";
        }
        return switch (spec.mechanism()) {
            case EQUILIBRIUM -> spec.zones() != null ? "zonal trading (one for one within and across zones)"
                    : spec.allocation() == AllocationRule.AUCTION ? "selling the cap at the market price"
                    : "one-for-one trading";
            case UNIFORM_PRICE_AUCTION -> "the uniform-price auction";
            case DOUBLE_AUCTION -> "the double auction (one for one)";
        };
    }
}
