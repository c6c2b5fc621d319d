package org.airshed.scenarios.sweep;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The sweep's progress on stderr: on a terminal one line redrawn in place
 * ({@code [##########..........]  512/1000  51%  18.2 runs/s  about 27 s left}); otherwise (a log
 * file, CI) a line at every tenth of the way, so logs stay short. The estimate divides the runs
 * left by the rate of the runs done since this start (runs found done in the journal are not
 * counted in the rate).
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final int total;
    private final int resumed;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDrawn;
    private int lastTenth;

    ProgressBar(PrintWriter out, boolean terminal, int total, int resumed, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.resumed = resumed;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastDrawn = start - REDRAW_NANOS;
        this.lastTenth = total == 0 ? 10 : resumed * 10 / total;
        if (resumed > 0) {
            out.println("resuming: " + resumed + " of " + total + " runs already done");
            out.flush();
        }
    }

    void update(int done) {
        long now = nanoTime.getAsLong();
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (terminal) {
            if (done == total || now - lastDrawn >= REDRAW_NANOS) {
                lastDrawn = now;
                out.print("\r" + line(done, now) + (done == total ? "\n" : ""));
                out.flush();
            }
        } else if (tenth > lastTenth) {
            lastTenth = tenth;
            out.println(line(done, now));
            out.flush();
        }
    }

    String line(int done, long now) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '#' : '.');
        }
        bar.append("] ").append(String.format("%" + String.valueOf(total).length() + "d/%d %3d%%", done, total,
                total == 0 ? 100 : (int) ((long) done * 100 / total)));
        double seconds = (now - start) / 1e9;
        int fresh = done - resumed;
        if (fresh > 0 && seconds > 0) {
            double rate = fresh / seconds;
            bar.append(String.format("  %.1f runs/s", rate));
            if (done < total) {
                bar.append("  about ").append(duration((total - done) / rate)).append(" left");
            } else {
                bar.append("  in ").append(duration(seconds));
            }
        }
        return bar.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
