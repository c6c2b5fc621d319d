package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void aLogGetsALinePerTenthWithRateAndTimeLeft() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false, 100, 0, clock::get);
        for (int done = 1; done <= 100; done++) {
            clock.addAndGet(100_000_000L);
            bar.update(done);
        }
        String[] lines = text.toString().split("\n");
        assertEquals(10, lines.length);
        assertEquals("[######........................]  20/100  20%  10.0 runs/s  about 8 s left", lines[1]);
        assertEquals("[##############################] 100/100 100%  10.0 runs/s  in 10 s", lines[9]);
    }

    @Test
    void resumedRunsCountInTheBarButNotInTheRate() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, 1000, 900, clock::get);
        clock.set(2_000_000_000L);
        bar.update(950);
        assertTrue(text.toString().startsWith("resuming: 900 of 1000 runs already done\n"), text.toString());
        assertTrue(text.toString().endsWith("\r[############################..]  950/1000  95%  25.0 runs/s  about 2 s left"),
                text.toString());
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("59 s", ProgressBar.duration(59.4));
        assertEquals("2 min 5 s", ProgressBar.duration(125));
        assertEquals("1 h 1 min", ProgressBar.duration(3661));
    }
}
