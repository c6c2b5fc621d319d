package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.airshed.scenarios.pipeline.DirectoryTree;
import org.airshed.scenarios.pipeline.InjectedMoves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed tables against the reference (every row in memory, DescriptiveStatistics) on random
 * journals: random parameters and values, statuses, columns that appear late or only sometimes,
 * numbers, yes/no, names, nulls and arrays, values that are no parameter's, and a memory budget
 * small enough to take the metrics in several batches.
 */
class SweepTablesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] STATUSES = {"ok", "ok", "ok", "infeasible", "invalid", "error"};

    @TempDir
    Path temp;

    @Test
    void randomJournalsGiveTheReferenceBytes() throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 60; trial++) {
            SweepSpec spec = SweepReader.read("random.json", sweep(random));
            List<String> lines = lines(spec, random, 1 + random.nextInt(trial < 50 ? 120 : 3000));
            ReferenceSweepTables reference = new ReferenceSweepTables(spec, lines);
            Path out = temp.resolve("t" + trial);
            Files.createDirectories(out);
            long budget = 8L * lines.size() * (1 + random.nextInt(4));
            var statuses = SweepTables.write(spec, lines.iterator(), out, budget);
            String where = "trial " + trial;
            assertEquals(reference.jsonLines(), Files.readString(out.resolve(SweepRunner.RUNS_JSONL)), where);
            assertEquals(reference.runsCsv(), Files.readString(out.resolve(SweepRunner.RUNS_CSV)), where);
            assertEquals(reference.summaryCsv(), Files.readString(out.resolve(SweepRunner.SUMMARY_CSV)), where);
            assertEquals(reference.statusCounts(), statuses, where);
            assertFalse(Files.exists(out.resolve(SweepTables.STAGING)), where);
        }
    }

    /**
     * Review s7: a directory where a table goes stopped the moves half-way, leaving a new runs.jsonl
     * beside the old runs.csv and summary.csv. Every place is checked before the first move.
     */
    @Test
    void aDirectoryWhereATableGoesIsRefusedBeforeAnyTableMoves() throws Exception {
        Random random = new Random(11);
        SweepSpec spec = SweepReader.read("random.json", sweep(random));
        List<String> lines = lines(spec, random, 20);
        Path out = temp.resolve("blocked");
        Files.createDirectories(out.resolve(SweepRunner.SUMMARY_CSV));
        Files.writeString(out.resolve(SweepRunner.RUNS_JSONL), "earlier\n");
        SweepDirectoryException e = org.junit.jupiter.api.Assertions.assertThrows(SweepDirectoryException.class,
                () -> SweepTables.write(spec, lines.iterator(), out, 1 << 20));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(out.resolve(SweepRunner.SUMMARY_CSV)
                + ": is not a regular file"), e.getMessage());
        assertEquals("earlier\n", Files.readString(out.resolve(SweepRunner.RUNS_JSONL)));
        assertFalse(Files.exists(out.resolve(SweepRunner.RUNS_CSV)));
        assertFalse(Files.exists(out.resolve(SweepTables.STAGING)));
    }

    /**
     * Review s8: the three tables move in all or nothing. A move failing at any position (after the
     * checks) leaves the earlier tables, byte for byte, and the message says so.
     */
    @Test
    void aFailedMoveOfATableLeavesTheEarlierTablesByteForByte() throws Exception {
        Random random = new Random(13);
        SweepSpec spec = SweepReader.read("random.json", sweep(random));
        Path out = temp.resolve("moves");
        Files.createDirectories(out);
        SweepTables.write(spec, lines(spec, random, 20).iterator(), out, 1 << 20);
        Files.writeString(out.resolve("journal.jsonl"), "the journal\n");
        TreeMap<String, String> before = DirectoryTree.of(out);
        List<String> newer = lines(spec, random, 30);
        for (int k = 1; ; k++) {
            InjectedMoves mover = InjectedMoves.failingAt(k);
            try {
                SweepTables.write(spec, newer.iterator(), out, 1 << 20, mover);
            } catch (FileSystemException e) {
                assertEquals(before, DirectoryTree.of(out), "a failure at move " + k);
                assertTrue(e.getReason().contains("the earlier results in " + out + " were kept"), e.getReason());
                continue;
            }
            assertFalse(mover.fired());
            assertTrue(k > 3, "moves: " + (k - 1));
            break;
        }
        assertEquals(new ReferenceSweepTables(spec, newer).runsCsv(), Files.readString(out.resolve(SweepRunner.RUNS_CSV)));
    }

    /** One to three parameters: lists of numbers or names, grids, and draws (some independent per field). */
    private static String sweep(Random random) {
        List<String> parameters = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            String values = switch (random.nextInt(4)) {
                case 0 -> "\"values\": " + List.of("0", "1.5", "3", "1e20", "-0.25").subList(0, 1 + random.nextInt(5));
                case 1 -> "\"values\": [\"grandfathering\", \"per-capita\", \"gdp\"]";
                case 2 -> "\"grid\": {\"from\": 0.6, \"to\": 1.4, \"count\": " + (1 + random.nextInt(9)) + "}";
                default -> "\"draw\": {\"distribution\": \"uniform\", \"min\": 0, \"max\": 1}"
                        + (random.nextBoolean() ? ", \"independent\": true" : "");
            };
            parameters.add("{\"name\": \"p" + p + "\", \"path\": \"$.policy.x" + p + "\", " + values + "}");
        }
        return "{\"name\": \"random\", \"scenario\": \"textbook\", \"seed\": 1, \"replicates\": 2, \"parameters\": ["
                + String.join(", ", parameters) + "]}";
    }

    private static List<String> lines(SweepSpec spec, Random random, int runs) throws Exception {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < 2 + random.nextInt(12); c++) {
            columns.add((random.nextBoolean() ? "allocation." : "compensation.rules.r" + random.nextInt(3) + ".") + "c" + c);
        }
        List<String> lines = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            ObjectNode line = MAPPER.createObjectNode();
            line.put("run", run);
            line.put("seed", random.nextLong());
            ObjectNode parameters = line.putObject("parameters");
            for (SweepParameter p : spec.parameters()) {
                if (p.values() instanceof ParameterValues.Dimension d) {
                    JsonNode value = SweepPlan.normalized(d.values().get(random.nextInt(d.values().size())));
                    parameters.set(p.name(), random.nextInt(50) == 0 ? MAPPER.getNodeFactory().numberNode(99) : value);
                } else if (p.independent()) {
                    parameters.putObject(p.name()).put("$.policy.a", random.nextDouble()).put("$.policy.b", 1);
                } else {
                    parameters.put(p.name(), random.nextDouble());
                }
            }
            String status = STATUSES[random.nextInt(STATUSES.length)];
            line.put("status", status);
            if (!status.equals("ok")) {
                line.put("reason", random.nextBoolean() ? "a reason, with \"quotes\"" : "why");
            }
            ObjectNode results = line.putObject("results");
            // Later runs may bring columns the first ones lack.
            int visible = Math.min(columns.size(), 1 + run * columns.size() / Math.max(1, runs / 2));
            for (int c = 0; c < visible; c++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                String[] path = columns.get(c).split("\\.");
                ObjectNode at = results;
                for (int i = 0; i < path.length - 1; i++) {
                    at = at.has(path[i]) ? (ObjectNode) at.get(path[i]) : at.putObject(path[i]);
                }
                String key = path[path.length - 1];
                switch (random.nextInt(8)) {
                    case 0 -> at.put(key, random.nextBoolean());
                    case 1 -> at.put(key, random.nextInt(7) - 3);
                    case 2 -> at.put(key, random.nextBoolean() ? 0.0 : -0.0);
                    case 3 -> at.put(key, "applied");
                    case 4 -> at.putNull(key);
                    case 5 -> at.putArray(key).add("AH").add("SH");
                    default -> at.put(key, random.nextGaussian() * 1e9);
                }
            }
            lines.add(MAPPER.writeValueAsString(line));
        }
        return lines;
    }
}
