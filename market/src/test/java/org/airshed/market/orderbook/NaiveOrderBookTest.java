package org.airshed.market.orderbook;

class NaiveOrderBookTest extends OrderBookContractTest {
    @Override
    protected OrderBook newBook() {
        return new NaiveOrderBook();
    }
}
