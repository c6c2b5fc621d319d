package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.airshed.core.io.AtomicFiles;

/**
 * {@code DIR/journal.jsonl}: the sweep's memory between a kill and a restart. The first line
 * names the sweep by a fingerprint of its file, its base scenario and the program version; every
 * further line is one finished run, written whole by one append. A run killed in the middle of
 * its line leaves a line without its end, which the next start cuts off: the run is simply done
 * again. Lines are in the order runs finished; the result files are in run order.
 */
final class SweepJournal implements Closeable {
    static final String FILE = "journal.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final SortedMap<Integer, String> lines;

    private SweepJournal(Path file, FileChannel channel, SortedMap<Integer, String> lines) {
        this.file = file;
        this.channel = channel;
        this.lines = lines;
    }

    /**
     * Opens (or starts) the journal in {@code directory}. Throws {@link SweepDirectoryException}
     * when the directory holds another sweep's journal and {@code restart} is false.
     */
    static SweepJournal open(Path directory, String name, String fingerprint, int runs, boolean restart)
            throws IOException {
        Path file = directory.resolve(FILE);
        if (Files.isDirectory(file)) {
            throw new SweepDirectoryException(file + " is a directory; a sweep keeps its journal there");
        }
        if (restart) {
            Files.deleteIfExists(file);
        }
        SortedMap<Integer, String> lines = new TreeMap<>();
        if (Files.exists(file)) {
            read(file, fingerprint, runs, lines);
        } else {
            // A new journal: result files of an earlier sweep must not sit beside it.
            for (String stale : List.of(SweepRunner.RUNS_CSV, SweepRunner.RUNS_JSONL, SweepRunner.SUMMARY_CSV)) {
                Files.deleteIfExists(directory.resolve(stale));
            }
            ObjectNode header = MAPPER.createObjectNode();
            header.put("sweep", name);
            header.put("fingerprint", fingerprint);
            header.put("runs", runs);
            AtomicFiles.writeString(file, MAPPER.writeValueAsString(header) + "\n");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new SweepDirectoryException(file + " is in use by another sweep running into the same directory");
        }
        return new SweepJournal(file, channel, lines);
    }

    private static void read(Path file, String fingerprint, int runs, Map<Integer, String> lines) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            // The last line was cut short by a kill: drop it, that run is done again.
            try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                c.truncate(end);
            }
        }
        String[] text = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n");
        JsonNode header = text.length == 0 || text[0].isEmpty() ? null : parse(text[0]);
        if (header == null || !fingerprint.equals(header.path("fingerprint").asText())) {
            throw new SweepDirectoryException(file + " belongs to another sweep, or the sweep file, its scenario or"
                    + " the program changed since it was started; pass --restart to start over in this directory,"
                    + " or choose another --out");
        }
        for (int i = 1; i < text.length; i++) {
            JsonNode node = parse(text[i]);
            SweepRow row;
            try {
                row = node == null ? null : SweepRow.fromJson(node);
            } catch (IllegalArgumentException e) {
                row = null;
            }
            if (row == null || row.run() < 0 || row.run() >= runs) {
                throw new SweepDirectoryException(file + ": line " + (i + 1) + " is not a run of this sweep;"
                        + " pass --restart to start over");
            }
            lines.put(row.run(), text[i]);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** Run index → its line, for the runs finished, in run order (a sorted map). */
    SortedMap<Integer, String> lines() {
        return lines;
    }

    /** Appends one finished run: the whole line in one write, then it counts as done. */
    void append(int run, String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        lines.put(run, line);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
