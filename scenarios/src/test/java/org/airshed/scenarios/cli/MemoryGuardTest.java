package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory is one line with the way to give Java more, exit 2, no stack trace. */
class MemoryGuardTest {
    @Command(name = "airshed", subcommands = Hungry.class)
    static final class Top implements Runnable {
        @Override
        public void run() {
        }
    }

    @Command(name = "run")
    static final class Hungry implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void outOfMemorySaysHowToRaiseTheHeap() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Top()).setErr(new PrintWriter(err, true));
        commandLine.setExecutionStrategy(new MemoryGuard(new CommandLine.RunLast()));
        int code = commandLine.execute("run");
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("airshed: out of memory: the input needs more than the "), err.toString());
        assertTrue(err.toString().contains("AIRSHED_HEAP=8g ./airshed run ..."), err.toString());
        assertTrue(err.toString().contains("nothing was written to the results directory"), err.toString());
    }

    /** Review, item 1: ledger writes no results directory; its message must not speak of one. */
    @Test
    void theMessageFitsACommandThatOnlyReads() {
        CommandLine commandLine = AirshedCommand.newCommandLine();
        String text = MemoryGuard.message(commandLine.parseArgs("ledger", "x.jsonl"), 1L << 30);
        assertTrue(text.contains("./airshed ledger ..."), text);
        assertTrue(!text.contains("results directory"), text);
    }

    @Test
    void theRealCommandLineIsGuarded() {
        assertTrue(AirshedCommand.newCommandLine().getExecutionStrategy() instanceof MemoryGuard);
    }
}
