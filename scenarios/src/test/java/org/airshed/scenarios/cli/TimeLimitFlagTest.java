package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review s7, slips of defect 7: {@code --time-limit NaN} was refused as "must be a finite number; this
 * one is too large for a double". NaN and Infinity are not large: they are not finite.
 */
class TimeLimitFlagTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"validate, NaN", "validate, Infinity", "validate, -Infinity", "run, NaN"})
    void aTimeLimitThatIsNotFiniteIsRefusedAsSuch(String command, String limit) {
        Cli.Result r = command.equals("run")
                ? Cli.run("run", "yrd-so2", "--mode", "discrete", "--time-limit", limit, "--out", temp.toString())
                : Cli.run("validate", "yrd-so2", "--mode", "discrete", "--time-limit", limit);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("$.discrete.timeLimitSeconds = \"" + limit + "\" (from --time-limit): must be a"
                + " finite number"), r.err());
        assertFalse(r.err().contains("too large"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }
}
