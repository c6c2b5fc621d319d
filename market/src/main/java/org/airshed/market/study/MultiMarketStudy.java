package org.airshed.market.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.InitialAllocation;
import org.airshed.market.permits.PollutantBasis;
import org.airshed.core.util.JsonPath;

/**
 * The permit market of a version-2 scenario (several pollutants): one permit per capped pollutant
 * ({@code policy.caps}), handed out by the allocation rule pollutant by pollutant, traded at the
 * competitive equilibrium ({@link MultiEquilibriumMarket}) and settled on one ledger. What this version
 * does not yet run with several pollutants is refused at its JSON path.
 */
public final class MultiMarketStudy {
    /** What the refusals say after the field they name. */
    static final String NOT_YET = "is not yet supported with several pollutants (issue 16): ";

    private MultiMarketStudy() {
    }

    /**
     * @param solver the exact several-pollutant solver, for the cap-only program whose cap prices clear the market
     * @throws SectionInputException at the first of {@link #problems}, or of {@link #moneyProblems}
     */
    public static MultiMarketReport run(MultiScenarioProblem problem, MarketSpec spec, long seed,
                                        MultiPollutantSolver solver) {
        throwFirst(problems(problem, spec, null));
        return trade(problem, spec, seed, clearing(problem, solver));
    }

    /**
     * The same on the market's programs solved before ({@link #clearing}, by the check stage of a run).
     *
     * @throws SectionInputException at the first of {@link #problems}, or of {@link #moneyProblems}, or when
     *                               {@code clearing} is null (no plan meets every cap)
     */
    public static MultiMarketReport run(MultiScenarioProblem problem, MarketSpec spec, long seed,
                                        MultiClearing clearing) {
        throwFirst(problems(problem, spec, null));
        return trade(problem, spec, seed, clearing);
    }

    /** Trades on {@code clearing} once its money is known to fit the ledger. */
    private static MultiMarketReport trade(MultiScenarioProblem problem, MarketSpec spec, long seed,
                                           MultiClearing clearing) {
        if (clearing == null) {
            throw new SectionInputException("$.policy.caps", null, "the market cannot clear: no plan meets every cap");
        }
        throwFirst(moneyProblems(problem, clearing));
        return MultiEquilibriumMarket.run(problem, spec, seed, clearing);
    }

    /**
     * What the market clears at: the cap-only program solved by {@code solver} at the caps as written and as
     * issued; null when no plan meets every cap (then no allocation does, and no market runs). A check
     * solves it for {@link #moneyProblems}, and the run trades on it.
     */
    public static MultiClearing clearing(MultiScenarioProblem problem, MultiPollutantSolver solver) {
        return MultiClearing.of(problem, solver);
    }

    /**
     * Whether the market's money fits the ledger's long counts at {@code clearing}'s prices ({@link LedgerRange}):
     * the refusal at the cap that drives it, or empty (also for a null clearing: no market runs). What
     * {@code validate} and {@code run} report for a market {@link #problems} finds nothing wrong with.
     */
    public static List<SectionInputException> moneyProblems(MultiScenarioProblem problem, MultiClearing clearing) {
        SectionInputException money = clearing == null ? null : LedgerRange.problem(problem, clearing);
        return money == null ? List.of() : List.of(money);
    }

