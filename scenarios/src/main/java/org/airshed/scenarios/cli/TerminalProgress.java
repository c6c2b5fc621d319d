package org.airshed.scenarios.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.airshed.core.util.Progress;

/**
 * Progress on one line of a terminal's stderr, rewritten in place ({@code \r}) at most five
 * times a second: the phase, how far it is, and the seconds since it began. A share never falls
 * within a phase; parts advancing side by side (two tables written at once) are shown each with
 * its own. Installed only when the process has a console, so redirected output and tests see nothing.
 */
final class TerminalProgress implements Progress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final LongSupplier nanoTime;
    /** Each part's share in the current phase, in the order first seen; the phase's own under "". */
    private final Map<String, Long> shares = new LinkedHashMap<>();
    private String phase;
    private long phaseStart;
    private long lastDraw;
    private int width;

    TerminalProgress(PrintStream err) {
        this(err, System::nanoTime);
    }

    /** With its own clock (tests). */
    TerminalProgress(PrintStream err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
    }

    /** Installs a terminal progress when the process has a console; silent otherwise. */
    static void installIfTerminal() {
        if (System.console() != null) {
            Progress.install(new TerminalProgress(System.err));
        }
    }

    @Override
    public synchronized void phase(String what) {
        phase = what;
        phaseStart = nanoTime.getAsLong();
        shares.clear();
        draw(what + " ...");
    }

    @Override
    public synchronized void advance(long done, long total) {
        advance("", done, total);
    }

    @Override
    public synchronized void advance(String part, long done, long total) {
        if (phase == null) {
            return;
        }
        if (total > 0) {
            // A part reported out of order (pieces finishing on several threads) keeps the share it had.
            shares.merge(part, Math.min(100, Math.max(0, done) * 100 / total), Math::max);
        }
        long now = nanoTime.getAsLong();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        StringBuilder text = new StringBuilder(phase);
        String separator = ": ";
        for (Map.Entry<String, Long> share : shares.entrySet()) {
            if (share.getKey().isEmpty()) {
                text.append(String.format(Locale.ROOT, " %3d %%", share.getValue()));
            } else {
                text.append(separator).append(share.getKey()).append(String.format(Locale.ROOT, " %3d %%", share.getValue()));
                separator = ", ";
            }
        }
        draw(text + String.format(Locale.ROOT, " (%.1f s)", (now - phaseStart) / 1e9));
    }

    @Override
    public synchronized void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
        phase = null;
        width = 0;
    }

    private void draw(String text) {
        lastDraw = nanoTime.getAsLong();
        String line = "airshed: " + text;
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = Math.max(width, line.length());
    }
}
