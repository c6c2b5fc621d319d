package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.airshed.core.io.JsonDocuments;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.io.MultiScenarioWriter;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.run.Sections;

/**
 * A sweep ready to run: its file read, its base scenario found (a file beside the sweep, or a
 * bundled scenario) and read once, every target checked against it, and the fingerprint that
 * ties a results directory's journal to exactly this sweep.
 *
 * @param sweepFile how problems name the sweep file
 * @param sweepText the sweep file's text (a shard's journal keeps it, for the merge)
 */
public record SweepSetup(String sweepFile, String sweepText, SweepPlan plan, SweepBase base, String fingerprint) {
    private static final String BUNDLED = "sweeps/";
    /** How a bundled sweep's file is named: it is no file on disk. */
    private static final String BUNDLED_MARK = " (bundled)";
    /** A resolved base has no {@code sourcesFile}, so its variants need no directory to read. */
    static final Path RESOLVED = null;

    /**
     * Resolves {@code argument} (a sweep file, or a bundled sweep's name); throws
     * ScenarioInputException naming the file, JSON path and value of every problem.
     */
    public static SweepSetup of(String argument, ScenarioLibrary scenarios, String version) {
        Path file = asFile(argument);
        String sweepFile;
        String sweepText;
        Path directory;
        if (file != null) {
            sweepFile = argument;
            sweepText = read(file, argument);
            directory = file.toAbsolutePath().getParent();
        } else if (bundled(argument) == null && existing(argument) != null) {
            // Not a regular file, but there: a directory is refused; a device is read within the size limit.
            Path path = existing(argument);
            if (Files.isDirectory(path)) {
                throw new ScenarioInputException(List.of(new Problem(argument, "file", null,
                        "is a directory, not a sweep file (a JSON file; README, \"Sweeps\")")));
            }
            sweepFile = argument;
            sweepText = read(path, argument);
            directory = path.toAbsolutePath().getParent();
        } else {
            sweepText = bundled(argument);
            if (sweepText == null) {
                throw new ScenarioInputException(List.of(new Problem(argument, "file", null,
                        "no such file, and no bundled sweep of that name (bundled: " + String.join(", ", bundledNames())
                                + ")")));
            }
            sweepFile = argument + ".json" + BUNDLED_MARK;
            directory = null;
        }
        SweepSpec spec = SweepReader.read(sweepFile, sweepText);
        SweepBase base = base(spec, sweepFile, directory, scenarios);
        SweepPlan plan = SweepPlan.of(spec, sweepFile, base.tree(), base.fileName());
        AddedFields.refuseUnacceptable(plan, base, sweepFile);
        String fingerprint = sha256(sweepText + "\u0000" + base.text() + "\u0000" + version + "\u0000" + codeHash());
        return new SweepSetup(sweepFile, sweepText, plan, base, fingerprint);
    }

    /**
     * A sweep set up before (by a Spark driver), from its texts: the sweep file's and the resolved
     * base scenario's. Nothing is read from disk and the checks that passed then are not repeated.
     */
    public static SweepSetup resolved(String sweepFile, String sweepText, String baseFileName, String baseText,
                                      String fingerprint) {
        SweepSpec spec = SweepReader.read(sweepFile, sweepText);
        SweepBase base = new SweepBase(baseFileName, baseFileName, baseText,
                (ObjectNode) ScenarioReader.tree(baseFileName, baseText), List.of());
        return new SweepSetup(sweepFile, sweepText, SweepPlan.of(spec, sweepFile, base.tree(), baseFileName), base,
                fingerprint);
    }

    /**
     * The files this sweep was read from: the sweep file and its base scenario unless bundled, and the
     * base's sourcesFile. A command writing the sweep's results checks them against what it writes
     * ({@link OwnInputs#refuse}).
     */
    public List<OwnInputs.Input> inputs() {
        List<OwnInputs.Input> inputs = new ArrayList<>();
        if (!sweepFile.endsWith(BUNDLED_MARK)) {
            inputs.add(new OwnInputs.Input(Path.of(sweepFile), sweepFile, "file"));
        }
        inputs.addAll(base.files());
        return inputs;
    }

    /**
     * The running program's code, so that a journal is not resumed by a changed program: the
     * jar's bytes (the build is reproducible, so they change only with the code), or "classes"
     * when running from a build directory (tests).
     */
    private static String codeHash() {
        try {
            Path code = Path.of(SweepSetup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return "classes";
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(code)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
            return "unknown";
        }
    }

    private static SweepBase base(SweepSpec spec, String sweepFile, Path directory, ScenarioLibrary scenarios) {
        Path candidate = directory == null ? null : asFile(directory.resolve(spec.scenario()).toString());
        String name;
        String runName;
        String text;
        Path baseDirectory;
        if (candidate != null) {
            name = candidate.normalize().toString();
            runName = spec.scenario();
            text = read(candidate, name);
            baseDirectory = candidate.toAbsolutePath().getParent();
        } else if (scenarios.contains(spec.scenario())) {
            name = ScenarioLibrary.fileName(spec.scenario());
            runName = name;
            text = scenarios.json(spec.scenario());
            baseDirectory = null;
        } else if (directory != null && isDirectory(directory, spec.scenario())) {
            throw new ScenarioInputException(List.of(new Problem(sweepFile, "$.scenario", "\"" + spec.scenario() + "\"",
                    "is a directory, not a scenario file (in " + directory + ")")));
        } else {
            throw new ScenarioInputException(List.of(new Problem(sweepFile, "$.scenario", "\"" + spec.scenario() + "\"",
                    "no such scenario file" + (directory == null ? "" : " in " + directory)
                            + ", and no bundled scenario of that name (bundled: " + String.join(", ", scenarios.names())
                            + ")")));
        }
        ScenarioDocument document = ScenarioReader.read(name, ScenarioReader.tree(name, text), baseDirectory,
                Sections.readers());
        // Resolved once: CSV sources join the tree, and every default is written out.
        String resolved = MultiScenarioWriter.resolved(document);
        JsonNode tree = ScenarioReader.tree(name, resolved);
        List<OwnInputs.Input> files = new ArrayList<>();
        if (candidate != null) {
            files.add(new OwnInputs.Input(candidate, name, "file"));
        }
        files.addAll(OwnInputs.sourcesFile(document, name));
        return new SweepBase(name, runName, resolved, (ObjectNode) tree, files);
    }

    private static boolean isDirectory(Path directory, String name) {
        try {
            return Files.isDirectory(directory.resolve(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Path asFile(String argument) {
        try {
            Path path = Path.of(argument);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The path, when something (a directory, a device) is there; null otherwise. */
    private static Path existing(String argument) {
        try {
            Path path = Path.of(argument);
            return Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String read(Path file, String name) {
        return JsonDocuments.text(file, name);
    }

    /** Names of the bundled sweeps, from {@code sweeps/index.txt}. */
    public static List<String> bundledNames() {
        String index = resource(BUNDLED + "index.txt");
        return index == null ? List.of() : index.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** A bundled sweep's text, or null when there is none of that name. */
    public static String bundled(String name) {
        return bundledNames().contains(name) ? resource(BUNDLED + name + ".json") : null;
    }

    private static String resource(String path) {
        try (InputStream in = SweepSetup.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + path, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
