package org.airshed.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.airshed.core.util.Progress;

/** Passes a file's bytes through, telling {@link Progress} how many of {@code total} have been read, every few MB. */
final class ProgressInputStream extends FilterInputStream {
    private static final long STEP = 1 << 23;

    private final long total;
    private long read;
    private long reported;

    ProgressInputStream(InputStream in, long total) {
        super(in);
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        read += n;
        if (read - reported >= STEP) {
            reported = read;
            Progress.current().advance(read, total);
        }
    }
}
