package org.airshed.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code airshed generate}: placeholder, being written. */
@Command(name = "generate", mixinStandardHelpOptions = true, header = "Not yet available.")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("generate is not yet available");
    }
}
