package org.airshed.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file rewritten while it is read (a test seam): positional reads see {@code before} until
 * {@code switchAfter} of them were made, then {@code after}.
 */
final class RewrittenChannel extends FileChannel {
    private final byte[] before;
    private final byte[] after;
    private final int switchAfter;
    private final AtomicInteger reads = new AtomicInteger();

    RewrittenChannel(byte[] before, byte[] after, int switchAfter) {
        this.before = before;
        this.after = after;
        this.switchAfter = switchAfter;
    }

    /** How many positional reads were made. */
    int reads() {
        return reads.get();
    }

    @Override
    public int read(ByteBuffer dst, long position) {
        byte[] bytes = reads.getAndIncrement() < switchAfter ? before : after;
        if (position >= bytes.length) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), bytes.length - position);
        dst.put(bytes, (int) position, n);
        return n;
    }

    @Override
    public long size() {
        return (reads.get() < switchAfter ? before : after).length;
    }

    @Override
    public int read(ByteBuffer dst) {
        throw new UnsupportedOperationException("only positional reads");
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
        throw new UnsupportedOperationException("only positional reads");
    }

    @Override
    public int write(ByteBuffer src) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public int write(ByteBuffer src, long position) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public long position() {
        return 0;
    }

    @Override
    public FileChannel position(long newPosition) {
        throw new UnsupportedOperationException("only positional reads");
    }

    @Override
    public FileChannel truncate(long size) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void force(boolean metaData) {
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
        throw new UnsupportedOperationException("only positional reads");
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException("only positional reads");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException("no locks");
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException("no locks");
    }

    @Override
    protected void implCloseChannel() throws IOException {
    }
}
