package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar's record of the scripts' digests is current: each is the SHA-256 of the script's page
 * bytes, hashed here afresh. After a change to a script (or a Vega update), write it again:
 * {@code ./mvnw -B -q -pl scenarios -am test -Dtest=ScriptDigestsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dairshed.digests=update}; until then runs hash the script.
 */
class ScriptDigestsTest {
    private static final Path RECORD = Path.of("src/main/resources" + KnownDigests.RESOURCE);
    private static final String HEADER = "# The SHA-256 (base64), CRC-32 and length of each report script's page bytes:"
            + " written by ScriptDigestsTest (-Dairshed.digests=update), read by KnownDigests.\n";

    @Test
    void theRecordIsTheDigestsOfTheScriptsHashedAfresh() throws IOException {
        StringBuilder expected = new StringBuilder(HEADER);
        for (PageScript script : PageResources.get().scripts()) {
            PageScript fresh = PageScript.of(script.resource(), PageResources.bytes(script.resource()));
            assertEquals(fresh.digest(), script.digest(), script.resource() + ": the run's digest");
            expected.append(fresh.digestLine()).append('\n');
        }
        if ("update".equals(System.getProperty("airshed.digests"))) {
            Files.writeString(RECORD, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected.toString(), Files.readString(RECORD, StandardCharsets.UTF_8),
                RECORD + " is stale: write it again (" + ScriptDigestsTest.class.getSimpleName() + "'s Javadoc)");
    }

    @Test
    void aRecordedDigestIsTakenOnlyForTheRecordedBytes() {
        byte[] bytes = "var a = 1;\n".getBytes(StandardCharsets.UTF_8);
        String bogus = "B".repeat(43) + "=";
        PageScript recorded = PageScript.of("/x/a.js", bytes);
        String line = recorded.digestLine().replace(recorded.digest(), bogus);
        KnownDigests known = KnownDigests.parse("test", line + "\n");
        assertEquals(bogus, PageScript.of("/x/a.js", bytes, known).digest(), "taken when length and CRC-32 match");
        byte[] edited = "var a = 2;\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(PageScript.of("/x/a.js", edited).digest(), PageScript.of("/x/a.js", edited, known).digest(),
                "hashed when they do not");
        assertEquals(recorded.digest(), PageScript.of("/x/b.js", bytes, known).digest(), "hashed for another name");
    }

    @Test
    void aBrokenRecordNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KnownDigests.parse("/report/script-digests.txt", "# c\nabc 12 3\n"));
        assertEquals("/report/script-digests.txt: line 2 \"abc 12 3\": 4 fields expected, 3 found", e.getMessage());
    }
}
