package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The terminal's progress line never goes backwards within a phase. Regression (README review,
 * item 10): writing a national run's results showed 81 % → 18 % → 83 %, allocation.csv and mac.csv
 * being written at once and each reporting its own share as the phase's.
 */
class TerminalProgressTest {
    private static final Pattern SHARE = Pattern.compile("(\\S+) +(\\d+) %");
    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long[] now = {0};
    private final TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            () -> now[0]);

    /** Each line drawn, in order, without its padding. */
    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\r")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** Every share shown, keyed by the word before it: none falls. */
    private static void assertNoShareFalls(List<String> lines) {
        Map<String, Integer> shown = new HashMap<>();
        for (String line : lines) {
            Matcher m = SHARE.matcher(line);
            while (m.find()) {
                int share = Integer.parseInt(m.group(2));
                Integer before = shown.put(m.group(1), share);
                assertTrue(before == null || share >= before, m.group(1) + " went from " + before + " to " + share
                        + " %: " + lines);
            }
        }
    }

    private void advance(String part, long done, long total) {
        now[0] += SECOND;
        progress.advance(part, done, total);
    }

    @Test
    void tablesWrittenAtOnceAreShownEachWithItsOwnShare() {
        progress.phase("writing results");
        advance("allocation.csv", 81, 100);
        advance("mac.csv", 18, 100);
        advance("allocation.csv", 83, 100);
        List<String> lines = lines();
        assertNoShareFalls(lines);
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("airshed: writing results") && last.contains("allocation.csv  83 %")
                && last.contains("mac.csv  18 %"), last);
    }

    @Test
    void aPhasesShareNeverFalls() {
        progress.phase("reading sources.csv");
        now[0] += SECOND;
        progress.advance(50, 100);
        now[0] += SECOND;
        progress.advance(40, 100);
        assertNoShareFalls(lines());
        // A new phase starts from its own beginning.
        progress.phase("solving");
        now[0] += SECOND;
        progress.advance(10, 100);
        List<String> lines = lines();
        assertEquals("airshed: solving  10 % (1.0 s)", lines.get(lines.size() - 1));
    }
}
