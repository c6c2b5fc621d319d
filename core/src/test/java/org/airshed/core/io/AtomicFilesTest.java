package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void createsParentDirectoriesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/nested/summary.json");

        AtomicFiles.writeString(target, "{\"a\": \"µg/m³\"}\n");

        assertEquals("{\"a\": \"µg/m³\"}\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), list(target.getParent()));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("result.csv");
        Files.writeString(target, "old content that is longer than the new one\n");

        AtomicFiles.write(target, new byte[] {'n', 'e', 'w'});

        assertArrayEquals(new byte[] {'n', 'e', 'w'}, Files.readAllBytes(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void failedWriteLeavesTargetAndNoTemporaryFile() throws IOException {
        // A non-empty directory cannot be replaced by a file: the move fails.
        Path target = dir.resolve("occupied");
        Files.createDirectories(target.resolve("child"));

        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));

        assertEquals(List.of(target), list(dir));
        assertEquals(List.of(target.resolve("child")), list(target));
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void streamedTextIsWrittenWholeOrNotAtAll() throws IOException {
        Path target = dir.resolve("sources.csv");
        AtomicFiles.writeText(target, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write("s" + i + ",10\n");
            }
        });
        assertEquals(100_000, Files.readAllLines(target).size());
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.writeText(target, out -> {
            out.write("half a file");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals(100_000, Files.readAllLines(target).size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }
}
