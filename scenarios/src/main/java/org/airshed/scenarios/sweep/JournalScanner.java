package org.airshed.scenarios.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a journal one whole line at a time, with each line's byte offset, holding one line in
 * memory rather than the file. A last line without its end (cut short by a kill) is not returned.
 */
final class JournalScanner implements Closeable {
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkLength;
    private int chunkPosition;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long nextOffset;
    private long offset = -1;
    private int number;

    JournalScanner(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** Moves to the next whole line; false at the end. */
    boolean next() throws IOException {
        lineLength = 0;
        long start = nextOffset;
        while (true) {
            if (chunkPosition == chunkLength) {
                chunkLength = in.read(chunk);
                chunkPosition = 0;
                if (chunkLength <= 0) {
                    chunkLength = 0;
                    return false;
                }
            }
            int end = chunkPosition;
            while (end < chunkLength && chunk[end] != '\n') {
                end++;
            }
            append(chunkPosition, end - chunkPosition);
            nextOffset += end - chunkPosition;
            if (end < chunkLength) {
                chunkPosition = end + 1;
                nextOffset++;
                offset = start;
                number++;
                return true;
            }
            chunkPosition = end;
        }
    }

    private void append(int from, int length) {
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
        }
        System.arraycopy(chunk, from, line, lineLength, length);
        lineLength += length;
    }

    /** The current line, without its end. */
    String line() {
        return new String(line, 0, lineLength, StandardCharsets.UTF_8);
    }

    /** The current line's byte offset in the file. */
    long offset() {
        return offset;
    }

    /** The current line's number, from 1. */
    int number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
