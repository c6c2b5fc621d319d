package org.airshed.scenarios.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.InvalidSpecException;
import org.airshed.scenarios.generate.SyntheticScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airshed generate --sources N --out FILE.json}: writes a synthetic scenario, its sources
 * in a CSV beside it, for scale tests and benchmarks.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Write a synthetic scenario (seeded) for scale tests and benchmarks.",
        description = {"Writes FILE.json (regions, transfer, policy) and FILE-sources.csv",
                "(the sources; FILE.json names it in sourcesFile), both atomically.",
                "The same options give byte-identical files. Regions on a plane,",
                "heavy-tailed source sizes by sector, convex cost blocks, transfer",
                "decaying with distance; the cap and the receptor limits require a",
                "share of what is achievable, so the scenario is feasible.",
                "Exit 0 on success, 2 on a bad option or an unwritable --out,",
                "1 on an internal error."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sources", required = true, paramLabel = "N", description = "Number of sources (≥ 1).")
    int sources;

    @Option(names = "--regions", paramLabel = "R", defaultValue = "" + GeneratorSpec.DEFAULT_REGIONS,
            description = "Number of regions, 1 to " + GeneratorSpec.MAX_REGIONS + " (default: ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--receptors", paramLabel = "K", defaultValue = "0",
            description = "Receptor limits at the K most populous regions, 0 to R (default: ${DEFAULT-VALUE}).")
    int receptors;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of every draw, written to the scenario (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--blocks", paramLabel = "B", defaultValue = "" + GeneratorSpec.DEFAULT_MAX_BLOCKS,
            description = "Most cost blocks per source (default: ${DEFAULT-VALUE}).")
    int maxBlocks;

    @Option(names = "--min-blocks", paramLabel = "M", defaultValue = "1",
            description = "Fewest cost blocks per source; each source draws its count in [M, B]"
                    + " (default: ${DEFAULT-VALUE}; M = B gives exactly B).")
    int minBlocks;

    @Option(names = "--cap-share", paramLabel = "F", defaultValue = "" + GeneratorSpec.DEFAULT_SHARE,
            description = "The cap requires this share of the largest possible abatement, in (0, 1)"
                    + " (default: ${DEFAULT-VALUE}).")
    double capShare;

    @Option(names = "--receptor-share", paramLabel = "F", defaultValue = "" + GeneratorSpec.DEFAULT_SHARE,
            description = "Each receptor limit requires this share of the largest possible concentration"
                    + " reduction there, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double receptorShare;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The scenario file to write.")
    Path out;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        GeneratorSpec generator;
        try {
            generator = new GeneratorSpec(sources, regions, receptors, minBlocks, maxBlocks, capShare, receptorShare,
                    seed);
        } catch (InvalidSpecException e) {
            throw new BadInputException(e.commandLineMessage(), e);
        }
        SyntheticScenarioFiles.Written written;
        try {
            written = SyntheticScenarioFiles.write(generator, out);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot write --out " + out + ": " + FailureHandler.describe(e), e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d sources (%d blocks) in %d regions, %d receptor"
                        + " limits, cap %s t of %s t, seed %d; sources in %s%n", written.json(), written.sources(),
                written.blocks(), regions, receptors,
                ReadableNumbers.of(written.frame().policy().cap().getAsDouble()),
                ReadableNumbers.of(written.totalBaseline()), seed, written.csv().getFileName());
        return ExitCodes.OK;
    }
}
