package org.airshed.scenarios.sweep;

/**
 * One of {@code count} deterministic parts of a sweep: the runs whose id leaves the remainder
 * {@code index} when divided by {@code count}. By remainder rather than in blocks, because the
 * first parameter varies slowest: blocks would hand one shard every run of the dearest grid values.
 */
public record Shard(int index, int count) {
    /** The whole sweep as one shard. */
    public static final Shard WHOLE = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard is i/N with 0 <= i < N: " + index + "/" + count);
        }
    }

    /**
     * Reads {@code i/N} (as {@code --shard} gives it); throws IllegalArgumentException with a message
     * that can follow the value, e.g. "must be i/N with 0 <= i < N, such as 3/16".
     */
    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        if (parts.length == 2 && parts[0].matches("\\d{1,9}") && parts[1].matches("\\d{1,9}")) {
            int index = Integer.parseInt(parts[0]);
            int count = Integer.parseInt(parts[1]);
            if (count >= 1 && index < count) {
                return new Shard(index, count);
            }
        }
        throw new IllegalArgumentException("must be i/N with 0 <= i < N (shard i of N, counted from 0), such as 3/16");
    }

    public boolean isWhole() {
        return count == 1;
    }

    /** Whether run {@code run} belongs to this shard. */
    public boolean contains(int run) {
        return run % count == index;
    }

    /** How many of a sweep's {@code runs} runs belong to this shard. */
    public int size(int runs) {
        return runs > index ? (runs - index - 1) / count + 1 : 0;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
