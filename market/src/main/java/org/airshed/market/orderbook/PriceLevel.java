package org.airshed.market.orderbook;

/** All orders resting at one price on one side: an intrusive FIFO queue and its total volume. */
final class PriceLevel {
    long price;
    /** The side this level rests on. */
    PriceLadder ladder;
    long volume;
    OrderNode head;
    OrderNode tail;
    /** Next free level while pooled. */
    PriceLevel nextFree;

    void append(OrderNode order) {
        order.level = this;
        order.prev = tail;
        order.next = null;
        if (tail == null) {
            head = order;
        } else {
            tail.next = order;
        }
        tail = order;
        volume += order.remaining;
    }

    void unlink(OrderNode order) {
        if (order.prev == null) {
            head = order.next;
        } else {
            order.prev.next = order.next;
        }
        if (order.next == null) {
            tail = order.prev;
        } else {
            order.next.prev = order.prev;
        }
        volume -= order.remaining;
        order.prev = null;
        order.next = null;
        order.level = null;
    }

    boolean isEmpty() {
        return head == null;
    }
}
