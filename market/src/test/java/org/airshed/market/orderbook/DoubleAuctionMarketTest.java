package org.airshed.market.orderbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.InvalidModelException;
import org.airshed.market.ledger.Quantum;
import org.junit.jupiter.api.Test;

/**
 * Zero-intelligence-constrained trading (Gode &amp; Sunder 1993) on small seeded cap-only instances:
 * permits are conserved, nobody trades at a loss, and the outcome approaches the least-cost
 * allocation and the cap price λ (Montgomery 1972).
 */
class DoubleAuctionMarketTest {
    private static final long LOT = 100;

    private static DoubleAuctionSettings settings(Instance in) {
        return new DoubleAuctionSettings(LOT, in.ceiling(), 100_000, 2_000);
    }

    @Test
    void permitsAreConservedAndTheTradesExplainTheFinalHoldings() {
        for (long seed = 0; seed < 3; seed++) {
            Instance in = Instance.random(new SplittableRandom(seed), 6);
            DoubleAuctionResult r = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), seed);
            long[] replay = in.holdings().clone();
            for (DoubleAuctionTrade trade : r.trades()) {
                assertTrue(trade.buyer() != trade.seller(), "self-trade " + trade);
                replay[trade.buyer()] += trade.quantity();
                replay[trade.seller()] -= trade.quantity();
                assertTrue(replay[trade.seller()] >= 0, "seller sold permits it did not hold: " + trade);
            }
            assertArrayEquals(replay, r.finalHoldings());
            assertEquals(Arrays.stream(in.holdings()).sum(), Arrays.stream(r.finalHoldings()).sum());
            assertArrayEquals(in.holdings(), r.initialHoldings());
            for (int i = 0; i < replay.length; i++) {
                assertTrue(DoubleAuctionMarket.compliant(in.problem(), i, replay[i]), "source " + i);
            }
            assertEquals(seed, r.seed());
        }
    }

    @Test
    void noTraderTradesAtALossAgainstItsCostCurve() {
        for (long seed = 10; seed < 13; seed++) {
            Instance in = Instance.random(new SplittableRandom(seed), 6);
            DoubleAuctionResult r = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), seed);
            long[] holdings = in.holdings().clone();
            AllocationProblem p = in.problem();
            for (DoubleAuctionTrade t : r.trades()) {
                double paid = Quantum.PRICE.toDouble(t.price()) * Quantum.PERMIT.toDouble(t.quantity());
                double buyerSaves = DoubleAuctionMarket.abatementCost(p, t.buyer(), holdings[t.buyer()])
                        - DoubleAuctionMarket.abatementCost(p, t.buyer(), holdings[t.buyer()] + t.quantity());
                double sellerSpends = DoubleAuctionMarket.abatementCost(p, t.seller(), holdings[t.seller()] - t.quantity())
                        - DoubleAuctionMarket.abatementCost(p, t.seller(), holdings[t.seller()]);
                assertTrue(buyerSaves >= paid - 1e-9, "buyer loses on " + t + ": saves " + buyerSaves + ", pays " + paid);
                assertTrue(sellerSpends <= paid + 1e-9, "seller loses on " + t + ": spends " + sellerSpends);
                holdings[t.buyer()] += t.quantity();
                holdings[t.seller()] -= t.quantity();
            }
        }
    }

    @Test
    void theFinalAllocationApproachesTheLeastCost() {
        for (long seed = 20; seed < 25; seed++) {
            Instance in = Instance.random(new SplittableRandom(seed), 8);
            DoubleAuctionResult r = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), seed);
            double before = DoubleAuctionMarket.totalAbatementCost(in.problem(), in.holdings());
            double after = DoubleAuctionMarket.totalAbatementCost(in.problem(), r.finalHoldings());
            double least = in.exact().cost();
            assertTrue(before > 1.05 * least, "seed " + seed + ": the start is already efficient");
            assertTrue(after >= least * (1 - 1e-9), "seed " + seed + ": below the least cost");
            assertTrue(after <= 1.01 * least, "seed " + seed + ": cost " + after + ", least " + least);
        }
    }

    @Test
    void theLastTradePricesApproachTheCapPrice() {
        for (long seed = 30; seed < 35; seed++) {
            Instance in = Instance.random(new SplittableRandom(seed), 8);
            DoubleAuctionResult r = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), seed);
            double lambda = in.exact().capPrice();
            int k = r.trades().size();
            // ZI-C prices are noisy (each lies anywhere between the pair's values), so compare means of 20.
            double first = meanPrice(r, 0, 20);
            double last = meanPrice(r, k - 20, k);
            assertEquals(lambda, last, 0.06 * lambda, "seed " + seed + ": last prices " + last + ", λ " + lambda);
            assertTrue(meanDeviation(r, k - 20, k, lambda) < meanDeviation(r, 0, 20, lambda),
                    "seed " + seed + ": prices do not converge; first " + first + ", last " + last + ", λ " + lambda);
        }
    }

    private static double meanPrice(DoubleAuctionResult r, int from, int to) {
        return r.trades().subList(from, to).stream().mapToDouble(t -> Quantum.PRICE.toDouble(t.price())).average()
                .orElseThrow();
    }

    private static double meanDeviation(DoubleAuctionResult r, int from, int to, double lambda) {
        return r.trades().subList(from, to).stream().mapToDouble(t -> Math.abs(Quantum.PRICE.toDouble(t.price()) - lambda))
                .average().orElseThrow();
    }

    @Test
    void theSameSeedGivesTheSameTradesOnEitherBook() {
        Instance in = Instance.random(new SplittableRandom(40), 5);
        DoubleAuctionResult fast = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), 41);
        DoubleAuctionResult again = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), 41);
        DoubleAuctionResult naive = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), 41,
                new NaiveOrderBook());
        assertEquals(fast.trades(), again.trades());
        assertEquals(fast.trades(), naive.trades());
        assertArrayEquals(fast.finalHoldings(), naive.finalHoldings());
        DoubleAuctionResult other = DoubleAuctionMarket.run(in.problem(), in.holdings(), settings(in), 42);
        assertNotEquals(fast.trades(), other.trades());
    }

    @Test
    void theRoundLimitIsHonouredAndTheBookLeftEmpty() {
        Instance in = Instance.random(new SplittableRandom(50), 5);
        FastOrderBook book = new FastOrderBook();
        DoubleAuctionResult r = DoubleAuctionMarket.run(in.problem(), in.holdings(),
                new DoubleAuctionSettings(LOT, in.ceiling(), 7, 1_000), 1, book);
        assertEquals(7, r.rounds());
        assertTrue(r.trades().stream().allMatch(t -> t.round() >= 1 && t.round() <= 7));
        assertEquals(0, book.orderCount());
    }

    @Test
    void aSourceThatCannotComplyAloneBuysAtUpToTheCeiling() {
        Instance in = Instance.random(new SplittableRandom(61), 4);
        long[] short2 = in.holdings().clone();
        long moved = short2[2];
        short2[2] = 0;
        short2[0] += moved;
        DoubleAuctionResult r = DoubleAuctionMarket.run(in.problem(), short2, settings(in), 3);
        assertTrue(DoubleAuctionMarket.compliant(in.problem(), 2, r.finalHoldings()[2]),
                "the short source bought its way into compliance");
        assertTrue(r.trades().stream().allMatch(t -> t.price() <= in.ceiling()));
    }

    @Test
    void badHoldingsAreRejectedWithTheSourceNamed() {
        Instance in = Instance.random(new SplittableRandom(60), 3);
        DoubleAuctionSettings settings = settings(in);
        assertThrows(IllegalArgumentException.class,
                () -> DoubleAuctionMarket.run(in.problem(), new long[2], settings, 1));
        long[] negative = in.holdings().clone();
        negative[1] = -1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DoubleAuctionMarket.run(in.problem(), negative, settings, 1));
        assertTrue(e.getMessage().contains("initialHoldings[1] = -1"), e.getMessage());
        assertThrows(InvalidModelException.class, () -> new DoubleAuctionSettings(0, 1, 1, 1));
    }

    /** A small seeded cap-only problem with compliant initial holdings. */
    record Instance(AllocationProblem problem, long[] holdings, AllocationSolution exact, long ceiling) {
        static Instance random(SplittableRandom random, int n) {
            AllocationProblemBuilder b = AllocationProblem.builder();
            int region = b.addRegion("r", 0);
            double[] baseline = new double[n];
            double[] max = new double[n];
            double ceiling = 0;
            double totalMax = 0;
            for (int i = 0; i < n; i++) {
                double linear = random.nextDouble() * 20;
                double slope = 1 + random.nextDouble() * 4;
                max[i] = 20 + random.nextDouble() * 30;
                baseline[i] = max[i] + 5 + random.nextDouble() * 10;
                b.addQuadraticSource(region, baseline[i], linear, slope, max[i]);
                ceiling = Math.max(ceiling, linear + slope * max[i]);
                totalMax += max[i];
            }
            double requirement = 0.5 * totalMax;
            b.capRequirement(requirement);
            AllocationProblem problem = b.build();
            // Holdings: each source's least permits (baseline − max), plus a random share of the rest.
            long[] holdings = new long[n];
            long rest = Quantum.PERMIT.of(totalMax - requirement);
            for (int i = 0; i < n; i++) {
                holdings[i] = Quantum.PERMIT.of(baseline[i] - max[i]) + 1;
            }
            while (rest > 0) {
                int i = random.nextInt(n);
                long room = Quantum.PERMIT.of(baseline[i]) - holdings[i];
                long add = Math.min(rest, Math.min(room, 1 + random.nextLong(5_000)));
                holdings[i] += add;
                rest -= add;
            }
            return new Instance(problem, holdings, new ExactAllocationSolver().solve(problem), Quantum.PRICE.ceil(ceiling));
        }
    }
}
