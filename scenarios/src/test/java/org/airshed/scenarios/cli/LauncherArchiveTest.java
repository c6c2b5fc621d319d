package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./airshed} trains its class-data archive once per build and once per Java:
 * run in a copy of the checkout that holds only the script and a jar, with a stand-in {@code java}
 * that logs its arguments and writes the files a training run writes (so no JVM starts).
 */
class LauncherArchiveTest {
    /** Logs each call; makes the class list and archive it is asked for; fails the dump when told to. */
    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "$*" >>"$AIRSHED_TEST_LOG"
            echo "${JAVA_TOOL_OPTIONS:-}|${JDK_JAVA_OPTIONS:-}|${_JAVA_OPTIONS:-}|$*" >>"$AIRSHED_TEST_LOG.options"
            if [[ "$*" == "-XshowSettings:properties -version" ]]; then
                home="$(readlink -f "$0")"
                [[ -z "${AIRSHED_TEST_NO_HOME:-}" ]] && echo "    java.home = ${home%/bin/java}"
                exit 0
            fi
            [[ -n "${AIRSHED_TEST_FAILS:-}" && " $* " == *" $AIRSHED_TEST_FAILS "* ]] && exit 1
            for arg in "$@"; do
                case "$arg" in
                    -XX:DumpLoadedClassList=*)
                        # JDK 19 and later number each list's classes from 0, and the dump refuses an id twice.
                        if [[ -n "${AIRSHED_TEST_IDS:-}" ]]; then
                            list="${arg#*=}"; name="${list##*/}"
                            printf '# NOTE\njava/lang/Object id: 0\n%s id: 1\n@lambda-proxy x\n@lambda-proxy x\n@cp %s 1 2\n' \
                                "${name%.txt}" "${name%.txt}" >"$list"
                        else
                            echo "java/lang/Object" >"${arg#*=}"
                        fi ;;
                    -Xshare:dump) dump=1 ;;
                    -XX:SharedClassListFile=*) list="${arg#*=}" ;;
                    -XX:SharedArchiveFile=*) archive="${arg#*=}" ;;
                esac
            done
            if [[ -n "${dump:-}" ]]; then
                sleep "${AIRSHED_TEST_DUMP_SECONDS:-0}"
                [[ -n "${AIRSHED_TEST_DUMP_FAILS:-}" ]] && exit 1
                if [[ -n "${AIRSHED_TEST_IDS:-}" ]]; then
                    ids="$(grep -o ' id: [0-9]*$' "$list" | sort | uniq -d)"
                    classes="$(grep -v '^[@#]' "$list" | cut -d' ' -f1 | sort | uniq -d)"
                    [[ -n "$ids$classes" ]] && { echo "class list format error: $ids $classes" >&2; exit 1; }
                    cp "$list" "$AIRSHED_TEST_LOG.classes"
                fi
                echo archive >"$archive"
            fi
            exit 0
            """;

    @TempDir
    Path root;

    private Path log;
    private Path archive;

    @BeforeEach
    void checkout() throws IOException {
        Files.copy(Path.of("../airshed"), root.resolve("airshed"));
        assertTrue(root.resolve("airshed").toFile().setExecutable(true));
        Files.createDirectories(root.resolve("scenarios/target"));
        Files.writeString(root.resolve("scenarios/target/airshed.jar"), "jar");
        archive = root.resolve("scenarios/target/airshed.jsa");
        log = root.resolve("java.log");
    }

    @Test
    void trainsOnceThenUsesTheArchive() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(1, dumps(), "the first launch after a build trains");
        assertTrue(Files.isRegularFile(archive));
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(1, dumps(), "the next launch uses the archive");
        assertTrue(lastLine().contains("-XX:SharedArchiveFile=" + archive), lastLine());
    }

    /** Regression: an upgraded JDK refused the archive silently until the next build (17.0.15 to 17.0.19). */
    @Test
    void anUpgradedJdkRetrainsThoughItsFilesKeepTheirPackagesOlderTimes() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of 17.0.15");
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(1, dumps());
        // A package manager writes the new files with the times they had in the package: older than the archive.
        upgrade(jdk, "modules of 17.0.19, longer", Instant.parse("2026-04-25T12:33:28Z"));
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(2, dumps(), "the upgraded JDK retrains");
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(2, dumps(), "once");
    }

    @Test
    void anotherJdkOnThePathThroughSymlinksRetrains() throws IOException, InterruptedException {
        Path a = jdk("jdk-a", "modules of a");
        Path b = jdk("jdk-b", "modules of b");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path java = bin.resolve("java");
        Path alternatives = Files.createSymbolicLink(root.resolve("alternatives-java"), a.resolve("bin/java"));
        Files.createSymbolicLink(java, alternatives);
        Map<String, String> onPath = Map.of("PATH", bin + ":" + System.getenv("PATH"));
        launch(onPath);
        launch(onPath);
        assertEquals(1, dumps());
        Files.delete(alternatives);
        Files.createSymbolicLink(alternatives, b.resolve("bin/java"));
        launch(onPath);
        assertEquals(2, dumps(), "the Java on the path is now another");
        launch(Map.of("JAVA_HOME", a.toString()));
        assertEquals(3, dumps(), "JAVA_HOME names another again");
    }

    @Test
    void aJavaBehindAWrapperScriptTrainsOnceAndSeesItsJdkUpgraded() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        Path shims = Files.createDirectories(root.resolve("shims"));
        Path shim = shims.resolve("java");
        Files.writeString(shim, "#!/usr/bin/env bash\nexec '" + jdk.resolve("bin/java") + "' \"$@\"\n");
        assertTrue(shim.toFile().setExecutable(true));
        Map<String, String> onPath = Map.of("PATH", shims + ":" + System.getenv("PATH"));
        launch(onPath);
        launch(onPath);
        assertEquals(1, dumps(), "the shim's JDK is found by asking it");
        upgrade(jdk, "modules of a newer a", Instant.parse("2026-04-25T12:33:28Z"));
        launch(onPath);
        assertEquals(2, dumps(), "its JDK upgraded in place");
    }

    @Test
    void aFailedTrainingWaitsForTheNextBuildOrAnotherJdk() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        Map<String, String> failing = Map.of("JAVA_HOME", jdk.toString(), "AIRSHED_TEST_DUMP_FAILS", "1");
        launch(failing);
        launch(failing);
        assertEquals(1, dumps(), "a failed training is not tried at every command");
        assertTrue(lastLine().endsWith("--version"), "the command still runs: " + lastLine());
        upgrade(jdk, "modules of a newer a", Instant.parse("2026-04-25T12:33:28Z"));
        launch(failing);
        launch(failing);
        assertEquals(2, dumps(), "tried once more for the new JDK");
        Files.setLastModifiedTime(root.resolve("scenarios/target/airshed.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(3, dumps(), "and after the next build");
        assertTrue(Files.isRegularFile(archive));
    }

    /** Regression: JDK 25's dump refused the two training lists joined ("Duplicated ID 0"), so no archive ever. */
    @Test
    void classListsNumberedByANewerJdkAreJoinedWithOneIdPerClass() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        launch(Map.of("JAVA_HOME", jdk.toString(), "AIRSHED_TEST_IDS", "1"));
        assertEquals(1, dumps());
        assertTrue(Files.isRegularFile(archive), "the dump took the joined list");
        List<String> classes = Files.readAllLines(root.resolve("java.log.classes"));
        assertEquals(List.of("java/lang/Object id: 0", "national id: 1", "@lambda-proxy x", "@lambda-proxy x",
                "bundled id: 2"), classes, "one line per class, ids renumbered, a list's repeated proxies kept, no @cp");
    }

    /** Regression: a user's ZGC (or a heap above 32 GB) at the first launch made an archive ordinary commands refuse. */
    @Test
    void theTrainingRunsWithoutTheUsersJavaOptions() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        launch(Map.of("JAVA_HOME", jdk.toString(), "JAVA_TOOL_OPTIONS", "-XX:+UseZGC", "JDK_JAVA_OPTIONS", "-Xmx40g",
                "_JAVA_OPTIONS", "-XX:+UseShenandoahGC"));
        assertEquals(1, dumps());
        List<String> calls = Files.readAllLines(root.resolve("java.log.options"));
        for (String call : calls.subList(0, calls.size() - 1)) {
            assertTrue(call.startsWith("|||"), "a training call saw the user's options: " + call);
        }
        assertTrue(calls.get(calls.size() - 1).startsWith("-XX:+UseZGC|-Xmx40g|-XX:+UseShenandoahGC|"),
                "the command itself keeps them: " + calls.get(calls.size() - 1));
    }

    /** On 2 cores C2 gets a smaller inlining budget, unless the user set one; on more cores Java's defaults. */
    @Test
    void aSmallerInliningBudgetOnTwoCoresOnly() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        Path bin = Files.createDirectories(root.resolve("fake-bin"));
        Path nproc = bin.resolve("nproc");
        String path = bin + ":" + System.getenv("PATH");
        for (String cores : List.of("2", "8")) {
            Files.writeString(nproc, "#!/usr/bin/env bash\necho " + cores + "\n");
            assertTrue(nproc.toFile().setExecutable(true));
            launch(Map.of("JAVA_HOME", jdk.toString(), "PATH", path));
            assertEquals(cores.equals("2"), lastLine().contains("-XX:FreqInlineSize=50 -XX:InlineSmallCode=500"),
                    cores + " cores: " + lastLine());
        }
        Files.writeString(nproc, "#!/usr/bin/env bash\necho 2\n");
        for (String own : List.of("-XX:MaxInlineLevel=20", "-XX:VMOptionsFile=/etc/jvm.opts",
                "-XX:CompileCommand=inline,org/airshed/*.*", "-XX:CompileCommandFile=/tmp/cc",
                "-XX:CompilerDirectivesFile=/tmp/d.json")) {
            launch(Map.of("JAVA_HOME", jdk.toString(), "PATH", path, "JDK_JAVA_OPTIONS", own));
            assertTrue(!lastLine().contains("FreqInlineSize"), own + " stays alone: " + lastLine());
        }
    }

    /** Regression: a JAVA_HOME without bin/java gave a raw shell error (127) and replaced a good stamp. */
    @Test
    void aJavaHomeWithoutJavaIsNamedAndLeavesTheArchiveAlone() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        launch(Map.of("JAVA_HOME", jdk.toString()));
        String stamp = Files.readString(root.resolve("scenarios/target/airshed.jsa.jdk"));
        Process process = start(Map.of("JAVA_HOME", root.resolve("nope").toString()));
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String message = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), message);
        assertEquals("airshed: JAVA_HOME=" + root.resolve("nope") + " has no bin/java: set it to a JDK 17 or later, or unset it\n",
                message);
        assertEquals(stamp, Files.readString(root.resolve("scenarios/target/airshed.jsa.jdk")), "the stamp stays");
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(1, dumps(), "no training for it, none after it");
    }

    /** A Java that does not say where it lives gets no archive, and is not asked again at every command. */
    @Test
    void aJavaWithoutAHomeIsAskedOnce() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        Map<String, String> homeless = Map.of("JAVA_HOME", jdk.toString(), "AIRSHED_TEST_NO_HOME", "1");
        launch(homeless);
        launch(homeless);
        assertEquals(1, lines().stream().filter(line -> line.equals("-XshowSettings:properties -version")).count());
        assertEquals(0, dumps());
        assertTrue(lastLine().endsWith("--version"), "the command still runs: " + lastLine());
    }

    @Test
    void eitherTrainingRunFailingLeavesNoArchive() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        for (String failing : List.of("yrd-so2", "generate")) {
            launch(Map.of("JAVA_HOME", jdk.toString(), "AIRSHED_TEST_FAILS", failing));
            assertEquals(0, dumps(), failing);
            assertTrue(Files.isRegularFile(root.resolve("scenarios/target/airshed.jsa.failed")), failing);
            assertTrue(lastLine().endsWith("--version"), "the command still runs: " + lastLine());
            Files.setLastModifiedTime(root.resolve("scenarios/target/airshed.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        }
        launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(1, dumps());
        try (Stream<Path> target = Files.list(root.resolve("scenarios/target"))) {
            assertEquals(List.of(".airshed-build.lock", "airshed.jar", "airshed.jsa", "airshed.jsa.failed", "airshed.jsa.jdk"),
                    target.map(f -> f.getFileName().toString()).sorted().toList(), "the scratch directories are gone");
        }
    }

    @Test
    void concurrentLaunchesAfterAnUpgradeTrainOnce() throws IOException, InterruptedException {
        assumeTrue(new ProcessBuilder("bash", "-c", "command -v flock").start().waitFor() == 0, "flock");
        Path jdk = jdk("jdk-a", "modules of a");
        launch(Map.of("JAVA_HOME", jdk.toString()));
        upgrade(jdk, "modules of a newer a", Instant.parse("2026-04-25T12:33:28Z"));
        Map<String, String> slow = Map.of("JAVA_HOME", jdk.toString(), "AIRSHED_TEST_DUMP_SECONDS", "0.5");
        List<Process> launches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            launches.add(start(slow));
        }
        for (Process launch : launches) {
            assertTrue(launch.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, launch.exitValue());
        }
        assertEquals(2, dumps(), "one training for the three launches");
        assertEquals(4, commands(), "every launch ran its command");
    }

    @Test
    void rebuildsWhenAPomOrASourceChangesOrGoes() throws IOException, InterruptedException {
        Path jdk = jdk("jdk-a", "modules of a");
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, "#!/usr/bin/env bash\necho \"build $*\" >>\"$AIRSHED_TEST_LOG\"\n");
        assertTrue(mvnw.toFile().setExecutable(true));
        Path source = Files.createDirectories(root.resolve("core/src/main/java")).resolve("A.java");
        Path spare = source.resolveSibling("B.java");
        List<Path> inputs = List.of(source, spare, root.resolve("pom.xml"), root.resolve("core/pom.xml"),
                source.getParent(), root.resolve("core/src/main"));
        for (Path input : inputs.subList(0, 4)) {
            Files.writeString(input, "text");
        }
        Map<String, String> java = Map.of("JAVA_HOME", jdk.toString());
        launch(java);
        assertEquals(1, builds(), "sources newer than the jar");
        launch(java);
        assertEquals(1, builds(), "nothing changed");
        for (Path changed : List.of(source, root.resolve("pom.xml"), root.resolve("core/pom.xml"))) {
            for (Path input : inputs) {
                Files.setLastModifiedTime(input, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            }
            Files.setLastModifiedTime(root.resolve("scenarios/target/airshed.jar"), FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));
            long before = builds();
            launch(java);
            assertEquals(before, builds(), "nothing newer than the jar");
            Files.setLastModifiedTime(changed, FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
            launch(java);
            assertEquals(before + 1, builds(), changed + " changed");
        }
        Files.delete(spare);
        launch(java);
        assertEquals(5, builds(), "a deleted source");
    }

    /** A JDK as the launcher sees it: bin/java and lib/modules. */
    private Path jdk(String name, String modules) throws IOException {
        Path home = root.resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA);
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(Files.createDirectories(home.resolve("lib")).resolve("modules"), modules);
        return home;
    }

    /** New files where the old ones were, with the given modification time, as a package upgrade leaves them. */
    private void upgrade(Path jdk, String modules, Instant packaged) throws IOException {
        Path fresh = jdk.resolve("lib/modules.new");
        Files.writeString(fresh, modules);
        Files.setLastModifiedTime(fresh, FileTime.from(packaged));
        Files.move(fresh, jdk.resolve("lib/modules"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void launch(Map<String, String> environment) throws IOException, InterruptedException {
        Process process = start(environment);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private Process start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("airshed").toString(), "--version").directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("AIRSHED_HEAP");
        builder.environment().putAll(environment);
        builder.environment().put("AIRSHED_TEST_LOG", log.toString());
        return builder.start();
    }

    private long dumps() throws IOException {
        return lines().stream().filter(line -> line.contains("-Xshare:dump")).count();
    }

    private long builds() throws IOException {
        return lines().stream().filter(line -> line.startsWith("build")).count();
    }

    private long commands() throws IOException {
        return lines().stream().filter(line -> line.endsWith("--version")).count();
    }

    private String lastLine() throws IOException {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }

    private List<String> lines() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
