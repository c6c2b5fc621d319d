package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A sources file rewritten while the byte-level reader reads it: whatever it returns, the hash it
 * records is of the very bytes its table was read from (or it hands the file over). The reader
 * that hashed the file in a second pass gave the table of one version and the hash of the other.
 */
class PlainSourcesCsvRewriteTest {
    private static final String HEADER = "id,region,baseline,curve,amount,unitCost\n";

    @Test
    void theHashIsOfTheBytesParsedWhenTheFileChangesDuringTheRead() throws IOException {
        byte[] before = file("1", 60).getBytes(StandardCharsets.UTF_8);
        byte[] sameLength = file("7", 60).getBytes(StandardCharsets.UTF_8);
        // Lines moved by a byte: a cut found in one version is no line start in the other.
        byte[] moved = (HEADER.replace("unitCost", "unitCost ") + file("1", 60).substring(HEADER.length(),
                before.length - 1)).getBytes(StandardCharsets.UTF_8);
        assertEquals(before.length, moved.length);
        int plainReads = 0;
        for (byte[] after : new byte[][] {sameLength, moved}) {
            RewrittenChannel counting = new RewrittenChannel(before, before, Integer.MAX_VALUE);
            PlainSourcesCsv.read(counting, "s.csv", 1, 200);
            int reads = counting.reads();
            for (int threads = 1; threads <= 2; threads++) {
                for (int switchAfter = 0; switchAfter <= reads + 1; switchAfter++) {
                    PlainSourcesCsv.Read read = PlainSourcesCsv.read(new RewrittenChannel(before, after, switchAfter),
                            "s.csv", threads, 200);
                    if (read != null) {
                        plainReads++;
                        byte[] hashed = hashedVersion(read.sha256(), before, after, threads);
                        if (hashed == null && threads == 1) {
                            fail("a hash of no version, switching after read " + switchAfter);
                        }
                        if (hashed == null) {
                            continue; // two threads: an interleaving not enumerated (see hashedVersion)
                        }
                        PlainReads.assertSameTable(reference(hashed), read.sources(),
                                "switched after read " + switchAfter + " of " + reads + ", " + threads + " threads");
                    }
                }
            }
        }
        assertTrue(plainReads > 0, "every read was handed over");
    }

    /**
     * The bytes whose hash that is: the old version up to some place and the new one after it, as
     * one thread reads in file order; with two, a piece read ahead may see the old version after
     * one behind it saw the new, which only the unmixed versions are checked for.
     */
    private static byte[] hashedVersion(String sha256, byte[] before, byte[] after, int threads) {
        for (int k = 0; k <= before.length; k++) {
            byte[] mixed = after.clone();
            System.arraycopy(before, 0, mixed, 0, k);
            if ((threads == 1 || k == 0 || k == before.length) && PlainReads.sha256(mixed).equals(sha256)) {
                return mixed;
            }
        }
        return null;
    }

    private static String file(String digit, int sources) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int s = 0; s < sources; s++) {
            csv.append("S").append(s).append(",R").append(s % 3).append(",10").append(digit).append(",steps,")
                    .append(digit).append(",1").append(digit).append('\n');
        }
        return csv.toString();
    }

    private static CsvSources reference(byte[] bytes) {
        Problems problems = new Problems();
        CsvSources sources = SourcesCsvReader.read(
                new BufferedReader(new Utf8LineReader(new ByteArrayInputStream(bytes))), "s.csv", problems);
        assertTrue(problems.list().isEmpty(), problems.list()::toString);
        return sources;
    }
}
