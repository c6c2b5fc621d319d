package org.airshed.scenarios.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A sweep's journal lines in run order, read where the index says they are. Each journal is read
 * through a window of its own: runs finish roughly in run order (and a shard's in its own run
 * order), so nearly every line is in the window the previous one left.
 */
final class RunOrderLines implements Iterator<String>, Closeable {
    private static final int WINDOW = 1 << 20;

    private final List<Window> windows = new ArrayList<>();
    private final long[] location;
    private final int offsetBits;
    private int next;

    RunOrderLines(List<Path> journals, long[] location, int offsetBits) throws IOException {
        this.location = location;
        this.offsetBits = offsetBits;
        try {
            for (Path journal : journals) {
                windows.add(new Window(FileChannel.open(journal, StandardOpenOption.READ)));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        return next < location.length;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long at = location[next++];
        try {
            return windows.get((int) (at >>> offsetBits)).line(at & ((1L << offsetBits) - 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a journal that was just read", e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Window w : windows) {
            try {
                w.channel.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A stretch of one journal held in memory. */
    private static final class Window {
        private final FileChannel channel;
        private ByteBuffer bytes = ByteBuffer.allocate(WINDOW);
        private long start;
        private int length;

        Window(FileChannel channel) {
            this.channel = channel;
        }

        /** The line that starts at {@code offset}, without its end. */
        String line(long offset) throws IOException {
            if (offset < start || offset >= start + length) {
                fill(offset);
            }
            while (true) {
                int from = (int) (offset - start);
                for (int i = from; i < length; i++) {
                    if (bytes.get(i) == '\n') {
                        return new String(bytes.array(), from, i - from, StandardCharsets.UTF_8);
                    }
                }
                if (from > 0) {
                    fill(offset);
                } else if (length < bytes.capacity()) {
                    throw new IOException("the journal's line at byte " + offset + " has no end");
                } else {
                    // A line longer than the window: a larger one.
                    bytes = ByteBuffer.allocate(bytes.capacity() * 2);
                    fill(offset);
                }
            }
        }

        private void fill(long offset) throws IOException {
            bytes.clear();
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    break;
                }
            }
            if (bytes.position() == 0) {
                throw new IOException("the journal ends before offset " + offset);
            }
            start = offset;
            length = bytes.position();
        }
    }
}
