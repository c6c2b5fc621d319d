package org.airshed.scenarios.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The statistics of every (group, metric) pair, in a temporary file: they are computed a batch of
 * metrics at a time but written to summary.csv a group at a time, and a grid of 100,000 values
 * times hundreds of metrics is more than a heap should hold.
 */
final class StatisticsSlots implements Closeable {
    private static final int SLOT = Long.BYTES + 9 * Double.BYTES;

    private final FileChannel channel;
    private final int metrics;
    private final ByteBuffer buffer = ByteBuffer.allocate(SLOT);

    StatisticsSlots(Path file, int metrics) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        this.metrics = metrics;
    }

    void put(int group, int metric, ColumnStatistics s) throws IOException {
        buffer.clear();
        buffer.putLong(s.n()).putDouble(s.mean()).putDouble(s.sd()).putDouble(s.min()).putDouble(s.p5())
                .putDouble(s.p25()).putDouble(s.median()).putDouble(s.p75()).putDouble(s.p95()).putDouble(s.max());
        buffer.flip();
        long at = position(group, metric);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
    }

    ColumnStatistics get(int group, int metric) throws IOException {
        buffer.clear();
        long at = position(group, metric);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("statistics slot " + group + "/" + metric + " was never written");
            }
        }
        buffer.flip();
        return new ColumnStatistics(buffer.getLong(), buffer.getDouble(), buffer.getDouble(), buffer.getDouble(),
                buffer.getDouble(), buffer.getDouble(), buffer.getDouble(), buffer.getDouble(), buffer.getDouble(),
                buffer.getDouble());
    }

    private long position(int group, int metric) {
        return ((long) group * metrics + metric) * SLOT;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
