package org.airshed.market.orderbook;

import static org.airshed.market.orderbook.LimitOrder.buy;
import static org.airshed.market.orderbook.LimitOrder.sell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderBook} must do (exchange-core's OrderBookBaseTest habit): one suite, run
 * against the naive and the fast book by two small subclasses.
 */
abstract class OrderBookContractTest {
    private OrderBook book;

    protected abstract OrderBook newBook();

    @BeforeEach
    void setUp() {
        book = newBook();
    }

    private List<Fill> accept(LimitOrder order) {
        SubmitResult result = book.submit(order);
        assertEquals(ResultCode.ACCEPTED, result.code(), order.toString());
        return result.fills();
    }

    @Test
    void anEmptyBookHasNoBestPrices() {
        assertEquals(OrderBook.NONE, book.bestBid());
        assertEquals(OrderBook.NONE, book.bestAsk());
        assertEquals(0, book.orderCount());
        assertEquals(List.of(), book.orders(Side.BUY));
    }

    @Test
    void ordersThatDoNotCrossRest() {
        assertEquals(List.of(), accept(buy(1, "b", 100, 5)));
        assertEquals(List.of(), accept(sell(2, "s", 101, 7)));
        assertEquals(100, book.bestBid());
        assertEquals(101, book.bestAsk());
        assertEquals(5, book.volumeAt(Side.BUY, 100));
        assertEquals(7, book.volumeAt(Side.SELL, 101));
        assertEquals(0, book.volumeAt(Side.SELL, 100));
        assertEquals(2, book.orderCount());
    }

    @Test
    void aCrossingBuyFillsAtTheRestingAskPrice() {
        accept(sell(1, "s", 100, 5));
        assertEquals(List.of(new Fill(2, 1, "b", "s", 100, 5)), accept(buy(2, "b", 120, 5)));
        assertEquals(0, book.orderCount());
        assertEquals(OrderBook.NONE, book.bestAsk());
    }

    @Test
    void aCrossingSellFillsAtTheRestingBidPrice() {
        accept(buy(1, "b", 100, 5));
        assertEquals(List.of(new Fill(2, 1, "b", "s", 100, 5)), accept(sell(2, "s", 90, 5)));
        assertEquals(OrderBook.NONE, book.bestBid());
    }

    @Test
    void aBetterPriceTradesFirst() {
        accept(sell(1, "s1", 102, 5));
        accept(sell(2, "s2", 101, 5));
        assertEquals(List.of(new Fill(3, 2, "b", "s2", 101, 5)), accept(buy(3, "b", 105, 5)));
        assertEquals(102, book.bestAsk());
    }

    @Test
    void atOnePriceTheEarlierOrderTradesFirst() {
        accept(buy(1, "b1", 100, 5));
        accept(buy(2, "b2", 100, 5));
        accept(buy(3, "b3", 100, 5));
        assertEquals(List.of(new Fill(4, 1, "b1", "s", 100, 5), new Fill(4, 2, "b2", "s", 100, 2)),
                accept(sell(4, "s", 100, 7)));
        assertEquals(List.of(buy(2, "b2", 100, 3), buy(3, "b3", 100, 5)), book.orders(Side.BUY));
    }

    @Test
    void aPartlyFilledRestingOrderKeepsItsPlace() {
        accept(sell(1, "s1", 100, 10));
        accept(sell(2, "s2", 100, 10));
        accept(buy(3, "b", 100, 4));
        assertEquals(List.of(new Fill(4, 1, "b", "s1", 100, 6), new Fill(4, 2, "b", "s2", 100, 1)),
                accept(buy(4, "b", 100, 7)));
    }

    @Test
    void theUnfilledRestOfAnIncomingOrderRestsAtItsLimit() {
        accept(sell(1, "s", 100, 3));
        assertEquals(List.of(new Fill(2, 1, "b", "s", 100, 3)), accept(buy(2, "b", 105, 10)));
        assertEquals(105, book.bestBid());
        assertEquals(7, book.volumeAt(Side.BUY, 105));
        assertEquals(List.of(buy(2, "b", 105, 7)), book.orders(Side.BUY));
    }

    @Test
    void aTakerSweepsLevelsUpToItsLimitAndNoFurther() {
        accept(sell(1, "s1", 100, 2));
        accept(sell(2, "s2", 101, 2));
        accept(sell(3, "s3", 102, 2));
        accept(sell(4, "s4", 103, 2));
        List<Fill> fills = accept(buy(5, "b", 102, 10));
        assertEquals(List.of(new Fill(5, 1, "b", "s1", 100, 2), new Fill(5, 2, "b", "s2", 101, 2),
                new Fill(5, 3, "b", "s3", 102, 2)), fills);
        assertEquals(102, book.bestBid());
        assertEquals(103, book.bestAsk());
        assertEquals(4, book.volumeAt(Side.BUY, 102));
    }

    @Test
    void ordersAreListedInPriorityOrder() {
        accept(sell(1, "a", 105, 1));
        accept(sell(2, "b", 103, 1));
        accept(sell(3, "c", 105, 1));
        accept(sell(4, "d", 104, 1));
        assertEquals(List.of(2L, 4L, 1L, 3L), book.orders(Side.SELL).stream().map(LimitOrder::id).toList());
        accept(buy(5, "a", 90, 1));
        accept(buy(6, "b", 95, 1));
        accept(buy(7, "c", 90, 1));
        assertEquals(List.of(6L, 5L, 7L), book.orders(Side.BUY).stream().map(LimitOrder::id).toList());
    }

    @Test
    void cancelRemovesTheOrderAndItsVolume() {
        accept(buy(1, "b", 100, 5));
        accept(buy(2, "b", 100, 6));
        accept(buy(3, "b", 99, 1));
        assertEquals(ResultCode.CANCELLED, book.cancel(1));
        assertEquals(6, book.volumeAt(Side.BUY, 100));
        assertEquals(ResultCode.CANCELLED, book.cancel(2));
        assertEquals(0, book.volumeAt(Side.BUY, 100));
        assertEquals(99, book.bestBid());
        assertEquals(1, book.orderCount());
        assertEquals(List.of(new Fill(4, 3, "b", "s", 99, 1)), accept(sell(4, "s", 0, 1)));
    }

    @Test
    void cancellingAnUnknownFilledOrCancelledOrderSaysSo() {
        assertEquals(ResultCode.UNKNOWN_ORDER, book.cancel(42));
        accept(sell(1, "s", 100, 5));
        accept(buy(2, "b", 100, 5));
        assertEquals(ResultCode.UNKNOWN_ORDER, book.cancel(1));
        assertEquals(ResultCode.UNKNOWN_ORDER, book.cancel(2));
        accept(sell(3, "s", 100, 5));
        assertEquals(ResultCode.CANCELLED, book.cancel(3));
        assertEquals(ResultCode.UNKNOWN_ORDER, book.cancel(3));
    }

    @Test
    void nonPositiveQuantitiesAreRejected() {
        assertEquals(ResultCode.REJECTED_NON_POSITIVE_QUANTITY, book.submit(buy(1, "b", 100, 0)).code());
        assertEquals(ResultCode.REJECTED_NON_POSITIVE_QUANTITY, book.submit(sell(2, "s", 100, -5)).code());
        assertEquals(0, book.orderCount());
    }

    @Test
    void negativePricesAreRejectedAndZeroIsAllowed() {
        assertEquals(ResultCode.REJECTED_NEGATIVE_PRICE, book.submit(buy(1, "b", -1, 5)).code());
        accept(sell(2, "s", 0, 5));
        assertEquals(0, book.bestAsk());
    }

    @Test
    void aDuplicateIdOfARestingOrderIsRejectedAndChangesNothing() {
        accept(sell(1, "s", 100, 5));
        SubmitResult duplicate = book.submit(buy(1, "b", 200, 5));
        assertEquals(ResultCode.REJECTED_DUPLICATE_ID, duplicate.code());
        assertEquals(List.of(), duplicate.fills());
        assertEquals(List.of(sell(1, "s", 100, 5)), book.orders(Side.SELL));
        assertEquals(OrderBook.NONE, book.bestBid());
    }

    @Test
    void theIdOfAnOrderNoLongerRestingMayBeReused() {
        accept(sell(1, "s", 100, 5));
        accept(buy(2, "b", 100, 5));
        accept(sell(1, "s", 100, 5));
        assertEquals(1, book.orderCount());
    }

    @Test
    void volumeThatWouldOverflowIsRejected() {
        accept(buy(1, "b", 100, Long.MAX_VALUE - 10));
        assertEquals(ResultCode.REJECTED_VOLUME_OVERFLOW, book.submit(buy(2, "b", 100, 11)).code());
        accept(buy(3, "b", 100, 10));
        assertEquals(Long.MAX_VALUE, book.volumeAt(Side.BUY, 100));
    }

    @Test
    void rejectionsAreCheckedInTheDocumentedOrder() {
        accept(buy(1, "b", 100, 5));
        assertEquals(ResultCode.REJECTED_NON_POSITIVE_QUANTITY, book.submit(buy(1, "b", -1, 0)).code());
        assertEquals(ResultCode.REJECTED_NEGATIVE_PRICE, book.submit(buy(1, "b", -1, 1)).code());
        assertTrue(ResultCode.REJECTED_DUPLICATE_ID.isRejection());
        assertTrue(!ResultCode.ACCEPTED.isRejection());
    }

    @Test
    void aMissingSideOrTraderIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new LimitOrder(1, "t", null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LimitOrder(1, " ", Side.BUY, 1, 1));
    }

    @Test
    void manyOrdersAtManyLevelsStayConsistent() {
        for (int i = 0; i < 500; i++) {
            accept(buy(i, "b", 1_000 - i % 50, 1 + i % 7));
        }
        long total = 0;
        for (int p = 951; p <= 1_000; p++) {
            total += book.volumeAt(Side.BUY, p);
        }
        assertEquals(500, book.orderCount());
        for (int i = 0; i < 500; i += 2) {
            assertEquals(ResultCode.CANCELLED, book.cancel(i));
        }
        long filled = 0;
        for (Fill fill : accept(sell(10_000, "s", 0, Long.MAX_VALUE / 2))) {
            filled += fill.quantity();
        }
        long cancelled = 0;
        for (int i = 0; i < 500; i += 2) {
            cancelled += 1 + i % 7;
        }
        assertEquals(total - cancelled, filled);
        assertEquals(1, book.orderCount());
        assertEquals(OrderBook.NONE, book.bestBid());
    }
}
