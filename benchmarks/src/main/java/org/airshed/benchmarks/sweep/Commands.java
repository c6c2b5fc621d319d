package org.airshed.benchmarks.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Fresh JVMs for the sweep scaling run, timed by the wall clock, their output kept in a log beside. */
final class Commands {
    /** What spark-submit adds on Java 17 (spark-launcher's JavaModuleOptions), for Spark started by plain java. */
    static final List<String> SPARK_JAVA_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true");

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Path airshedJar;
    private final Path sparkJar;
    private final String sparkClasspath;
    private final Path logs;
    private int started;

    Commands(Path airshedJar, Path sparkJar, String sparkClasspath, Path logs) {
        this.airshedJar = airshedJar;
        this.sparkJar = sparkJar;
        this.sparkClasspath = sparkClasspath;
        this.logs = logs;
    }

    /** {@code airshed ARGS...}. */
    Process airshed(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-jar", airshedJar.toString()));
        command.addAll(List.of(args));
        return start(command);
    }

    /** The Spark runner on {@code local[cores]}, as spark-submit would start it. */
    Process spark(int cores, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g"));
        command.addAll(SPARK_JAVA_OPTIONS);
        command.addAll(List.of("-Dspark.master=local[" + cores + "]", "-cp",
                sparkJar + File.pathSeparator + sparkClasspath, "org.airshed.spark.SparkSweepCommand"));
        command.addAll(List.of(args));
        return start(command);
    }

    private Process start(List<String> command) throws IOException {
        Path log = logs.resolve("command-" + (++started) + ".log");
        Files.writeString(log, String.join(" ", command) + "\n");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Seconds until every process has ended; throws when one fails. */
    static double await(long startNanos, Process... processes) throws InterruptedException {
        for (Process p : processes) {
            if (!p.waitFor(4, TimeUnit.HOURS) || p.exitValue() != 0) {
                throw new IllegalStateException("a timed command failed (exit " + (p.isAlive() ? "none" : p.exitValue())
                        + "): " + p.info().commandLine().orElse("?") + "; see the logs");
            }
        }
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
