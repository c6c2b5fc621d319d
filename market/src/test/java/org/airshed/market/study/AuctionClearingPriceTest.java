package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Review finding: a uniform-price auction of curve bids cleared at the must-buy price
 * 2·(highest unit cost) + 1 when demand met the supply exactly at a step (tutorial's first.json
 * with the cap at its maximum abatement: 101 CNY/t against λ = 50; sources that cannot abate, cap
 * at the baseline: 1 CNY/t against 0), and the sources paid the regulator that price. The clearing
 * price is the competitive one, the lowest at which the permits bid for above it fit the supply:
 * in a cap-only market, λ of the exact allocation, to the price tick.
 */
class AuctionClearingPriceTest {
    private static final MarketSpec AUCTION = new MarketSpec(AllocationRule.AUCTION, Mechanism.UNIFORM_PRICE_AUCTION,
            0, null, 1, null, false, new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(), 5), null, null, null, null);
    /** An eighth of a tonne in permit quanta. */
    private static final long EIGHTH = 125;
    private final List<MarketReport> reports = new ArrayList<>();

    @AfterEach
    void nothingWasCreatedOrLost() {
        for (MarketReport r : reports) {
            assertTrue(r.conservation().isConserved(), r.conservation().violations().toString());
            assertEquals(List.of(), r.audit(), "the journal's cap, compliance and closing checks");
            Conservation.assertConserved(r.ledger().ledger());
        }
    }

    private MarketReport run(Scenario s, long seed) {
        MarketReport r = MarketStudy.run(s, AUCTION, seed);
        reports.add(r);
        return r;
    }

    @Test
    void tutorialFirstWithTheCapAtTheMaximumAbatementClearsAtLambdaNotTheMustBuyPrice() {
        List<Source> sources = List.of(
                new Source("up-plant", "UP", null, null, 100, steps(30, 10, 20, 50)),
                new Source("down-plant", "DOWN", null, null, 80, steps(40, 20, 40, 40)));
        Scenario first = scenario(List.of("UP", "DOWN"), sources, 50);
        assertEquals(50, leastCost(first).capPrice(), 1e-9, "λ of the exact allocation");

        MarketReport r = run(first, 1);
        assertEquals("cleared", r.status());
        assertEquals(50, r.clearingPrice(), 0, "clearing price CNY/t");
        // up-plant buys the 50 t it cannot abate at 50 CNY/t; down-plant abates all and buys none.
        assertEquals(Quantum.MONEY.of(2_500), position(r, "up-plant").payment());
        assertEquals(0, position(r, "down-plant").payment());
        assertEquals(3_700, r.abatementCost(), 1e-9);
    }

    @Test
    void sourcesThatCannotAbateWithTheCapAtTheBaselineClearAtZero() {
        List<Source> sources = List.of(
                new Source("none", "R0", null, null, 100, new StepCurve(List.of())),
                new Source("flat", "R0", null, null, 80, new QuadraticCurve(5, 1, 0)));
        Scenario s = scenario(List.of("R0"), sources, 180);
        assertEquals(0, leastCost(s).capPrice(), 0, "λ of the exact allocation");

        MarketReport r = run(s, 1);
        assertEquals("cleared", r.status());
        assertEquals(0, r.clearingPrice(), 0, "clearing price CNY/t");
        for (SourcePosition p : r.sources()) {
            assertEquals(0, p.payment(), p.id() + " pays");
            assertEquals(0, p.shortfall(), p.id() + " shortfall");
        }
    }

    /**
     * Seeded cap-only markets with step curves (amounts in permit quanta, costs in price ticks, so
     * λ is a tick), some sources that cannot abate ({@code "steps": []}, {@code quadratic.max: 0}),
     * and caps at the degenerate ends (the baseline, the maximum abatement), at a step of the
     * cumulative cheapest-first abatement, and strictly between.
     */
    @Test
    void curveBidAuctionsClearAtLambdaOfTheExactAllocation() {
        int[] caps = new int[CapKind.values().length];
        for (long seed = 0; seed < 400; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int regions = 1 + random.nextInt(3);
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < regions; r++) {
                ids.add("R" + r);
            }
            List<Source> sources = new ArrayList<>();
            List<long[]> blocks = new ArrayList<>();
            // In permit quanta, in whole eighths of a tonne: the ledger issues the cap whole (issuance
            // rounds down), and sums in binary are exact, so the cap sits on a step for λ too.
            long baseline = 0;
            long floor = 0;
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                long b = EIGHTH * (8 + random.nextLong(3_200));
                long abatable = 0;
                AbatementCurve curve;
                switch (random.nextInt(5)) {
                    case 0 -> curve = new StepCurve(List.of());
                    case 1 -> curve = new QuadraticCurve(random.nextInt(50), 0.5 + random.nextInt(5), 0);
                    default -> {
                        int before = blocks.size();
                        curve = randomSteps(random, b, blocks);
                        for (long[] block : blocks.subList(before, blocks.size())) {
                            abatable += block[1];
                        }
                    }
                }
                sources.add(new Source("s" + i, ids.get(random.nextInt(regions)), null, null,
                        Quantum.PERMIT.toDouble(b), curve));
                baseline += b;
                floor += b - abatable;
            }
            CapKind kind = CapKind.values()[random.nextInt(CapKind.values().length)];
            long capTicks = switch (kind) {
                case BASELINE -> baseline;
                case MAXIMUM_ABATEMENT -> floor;
                case STEP -> baseline - cheapestFirst(blocks, blocks.isEmpty() ? 0 : random.nextInt(blocks.size()));
                case INSIDE -> floor + EIGHTH * random.nextLong(Math.max(1, (baseline - floor) / EIGHTH));
            };
            double cap = Quantum.PERMIT.toDouble(capTicks);
            caps[kind.ordinal()]++;
            Scenario s = scenario(ids, sources, cap);
            AllocationSolution exact = leastCost(s);
            String at = "seed " + seed + ", cap " + cap + " t (" + kind + "), baseline " + baseline
                    + " thousandths, most abated " + (baseline - floor);
            assertTrue(exact.isOptimal(), at);
            MarketReport r = run(s, seed);
            assertEquals("cleared", r.status(), at);
            assertEquals(Quantum.PRICE.of(exact.capPrice()), Quantum.PRICE.of(r.clearingPrice()),
                    at + ": auction " + r.clearingPrice() + " CNY/t, λ " + exact.capPrice());
            for (SourcePosition p : r.sources()) {
                assertEquals(0, p.shortfall(), at + ": " + p.id() + " shortfall");
            }
            assertEquals(exact.cost(), r.abatementCost(), 1e-6 * (1 + exact.cost()), at + ": abatement cost");
        }
        for (CapKind kind : CapKind.values()) {
            assertTrue(caps[kind.ordinal()] > 50, kind + " caps: " + caps[kind.ordinal()]);
        }
    }

    private enum CapKind { BASELINE, MAXIMUM_ABATEMENT, STEP, INSIDE }

    /**
     * 1–4 blocks (whole eighths of a tonne) of a baseline (permit quanta), at costs in price ticks;
     * each block {cost, amount} joins {@code blocks}.
     */
    private static StepCurve randomSteps(SplittableRandom random, long baseline, List<long[]> blocks) {
        int count = 1 + random.nextInt(4);
        long left = baseline;
        List<Step> steps = new ArrayList<>();
        long cost = random.nextInt(3) == 0 ? 0 : random.nextLong(2_000);
        for (int k = 0; k < count && left > EIGHTH; k++) {
            long amount = EIGHTH * (1 + random.nextLong(Math.max(1, left / EIGHTH / 2)));
            left -= amount;
            cost += random.nextInt(4) == 0 ? 0 : 1 + random.nextLong(3_000);
            steps.add(new Step(Quantum.PERMIT.toDouble(amount), Quantum.PRICE.toDouble(cost)));
            blocks.add(new long[] {cost, amount});
        }
        return new StepCurve(steps);
    }

    /** What (permit quanta) the blocks as cheap as the {@code k}-th cheapest, or cheaper, abate. */
    private static long cheapestFirst(List<long[]> blocks, int k) {
        if (blocks.isEmpty()) {
            return 0;
        }
        List<long[]> sorted = new ArrayList<>(blocks);
        sorted.sort((x, y) -> Long.compare(x[0], y[0]));
        long limit = sorted.get(k)[0];
        long total = 0;
        for (long[] block : sorted) {
            if (block[0] <= limit) {
                total += block[1];
            }
        }
        return total;
    }

    private static StepCurve steps(double... amountAndCost) {
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < amountAndCost.length; k += 2) {
            steps.add(new Step(amountAndCost[k], amountAndCost[k + 1]));
        }
        return new StepCurve(steps);
    }

    private static Scenario scenario(List<String> regionIds, List<Source> sources, double cap) {
        List<Region> regions = new ArrayList<>();
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        for (String id : regionIds) {
            regions.add(new Region(id, id, OptionalDouble.of(1e6), OptionalDouble.of(1e9), 0, 1, 0));
            Map<String, Double> row = new LinkedHashMap<>();
            for (String from : regionIds) {
                row.put(from, from.equals(id) ? 0.1 : 0.01);
            }
            transfer.put(id, row);
        }
        return new Scenario("auction-price", "", 1, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(transfer), sources, new Policy(OptionalDouble.of(cap), Map.of(), Map.of()));
    }

    private static AllocationSolution leastCost(Scenario s) {
        return new ExactAllocationSolver().solve(MarketStudy.capOnly(s, s.policy().cap().getAsDouble()).problem());
    }

    private static SourcePosition position(MarketReport r, String id) {
        return r.sources().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
