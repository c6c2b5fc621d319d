package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.airshed.core.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sources file written to while it is read may give sources (and a recorded hash) of a mix of
 * two versions that never existed as a file: such a read is refused, as bad input, not recorded.
 */
class SourcesFileChangedWhileReadTest {
    private static final String HEADER = "id,region,sector,department,baseline,curve,amount,unitCost,linear,slope,max\n";

    @TempDir
    Path dir;

    @Test
    void aFileChangedWhileReadIsRefused() throws IOException {
        Path scenario = scenario();
        Path csv = dir.resolve("s.csv");
        // The reader announces its phase once it has looked at the file: a write then is a write mid-read.
        Progress before = Progress.install(new Touching(csv));
        List<Problem> problems;
        try {
            problems = ScenarioReader.validate(scenario);
        } finally {
            Progress.install(before);
        }
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.sourcesFile", problems.get(0).location());
        assertTrue(problems.get(0).message().contains("changed while it was read"), problems.toString());
    }

    @Test
    void anUnchangedFileIsRead() throws IOException {
        assertEquals(List.of(), ScenarioReader.validate(scenario()));
    }

    private Path scenario() throws IOException {
        Files.writeString(dir.resolve("s.csv"), HEADER + "A,SH,,,100,steps,30,10,,,\n");
        Path scenario = dir.resolve("scenario.json");
        Files.writeString(scenario, "{\"name\": \"c\", \"regions\": [{\"id\": \"SH\"}], \"sourcesFile\": \"s.csv\"}");
        return scenario;
    }

    /** Moves the file's modification time when its reading starts, as a writer would. */
    private record Touching(Path csv) implements Progress {
        @Override
        public void phase(String what) {
            if (what.startsWith("reading s.csv")) {
                try {
                    Files.setLastModifiedTime(csv, FileTime.fromMillis(Files.getLastModifiedTime(csv).toMillis() + 2000));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void advance(long done, long total) {
        }

        @Override
        public void finish() {
        }
    }
}
