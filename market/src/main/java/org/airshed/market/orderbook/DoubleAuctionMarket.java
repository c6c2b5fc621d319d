package org.airshed.market.orderbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.market.ledger.Quantum;

/**
 * Permit trading in a continuous double auction among budget-constrained zero-intelligence
 * traders (Gode &amp; Sunder 1993, ZI-C). Sources start with permits; a source holding q permits
 * with baseline e abates max(0, e − q) at the cost of its curve. Each round every source, in a
 * seeded random order, withdraws its resting order and places one new order for one lot: a bid at
 * a random price in [0, v] where v is what the lot saves it in abatement cost per mass unit, or an
 * ask at a random price in [c, max(c, ceiling)] where c is what selling the lot adds to its cost
 * per mass unit (on a curve's flat part these are its marginal cost; across a kink, the lot's average).
 * A source may sell only permits it holds and only while it can still abate the extra lot. Fills
 * execute at the resting order's price, so nobody trades at a loss against its own cost curve.
 * Trading stops after {@code quietRounds} rounds without a trade or at {@code maxRounds}. With
 * small lots the final allocation approaches least cost and late prices approach the cap price λ
 * (Montgomery 1972). Costs use the cost objective of the problem; receptor limits are ignored.
 */
public final class DoubleAuctionMarket {
    private DoubleAuctionMarket() {
    }

    /** Runs the market on a {@link FastOrderBook}. {@code initialHoldings} in quantity ticks, per source. */
    public static DoubleAuctionResult run(AllocationProblem problem, long[] initialHoldings,
                                          DoubleAuctionSettings settings, long seed) {
        return run(problem, initialHoldings, settings, seed, new FastOrderBook());
    }

    /** Runs the market on {@code book}, which must be empty; it is left empty. */
    public static DoubleAuctionResult run(AllocationProblem problem, long[] initialHoldings,
                                          DoubleAuctionSettings settings, long seed, OrderBook book) {
        int n = problem.sourceCount();
        check(problem, initialHoldings, book);
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = new String[n];
        int[] turn = new int[n];
        long[] restingId = new long[n];
        for (int i = 0; i < n; i++) {
            names[i] = "source-" + i;
            turn[i] = i;
        }
        Arrays.fill(restingId, -1);
        long[] holdings = initialHoldings.clone();
        int[] ownerOfOrder = new int[64];
        long lot = settings.lot();
        List<DoubleAuctionTrade> trades = new ArrayList<>();
        int orders = 0;
        int round = 0;
        int quiet = 0;
        while (round < settings.maxRounds() && quiet < settings.quietRounds()) {
            round++;
            boolean traded = false;
            shuffle(turn, random);
            for (int i : turn) {
                if (restingId[i] >= 0) {
                    book.cancel(restingId[i]);
                    restingId[i] = -1;
                }
                // A source that cannot cover its emissions even abating all it can must buy: it bids
                // up to the ceiling rather than value the lot at its (flat) cost curve.
                long bidLimit = compliant(problem, i, holdings[i])
                        ? Quantum.PRICE.floor(buyValue(problem, i, holdings[i], lot)) - settings.fee()
                        : settings.priceCeiling();
                double sellCost = sellCost(problem, i, holdings[i], lot);
                boolean canBuy = bidLimit > 0;
                boolean canSell = sellCost < Double.POSITIVE_INFINITY;
                if (!canBuy && !canSell) {
                    continue;
                }
                Side side = canBuy && canSell ? (random.nextBoolean() ? Side.BUY : Side.SELL)
                        : canBuy ? Side.BUY : Side.SELL;
                long price;
                if (side == Side.BUY) {
                    price = random.nextLong(bidLimit + 1);
                } else {
                    long askFloor = Math.max(0, Quantum.PRICE.ceil(sellCost));
                    price = askFloor + random.nextLong(Math.max(0, settings.priceCeiling() - askFloor) + 1);
                }
                int id = orders++;
                if (id == ownerOfOrder.length) {
                    ownerOfOrder = Arrays.copyOf(ownerOfOrder, id * 2);
                }
                ownerOfOrder[id] = i;
                SubmitResult result = book.submit(new LimitOrder(id, names[i], side, price, lot));
                if (result.code() != ResultCode.ACCEPTED) {
                    throw new IllegalStateException("order " + id + " of source " + i + " rejected: " + result.code());
                }
                // Every order is one lot, so a fill takes the whole maker and the whole taker: holdings
                // never change under a resting order, and its limit stays loss-free.
                if (result.fills().isEmpty()) {
                    restingId[i] = id;
                    continue;
                }
                Fill fill = result.fills().get(0);
                if (result.fills().size() != 1 || fill.quantity() != lot) {
                    throw new IllegalStateException("order " + id + " filled in parts: " + result.fills());
                }
                int maker = ownerOfOrder[(int) fill.makerId()];
                int buyer = side == Side.BUY ? i : maker;
                int seller = side == Side.BUY ? maker : i;
                holdings[buyer] = Math.addExact(holdings[buyer], lot);
                holdings[seller] -= lot;
                restingId[maker] = -1;
                trades.add(new DoubleAuctionTrade(round, buyer, seller, fill.price(), lot));
                traded = true;
            }
            quiet = traded ? 0 : quiet + 1;
        }
        for (long id : restingId) {
            if (id >= 0) {
                book.cancel(id);
            }
        }
        return new DoubleAuctionResult(trades, initialHoldings.clone(), holdings, round, seed);
    }

