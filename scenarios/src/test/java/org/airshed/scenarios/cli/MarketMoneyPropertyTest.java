package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markets near the ledger's range never stop with an internal error: on seeded random markets
 * ({@link RandomMarketFiles}: version 1 under every mechanism, version 2, money 10^8 to 10^18), either
 * {@code validate} refuses (exit 2) and {@code run} refuses with its lines, or validate passes and run
 * succeeds (exit 0). The default build runs 40 files; the slow one 400. Before version-2 markets were bounded
 * (LedgerRange), 1 of these 40 and 6 of those 400 passed validate and stopped run with an internal error (money
 * past a long of cents, or a balance overflow refused by the ledger): the seeds are chosen to show it.
 */
class MarketMoneyPropertyTest {
    @TempDir
    Path temp;

    @Test
    void validateRefusesOrRunSucceedsNeverAnInternalError() throws IOException {
        check(20261219, 40);
    }

    @Tag("slow")
    @Test
    void validateRefusesOrRunSucceedsOnManyMore() throws IOException {
        check(20261209, 400);
    }

    private void check(long seed, int files) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int ran = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int instance = 0; instance < files; instance++) {
            ObjectNode tree = RandomMarketFiles.draw(random);
            Path file = temp.resolve("market-" + instance + ".json");
            Files.writeString(file, tree.toPrettyString());
            Cli.Result validate = Cli.run("validate", file.toString());
            Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("out-" + instance).toString());
            String failure = null;
            if (validate.hasStackTrace() || run.hasStackTrace()) {
                failure = "a stack trace";
            } else if (validate.exitCode() == 0 && run.exitCode() != 0) {
                failure = "validate passed, run exit " + run.exitCode();
            } else if (validate.exitCode() != 0 && (validate.exitCode() != 2 || run.exitCode() != 2)) {
                failure = "validate exit " + validate.exitCode() + ", run exit " + run.exitCode();
            } else if (validate.exitCode() == 2 && (problemLines(run.err(), file).isEmpty()
                    || !problemLines(validate.err(), file).containsAll(problemLines(run.err(), file)))) {
                // Run stops at the file's problems, before solving, so validate may say more (an infeasible limit).
                failure = "run refuses with a line validate did not print";
            }
            if (failure != null) {
                failures.add("instance " + instance + " (seed " + seed + "): " + failure + "\n" + tree + "\nvalidate: "
                        + validate.err() + "\nrun: " + run.err());
            } else if (validate.exitCode() == 0) {
                ran++;
            } else {
                refused++;
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + files + " files failed");
        assertTrue(ran >= files / 4 && refused >= files / 10, "the magnitudes straddle the bound: ran " + ran
                + ", refused " + refused);
    }

    private static List<String> problemLines(String err, Path file) {
        return err.lines().filter(l -> l.startsWith(file + ": ")).distinct().toList();
    }
}
