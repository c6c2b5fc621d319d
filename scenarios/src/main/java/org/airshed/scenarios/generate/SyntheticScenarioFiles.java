package org.airshed.scenarios.generate;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.airshed.core.io.AtomicFiles;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.Scenario;

/**
 * Writes a synthetic scenario as files: {@code NAME.json} (regions, transfer, policy, in the
 * canonical layout) and, beside it, {@code NAME-sources.csv} holding every source, which the
 * JSON names in {@code sourcesFile}. The CSV is streamed as the sources are drawn (a CSV is also
 * what the reader streams back); both files are written atomically, the CSV first, so the JSON
 * never names a missing or half-written CSV. The same spec gives byte-identical files.
 */
public final class SyntheticScenarioFiles {
    static final String HEADER = "id,region,sector,baseline,curve,amount,unitCost\n";
    private static final double PLAIN_INTEGER_LIMIT = 1e15;

    private SyntheticScenarioFiles() {
    }

    /** What was written, for the command's summary line. */
    /** What was written; {@code frame} is the scenario without its sources (they are in the CSV). */
    public record Written(Path json, Path csv, Scenario frame, int sources, long blocks, double totalBaseline) {
    }

    /** The CSV beside {@code json}: {@code x.json} → {@code x-sources.csv}. */
    public static Path csvBeside(Path json) {
        String name = json.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return json.resolveSibling(stem + "-sources.csv");
    }

    public static Written write(GeneratorSpec spec, Path json) throws IOException {
        if (Files.isDirectory(json)) {
            // Checked first: otherwise the CSV would be written before the JSON's rename fails.
            throw new FileSystemException(json.toString(), null, "is a directory; --out names the scenario file to write");
        }
        Path csv = csvBeside(json);
        SyntheticScenarios.Drawn drawn = SyntheticScenarios.Drawn.regions(spec);
        SourceIds ids = new SourceIds(spec.sources());
        long[] blocks = new long[1];
        double[] totalBaseline = new double[1];
        try {
            AtomicFiles.writeText(csv, out -> {
                out.write(HEADER);
                StringBuilder row = new StringBuilder(256);
                drawn.sources(source -> {
                    writeSource(source, ids.of(source.index()), drawn.regions.id(source.region()), row, out);
                    blocks[0] += source.blockCount();
                    totalBaseline[0] += source.baseline();
                });
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Scenario frame = SyntheticScenarios.frame(spec, drawn, List.of());
        ScenarioDocument document = new ScenarioDocument(frame,
                Map.of("sourcesFile", TextNode.valueOf(csv.getFileName().toString())), Map.of());
        AtomicFiles.writeString(json, ScenarioWriter.toJson(document));
        return new Written(json, csv, frame, spec.sources(), blocks[0], totalBaseline[0]);
    }

    /** One row per block; the rows of a source repeat its id, region, sector, baseline and curve. */
    private static void writeSource(DrawnSource source, String id, String region, StringBuilder row, Writer out) {
        double[] amounts = source.amounts();
        double[] costs = source.unitCosts();
        row.setLength(0);
        String prefix = id + ',' + region + ',' + source.sector() + ',' + number(source.baseline()) + ",steps,";
        for (int b = 0; b < amounts.length; b++) {
            row.append(prefix).append(number(amounts[b])).append(',').append(number(costs[b])).append('\n');
        }
        try {
            out.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whole numbers as integers, others as the running JDK's Double.toString: the text reads back
     * to the same double on every JDK, though from JDK 19 on a few values print with other digits
     * (results print JDK 17's on any JDK: Jdk17DoubleText). Left so, as generate's speed is the
     * yardstick of a national run's (benchmarks/README.md).
     */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