    /** Abatement cost of source {@code i} holding {@code holdings} ticks: C_i(max(0, e_i − q)) (money). */
    public static double abatementCost(AllocationProblem problem, int i, long holdings) {
        return problem.cost(i, Math.max(0, problem.baseline(i) - Quantum.PERMIT.toDouble(holdings)));
    }

    /** Σ_i abatement cost at {@code holdings} (money). */
    public static double totalAbatementCost(AllocationProblem problem, long[] holdings) {
        double total = 0;
        for (int i = 0; i < holdings.length; i++) {
            total += abatementCost(problem, i, holdings[i]);
        }
        return total;
    }

    /** What one more lot saves source i, per mass unit (money per mass; 0 when it needs no more). */
    public static double buyValue(AllocationProblem problem, int i, long holdings, long lot) {
        double saving = abatementCost(problem, i, holdings) - abatementCost(problem, i, holdings + lot);
        return Math.max(0, saving / Quantum.PERMIT.toDouble(lot));
    }

    /**
     * What selling one lot adds to source i's cost, per mass unit (money per mass); infinite when it
     * holds less than a lot or could not abate the extra lot.
     */
    public static double sellCost(AllocationProblem problem, int i, long holdings, long lot) {
        if (holdings < lot || !compliant(problem, i, holdings - lot)) {
            return Double.POSITIVE_INFINITY;
        }
        double extra = abatementCost(problem, i, holdings - lot) - abatementCost(problem, i, holdings);
        return Math.max(0, extra / Quantum.PERMIT.toDouble(lot));
    }

    /** True when source i can cover its baseline with {@code holdings} plus its largest abatement. */
    static boolean compliant(AllocationProblem problem, int i, long holdings) {
        double needed = problem.baseline(i) - Quantum.PERMIT.toDouble(holdings);
        return needed <= problem.maxAbatement(i) + 1e-9 * Math.max(1, problem.baseline(i));
    }

    private static void check(AllocationProblem problem, long[] holdings, OrderBook book) {
        if (holdings.length != problem.sourceCount()) {
            throw new IllegalArgumentException("initialHoldings has " + holdings.length + " entries for "
                    + problem.sourceCount() + " sources");
        }
        for (int i = 0; i < holdings.length; i++) {
            if (holdings[i] < 0) {
                throw new IllegalArgumentException("initialHoldings[" + i + "] = " + holdings[i]
                        + ": must be >= 0 quantity ticks");
            }
        }
        if (book.orderCount() != 0) {
            throw new IllegalArgumentException("the order book must start empty; it holds " + book.orderCount()
                    + " orders");
        }
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int k = a.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int swap = a[k];
            a[k] = a[j];
            a[j] = swap;
        }
    }
}
