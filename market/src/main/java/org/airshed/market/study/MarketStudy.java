package org.airshed.market.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Objective;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.RequirementOrigin;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.LargestRemainder;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.InitialAllocation;
import org.airshed.market.permits.PermitBasis;
import org.airshed.market.permits.ScenarioBasis;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.trading.ZoneRules;

/**
 * Runs a scenario's permit market (docs/DOMAIN.md §3): permits handed out by the allocation rule,
 * exchanged by the mechanism, settled on the ledger, and surrendered against emissions. Every
 * permit and every yuan moves through the ledger, whose conservation report comes with the result.
 */
public final class MarketStudy {
    /** The most permits (mass) the ledger counts exactly in thousandths, with room for sums. */
    static final double MAX_PERMITS = 1e12;

    private MarketStudy() {
    }

    /**
     * @param seed drives the auction's tie-breaking and the double auction's traders
     * @throws SectionInputException when the scenario cannot hold this market (no cap, a weight the
     *                               rule needs, a bidder that is not a source), naming the JSON path
     */
    public static MarketReport run(Scenario scenario, MarketSpec spec, long seed) {
        return run(ScenarioProblem.of(scenario), spec, seed);
    }

    /** The same from the scenario's own problem already in solver form (a run converts it once). */
    public static MarketReport run(ScenarioProblem own, MarketSpec spec, long seed) {
        Scenario scenario = own.scenario();
        check(own, spec);
        if (spec.periods() != null || spec.priceFloor().isPresent() || spec.priceCeiling().isPresent()) {
            return BankingMarket.run(scenario, spec, seed);
        }
        double cap = cap(scenario);
        ScenarioProblem sp = spec.ambient() ? costObjective(own) : capOnly(own, cap);
        return switch (spec.mechanism()) {
            case EQUILIBRIUM -> EquilibriumMarket.run(sp, spec, seed, cap);
            case UNIFORM_PRICE_AUCTION -> AuctionMarket.run(sp, spec, seed, cap);
            case DOUBLE_AUCTION -> DoubleAuctionRun.run(sp, spec, seed, cap);
        };
    }

    /** {@link #problems} for a scenario; throws {@link SectionInputException} at the first problem. */
    public static void check(Scenario scenario, MarketSpec spec) {
        check(ScenarioProblem.of(scenario), spec);
    }

