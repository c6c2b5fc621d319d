package org.airshed.scenarios.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.airshed.core.util.Progress;

/**
 * Progress on one line of a terminal's stderr, rewritten in place ({@code \r}) at most five
 * times a second: the phase, how far it is, and the seconds since it began. Installed only when
 * the process has a console, so redirected output and tests see nothing.
 */
final class TerminalProgress implements Progress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private String phase;
    private long phaseStart;
    private long lastDraw;
    private int width;

    TerminalProgress(PrintStream err) {
        this.err = err;
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
        phaseStart = System.nanoTime();
        draw(what + " ...");
    }

    @Override
    public synchronized void advance(long done, long total) {
        long now = System.nanoTime();
        if (phase == null || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        String share = total > 0 ? String.format(Locale.ROOT, " %3d %%", Math.min(100, done * 100 / total)) : "";
        draw(String.format(Locale.ROOT, "%s%s (%.1f s)", phase, share, (now - phaseStart) / 1e9));
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
        lastDraw = System.nanoTime();
        String line = "airshed: " + text;
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = Math.max(width, line.length());
    }
}
