package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airshed.market.ledger.JournalSpool;
import org.airshed.market.ledger.LedgerJournal;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarioFiles;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A market whose journal outgrows the memory a ledger keeps ({@link JournalSpool#DEFAULT_MEMORY}), so
 * that it is spooled to the run's scratch area: {@code ledger.jsonl} is what {@link LedgerJournal}
 * writes for the entries read back from it (the reference writer), {@code airshed ledger} checks it,
 * and no spool survives the run, whether it succeeds or fails.
 */
class MarketJournalSpoolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path scenario;

    @BeforeEach
    void generate() throws IOException {
        scenario = temp.resolve("spooled.json");
        SyntheticScenarioFiles.write(GeneratorSpec.of(8_000, 12, 0, 20261206), scenario);
        ObjectNode root = (ObjectNode) JSON.readTree(scenario.toFile());
        root.putObject("market").put("allocation", "grandfathering").put("mechanism", "equilibrium");
        JSON.writeValue(scenario.toFile(), root);
    }

    @Test
    void aSpooledJournalIsWrittenWholeAndChecks() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result run = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path journal = out.resolve("ledger.jsonl");
        assertTrue(Files.size(journal) > JournalSpool.DEFAULT_MEMORY, Files.size(journal) + " bytes");
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        LedgerJournal.write(rewritten, LedgerJournal.read(journal));
        assertArrayEquals(rewritten.toByteArray(), Files.readAllBytes(journal));
        Cli.Result ledger = Cli.run("ledger", journal.toString());
        assertEquals(0, ledger.exitCode(), ledger.err());
        assertTrue(ledger.out().contains("its end matches the hash summary.json records"), ledger.out());
        assertFalse(Files.exists(out.resolve(ResultDirectory.SCRATCH)));
    }

    @Test
    void aRunThatFailsAfterTheMarketLeavesNoSpool() throws IOException {
        Path out = temp.resolve("out");
        // A directory where the journal goes: the results cannot be moved in, after everything was computed.
        Files.createDirectories(out.resolve("ledger.jsonl").resolve("in-the-way"));
        Cli.Result run = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertNotEquals(0, run.exitCode(), run.out());
        assertFalse(Files.exists(out.resolve(ResultDirectory.SCRATCH)));
        assertFalse(Files.exists(out.resolve("summary.json")));
    }
}
