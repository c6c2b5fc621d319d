package org.airshed.scenarios.sweep;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The numbers summary.csv needs, one record per run in run order, in a temporary binary file:
 * whether the run is ok, its group under each list or grid parameter, and its numeric and yes/no
 * results (column number and value, exact doubles). Written once while runs.jsonl is written,
 * read once per batch of columns.
 */
final class ValueSpill {
    private static final int BUFFER = 1 << 16;

    private ValueSpill() {
    }

    /** Writes the records. */
    static final class Writer implements Closeable {
        private final DataOutputStream out;

        Writer(Path file) throws IOException {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        }

        /** One run: {@code values[i]} is the value of column {@code columns[i]}, for i below {@code count}. */
        void row(boolean ok, int[] groups, int count, int[] columns, double[] values) throws IOException {
            out.writeBoolean(ok);
            for (int g : groups) {
                out.writeInt(g);
            }
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                out.writeInt(columns[i]);
                out.writeDouble(values[i]);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads the records back in order. */
    static final class Reader implements Closeable {
        private final DataInputStream in;
        private final int[] groups;
        private int[] columns = new int[64];
        private double[] values = new double[64];
        private boolean ok;
        private int count;

        Reader(Path file, int dimensions) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
            this.groups = new int[dimensions];
        }

        /** Moves to the next run's record; false after the last. */
        boolean next() throws IOException {
            try {
                ok = in.readBoolean();
            } catch (EOFException e) {
                return false;
            }
            for (int d = 0; d < groups.length; d++) {
                groups[d] = in.readInt();
            }
            count = in.readInt();
            if (count > columns.length) {
                columns = new int[Math.max(count, 2 * columns.length)];
                values = new double[columns.length];
            }
            for (int i = 0; i < count; i++) {
                columns[i] = in.readInt();
                values[i] = in.readDouble();
            }
            return true;
        }

        boolean ok() {
            return ok;
        }

        int group(int dimension) {
            return groups[dimension];
        }

        int count() {
            return count;
        }

        int column(int i) {
            return columns[i];
        }

        double value(int i) {
            return values[i];
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