    /** {@link #problems}; throws {@link SectionInputException} at the first problem. */
    public static void check(ScenarioProblem own, MarketSpec spec) {
        List<SectionInputException> problems = problems(own, spec);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /**
     * Everything {@link #run} checks before trading, without trading — what {@code airshed
     * validate} and {@code run} report before solving: sources to hold permits, holder names the
     * ledger can take, a cap (or periods) it can count exactly, the weights the allocation rule
     * needs, zones it can price, known bidders, receptor limits for ambient trading. Every
     * problem, each at its JSON path; empty when the market can run.
     */
    public static List<SectionInputException> problems(ScenarioProblem own, MarketSpec spec) {
        Scenario scenario = own.scenario();
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < scenario.sources().size(); s++) {
            ids.add(scenario.sourceId(s));
        }
        List<SectionInputException> problems = new ArrayList<>(holderNameProblems(ids));
        if (scenario.sources().isEmpty()) {
            problems.add(new SectionInputException("$.sources", "[]",
                    "the market needs at least one source to hold and trade permits"));
        }
        List<Double> caps = List.of();
        if (spec.periods() != null) {
            caps = spec.periods().caps();
        } else if (scenario.policy().cap().isPresent()) {
            caps = List.of(scenario.policy().cap().getAsDouble());
        } else {
            problems.add(missingCap());
        }
        boolean countable = true;
        for (int t = 0; t < caps.size(); t++) {
            if (caps.get(t) > MAX_PERMITS) {
                countable = false;
                problems.add(new SectionInputException(spec.periods() != null ? "$.market.periods.caps[" + t + "]"
                        : "$.policy.cap", String.valueOf(caps.get(t)), "exceeds " + MAX_PERMITS
                        + ", the most permits the ledger counts exactly (in thousandths)"));
            }
        }
        if (countable && !caps.isEmpty() && !scenario.sources().isEmpty()) {
            ScenarioProblem sp = capOnly(own, caps.get(0));
            PermitBasis basis = new ScenarioBasis(sp);
            boolean auctioned = spec.mechanism() == Mechanism.UNIFORM_PRICE_AUCTION && spec.auction() != null;
            // One rule, several caps: report each distinct reason once.
            Set<String> reasons = new LinkedHashSet<>();
            boolean runs = true;
            for (double cap : caps) {
                // A cap the sources cannot meet is an infeasible allocation, which is a result (FORMAT.md);
                // no market runs then, so nothing the market would do with it is a problem of the file.
                if (spec.periods() == null && !InitialAllocation.attainable(basis, cap)) {
                    runs = false;
                    continue;
                }
                try {
                    long[] free = freePermits(sp, spec, cap);
                    if (spec.zones() != null && zonal(spec)) {
                        SectionInputException zones = EquilibriumMarket.zonesProblem(sp, spec, free);
                        if (zones != null) {
                            throw zones;
                        }
                    }
                    if (auctioned) {
                        // The rule gives away only what the auction leaves; the auction sells the rest.
                        double given = AuctionMarket.freeTotal(spec, cap);
                        if (spec.allocation() != AllocationRule.AUCTION && issuable(cap) > 0 && issuable(given) == 0) {
                            throw freeRuleUnused(spec, given, scenario.units().mass());
                        }
                        if (spec.allocation() == AllocationRule.EQUAL_PROPORTIONAL
                                && !InitialAllocation.attainable(basis, given)) {
                            throw unattainableShare(spec, cap, given);
                        }
                        long supply = AuctionMarket.supply(cap, freePermits(sp, spec, given));
                        problems.addAll(AuctionMarket.problems(spec.auction(), supply, scenario.units().mass()));
                    }
                } catch (SectionInputException e) {
                    if (reasons.add(e.path() + e.getMessage())) {
                        problems.add(e);
                    }
                }
            }
            SectionInputException money = runs ? LedgerRange.problem(sp, spec, caps) : null;
            if (money != null) {
                problems.add(money);
            }
            if (runs && (spec.periods() != null || spec.priceFloor().isPresent() || spec.priceCeiling().isPresent())) {
                try {
                    BankingMarket.path(sp, spec, caps);
                } catch (SectionInputException e) {
                    problems.add(e);
                }
            }
        }
        if (spec.ambient() && own.problem().receptorCount() == 0) {
            problems.add(new SectionInputException("$.market.ambient", "true",
                    "ambient trading needs receptor limits ($.policy.receptorLimits) to take its ratios from"));
        }
        if (spec.zones() != null && spec.zones().zones().size() > ZoneRules.MAX_ZONES) {
            problems.add(new SectionInputException("$.market.zones.of", String.valueOf(spec.zones().zones().size()),
                    "names " + spec.zones().zones().size() + " zones; this version trades among at most "
                            + ZoneRules.MAX_ZONES));
        }
        if (spec.auction() != null) {
            SectionInputException bids = LedgerRange.bidsProblem(spec.auction(), scenario.units().mass());
            if (bids != null) {
                problems.add(bids);
            }
            Set<String> known = new HashSet<>(ids);
            for (int b = 0; b < spec.auction().bids().size(); b++) {
                String bidder = spec.auction().bids().get(b).bidder();
                if (!known.contains(bidder)) {
                    problems.add(new SectionInputException("$.market.auction.bids[" + b + "].bidder",
                            "\"" + bidder + "\"", "is not a source of this scenario"));
                }
            }
        }
        return problems;
    }

    /** The auction leaves the allocation rule no permit to give: the rule would be ignored. */
    private static SectionInputException freeRuleUnused(MarketSpec spec, double given, String massUnit) {
        String why = spec.auction().share() == 1 ? "sells the whole cap"
                : "leaves " + ReadableNumbers.of(given) + " " + massUnit + " of the cap to give away, less than a"
                        + " permit (" + Quantum.PERMIT.toPlainString(1) + ")";
        return new SectionInputException("$.market.auction.share", ReadableNumbers.of(spec.auction().share()),
                why + ", so allocation " + spec.allocation().key() + " would give nothing away and be ignored: give"
                        + " \"allocation\": \"auction\" for an auction of the whole cap, or a lower share");
    }

    /** Equal-proportional cuts to what the auction leaves unsold, which the sources cannot reach. */
    private static SectionInputException unattainableShare(MarketSpec spec, double cap, double given) {
        return new SectionInputException("$.market.auction.share", ReadableNumbers.of(spec.auction().share()),
                "leaves " + ReadableNumbers.of(given) + " of the cap " + ReadableNumbers.of(cap) + " to give away,"
                        + " and equal-proportional cannot cut every source down to that: the sources cannot abate"
                        + " that much together; lower the share or choose another allocation rule");
    }

    static double cap(Scenario scenario) {
        if (scenario.policy().cap().isEmpty()) {
            throw missingCap();
        }
        return scenario.policy().cap().getAsDouble();
    }

