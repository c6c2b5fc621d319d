package org.airshed.benchmarks.market;

/**
 * What replaying an order stream into a book produced: the checksum two books must agree on.
 *
 * @param fills     executions
 * @param volume    Σ fill quantity (quantity ticks)
 * @param value     Σ fill price × quantity (price ticks × quantity ticks)
 * @param cancelled cancels answered {@code CANCELLED}
 * @param resting   orders left in the book at the end
 */
record BookTotals(long fills, long volume, long value, long cancelled, int resting) {
}
