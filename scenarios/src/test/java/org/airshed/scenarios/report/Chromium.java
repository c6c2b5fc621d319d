package org.airshed.scenarios.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium driven from its command line, with the network blocked: every host name
 * resolves to nothing, background services are off, and each page gets a fresh profile. The page
 * reports what it drew in its status element, read from the DOM Chromium dumps once the page's
 * scripts have run; console messages go to stderr, where they are kept.
 */
final class Chromium {
    /** Set (to anything) by .ci/run: a missing browser fails the test instead of skipping it. */
    static final String REQUIRE = "AIRSHED_REQUIRE_BROWSER";
    /** Names the browser binary, if it is not chromium on the PATH. */
    static final String BINARY = "AIRSHED_CHROMIUM";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    static Optional<Chromium> find() {
        String named = System.getenv(BINARY);
        if (named != null && !named.isBlank()) {
            return Optional.of(new Chromium(Path.of(named)));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** What a page run showed: its DOM after the scripts ran, and the console lines Chromium logged. */
    record Page(String dom, List<String> console) {
    }

    Page open(Path page) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(flags());
        args.addAll(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
        Run run = run(args);
        List<String> console = run.stderr().lines().filter(l -> l.contains(":CONSOLE")).toList();
        return new Page(run.stdout(), console);
    }

    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        List<String> args = new ArrayList<>(flags());
        args.addAll(List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
        run(args);
    }

    private List<String> flags() {
        return List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=30000");
    }

    private record Run(String stdout, String stderr) {
    }

    /**
     * One browser run; a browser that never exits is run once more, afresh. Headless Chromium now and then
     * hangs after its work (the clean-clone CI of 2026-12-07: the screenshot of a page whose DOM had just
     * drawn without an error, never written in 120 s, written in 2 s on the rerun). A second hang fails.
     */
    private static Run run(List<String> command) throws IOException, InterruptedException {
        try {
            return runOnce(command);
        } catch (Hung first) {
            try {
                return runOnce(command);
            } catch (Hung second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    /** A browser run that did not finish in time. */
    private static final class Hung extends IOException {
        private static final long serialVersionUID = 1L;

        Hung(String message) {
            super(message);
        }
    }

    private static Run runOnce(List<String> command) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("airshed-chromium");
        Path out = profile.resolveSibling(profile.getFileName() + ".out");
        Path err = profile.resolveSibling(profile.getFileName() + ".err");
        List<String> args = new ArrayList<>(command);
        args.add(1, "--user-data-dir=" + profile);
        Process process = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new Hung("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + args);
            }
            return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            remove(profile);
        }
    }

    private static void remove(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