    private static void throwFirst(List<SectionInputException> problems) {
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /**
     * Every problem {@link #run} would refuse, each at its JSON path, found without solving: what
     * {@code validate} and {@code run} report (and, when there is none, {@link #moneyProblems}, which needs
     * the solve). {@code json} is the {@code market} section as written (null: judged from {@code spec} alone).
     */
    public static List<SectionInputException> problems(MultiScenarioProblem problem, MarketSpec spec, JsonNode json) {
        List<String> ids = new ArrayList<>();
        for (MultiSource s : problem.scenario().sources()) {
            ids.add(s.id());
        }
        List<SectionInputException> problems = new ArrayList<>(MarketStudy.holderNameProblems(ids));
        if (ids.isEmpty()) {
            problems.add(new SectionInputException("$.sources", "[]",
                    "the market needs at least one source to hold and trade permits"));
        }
        unsupported(spec, json, problems);
        int[] capped = capped(problem);
        if (capped.length == 0) {
            problems.add(new SectionInputException("$.market", null, "needs policy.caps: a market with several"
                    + " pollutants issues one permit per capped pollutant, and this file caps none"));
        }
        // One rule over several pollutants: a reason that names no pollutant (a region's missing gdp) once.
        Set<String> reasons = new LinkedHashSet<>();
        for (int p : capped) {
            String pollutant = problem.pollutant(p);
            double cap = cap(problem, p);
            if (cap > MarketStudy.MAX_PERMITS) {
                problems.add(new SectionInputException(JsonPath.child("$.policy.caps", pollutant), String.valueOf(cap), "exceeds "
                        + MarketStudy.MAX_PERMITS + ", the most permits the ledger counts exactly (in thousandths)"));
            } else if (!ids.isEmpty()) {
                String prefix = pollutant + " permits: ";
                PollutantBasis basis = new PollutantBasis(problem, p);
                // A cap the sources cannot meet is an infeasible allocation, a result: no market runs then.
                if (spec.allocation() == AllocationRule.EQUAL_PROPORTIONAL
                        && !InitialAllocation.attainable(basis, cap)) {
                    continue;
                }
                try {
                    MarketStudy.freePermits(basis, spec.allocation(), cap, prefix);
                } catch (SectionInputException e) {
                    if (reasons.add(e.path() + e.getMessage().substring(prefix.length()))) {
                        problems.add(e);
                    }
                }
            }
        }
        return problems;
    }

    /** The capped pollutants' indices, in the file's pollutant order: each has its permit. */
    static int[] capped(MultiScenarioProblem problem) {
        return java.util.stream.IntStream.range(0, problem.pollutantCount())
                .filter(p -> problem.scenario().policy().caps().containsKey(problem.pollutant(p))).toArray();
    }

    /** Pollutant p's cap (mass). */
    static double cap(MultiScenarioProblem problem, int p) {
        return problem.scenario().policy().caps().get(problem.pollutant(p));
    }

    /** The market's options this version runs with one pollutant only, each refused at its path. */
    private static void unsupported(MarketSpec spec, JsonNode json, List<SectionInputException> problems) {
        refuse(spec.mechanism() != Mechanism.EQUILIBRIUM, "mechanism", json, problems,
                NOT_YET + "give \"equilibrium\", the competitive equilibrium at the caps' prices");
        refuse((json != null && json.has("pollutant")) || !MarketSpec.DEFAULT_POLLUTANT.equals(spec.pollutant()),
                "pollutant", json, problems, "names the permit of a one-pollutant file; with several pollutants"
                        + " every key of policy.caps has its own permit: remove it");
        refuse(spec.transactionCost() != 0, "transactionCost", json, problems,
                NOT_YET + "the several-pollutant equilibrium is priced without frictions: give 0 or remove it");
        String remove = NOT_YET + "remove it (the one-pollutant market runs it)";
        refuse(spec.zones() != null, "zones", json, problems, remove);
        refuse(spec.ambient(), "ambient", json, problems, remove);
        refuse(spec.periods() != null, "periods", json, problems, remove);
        refuse(spec.priceFloor().isPresent(), "priceFloor", json, problems, remove);
        refuse(spec.priceCeiling().isPresent(), "priceCeiling", json, problems, remove);
        // Auction settings: the reader takes them with uniform-price-auction only, refused above.
    }

    private static void refuse(boolean asked, String field, JsonNode json, List<SectionInputException> problems,
                               String message) {
        if (asked) {
            String value = json != null && json.has(field) ? json.get(field).toString() : null;
            problems.add(new SectionInputException("$.market." + field, value, message));
        }
    }
}
