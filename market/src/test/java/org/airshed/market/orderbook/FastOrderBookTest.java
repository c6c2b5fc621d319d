package org.airshed.market.orderbook;

class FastOrderBookTest extends OrderBookContractTest {
    @Override
    protected OrderBook newBook() {
        return new FastOrderBook(4);
    }
}