    private static SectionInputException missingCap() {
        return new SectionInputException("$.policy.cap", null,
                "is required by the market: it is the number of permits issued");
    }

    /** Firms trading permits weigh their costs, not the damages a welfare objective adds. */
    private static ScenarioProblem costObjective(ScenarioProblem own) {
        Scenario s = own.scenario();
        return s.objective() == Objective.COST ? own : ScenarioProblem.of(new Scenario(s.name(), s.description(),
                s.seed(), s.units(), Objective.COST, s.regions(), s.transfer(), s.sources(), s.policy()));
    }

    /** The market's problem, copied from the scenario's: every source under the cap alone. */
    private static ScenarioProblem capOnly(ScenarioProblem own, double cap) {
        double baseline = own.scenario().totalBaseline();
        return own.capOnly(new RequirementOrigin("$.policy.cap", cap, baseline - cap,
                "total baseline " + ReadableNumbers.of(baseline) + " minus the cap " + ReadableNumbers.of(cap)));
    }

    static ScenarioProblem capOnly(Scenario scenario, double cap) {
        double baseline = scenario.totalBaseline();
        return ScenarioProblem.capOnly(scenario, null, new RequirementOrigin("$.policy.cap", cap, baseline - cap,
                "total baseline " + ReadableNumbers.of(baseline) + " minus the cap " + ReadableNumbers.of(cap)));
    }

    /**
     * The permits issued for a cap of {@code cap} (mass): the cap rounded down to the ledger's
     * quantum ({@link Quantum#PERMIT}), so a market never issues, and never emits, above its cap.
     */
    static long issuable(double cap) {
        return Quantum.PERMIT.floor(cap);
    }

    /** Free permits per source (PERMIT counts) for {@code total} permits (mass, rounded down), split exactly. */
    static long[] freePermits(ScenarioProblem sp, MarketSpec spec, double total) {
        return freePermits(new ScenarioBasis(sp), spec.allocation(), total, "");
    }

    /**
     * Free permits per source of {@code basis} (PERMIT counts) for {@code total} permits (mass, rounded
     * down), split exactly; a rule's problem is reported at {@code $.market.allocation}, after {@code prefix}.
     */
    static long[] freePermits(PermitBasis basis, AllocationRule rule, double total, String prefix) {
        if (rule == AllocationRule.AUCTION || total == 0) {
            return new long[basis.sourceCount()];
        }
        double[] shares;
        try {
            shares = InitialAllocation.of(rule, basis, total);
        } catch (IllegalArgumentException e) {
            throw new SectionInputException("$.market.allocation", "\"" + rule.key() + "\"", prefix + e.getMessage());
        }
        return LargestRemainder.apportion(issuable(total), shares);
    }

    /** Permits as the equilibrium solvers take them (mass). */
    static double[] mass(long[] units) {
        double[] out = new double[units.length];
        for (int i = 0; i < units.length; i++) {
            out[i] = Quantum.PERMIT.toDouble(units[i]);
        }
        return out;
    }

    static String[] assetZones(ScenarioProblem sp, MarketSpec spec) {
        String[] zones = new String[sp.problem().sourceCount()];
        for (int i = 0; i < zones.length; i++) {
            String region = sp.problem().regionId(sp.problem().sourceRegion(i));
            zones[i] = spec.zones() == null ? "all" : spec.zones().zoneOfRegion().get(region);
        }
        return zones;
    }

    /** Whether {@code spec} trades in zones as run does: the one-period equilibrium, its permits given away. */
    private static boolean zonal(MarketSpec spec) {
        return spec.mechanism() == Mechanism.EQUILIBRIUM && !spec.ambient() && spec.periods() == null
                && spec.allocation() != AllocationRule.AUCTION
                && spec.zones().zones().size() <= ZoneRules.MAX_ZONES;
    }

    static SectionInputException cannotClear(String path, String value, IllegalArgumentException e) {
        return new SectionInputException(path, value, "the market cannot clear: " + e.getMessage());
    }

    /** Source ids (file order) that cannot be ledger accounts, each at {@code $.sources[s].id}. */
    static List<SectionInputException> holderNameProblems(List<String> ids) {
        List<SectionInputException> problems = new ArrayList<>();
        for (int s = 0; s < ids.size(); s++) {
            String id = ids.get(s);
            if (MarketLedger.RESERVED.contains(id) || id.startsWith("@") || PaddedNames.isPadded(id)) {
                problems.add(new SectionInputException("$.sources[" + s + "].id", "\"" + id + "\"",
                        "cannot hold a ledger account: " + MarketLedger.RESERVED + " and names starting with @ are"
                                + " the market's own, and names may not start or end with spaces"));
            }
        }
        return problems;
    }
}
