package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random plans, damaged or hand-made (the review's defect 1), settled in a results directory
 * with files beside it and behind a link in it: whatever a plan says, nothing outside the directory
 * is deleted, moved or changed, and a plan refused as not Airshed's leaves the directory as it was.
 */
class HandMadePlansFuzzTest {
    private static final int PLANS = 2_000;
    private static final List<String> NAMES = List.of("", ".", "..", "/", "../precious.txt", "..//precious.txt",
            "/tmp", "a/../..", "a/../../precious.txt", "charts/../..", "charts/..", "link", "link/mine.txt", "link/..",
            "summary.json", "charts/x.vl.json", "charts", ".airshed-staging", ".airshed-staging/..", ".airshed-tables",
            ".airshed-journal", ".airshed-earlier", ".airshed-earlier.new", ".airshed.lock", "..\\precious.txt",
            "a\\..\\..", "a\u0000b", "report.html", "./summary.json", "charts/./x.vl.json", "~", "$HOME", "*");
    private static final List<String> STEPS = List.of(".", "..", "", "/", "\\", "a", "link", "charts", "summary.json",
            "precious.txt", "\u0000", " ", ".airshed-staging", "out");
    private static final List<String> KINDS = List.of("staging", "move", "made", "emptied", "copy", "", "staging ");

    @TempDir
    Path temp;

    @Test
    void noPlanReachesOutsideItsDirectory() throws IOException {
        Random random = new Random(20261206L);
        for (int i = 0; i < PLANS; i++) {
            Path sandbox = Files.createDirectory(temp.resolve("s" + i));
            Path dir = sandbox("parent", sandbox, random);
            String text = plan(random);
            Path planFile = Files.createDirectories(dir.resolve(ResultMoves.EARLIER)).resolve(ResultMoves.PLAN);
            if (random.nextInt(10) == 0) {
                // The plan itself a link to a file outside (s9 follow-up 4): never read.
                Files.createSymbolicLink(planFile, Files.writeString(sandbox.resolve("parent").resolve("plan.txt"),
                        text));
            } else {
                Files.writeString(planFile, text);
            }
            plantLinks(dir.resolve(ResultMoves.EARLIER), sandbox.resolve("parent"), random);
            TreeMap<String, String> before = tree(sandbox);
            try {
                ResultMoves.recover(dir, FileMover.SYSTEM);
            } catch (FileSystemException e) {
                if (planFile.toString().equals(e.getFile())) {
                    assertEquals(before, tree(sandbox), "a refused plan moved something: " + show(text));
                }
            } catch (IOException e) {
                // A plan may fail in other ways (a move onto a directory); what counts is what is left outside.
            } catch (RuntimeException e) {
                fail("plan " + i + " " + show(text) + " threw " + e, e);
            }
            TreeMap<String, String> after = tree(sandbox);
            TreeMap<String, String> outside = new TreeMap<>(after);
            outside.keySet().removeIf(name -> name.startsWith("parent/d/"));
            TreeMap<String, String> outsideBefore = new TreeMap<>(before);
            outsideBefore.keySet().removeIf(name -> name.startsWith("parent/d/"));
            assertEquals(outsideBefore, outside, "plan " + i + " " + show(text) + " reached outside its directory");
            // No link is put into the directory, nor moved within it (s9 follow-up 4).
            TreeMap<String, String> linksAfter = links(after);
            TreeMap<String, String> linksBefore = links(before);
            linksAfter.keySet().removeIf(name -> name.startsWith("parent/d/" + ResultMoves.EARLIER + "/"));
            for (var link : linksAfter.entrySet()) {
                assertEquals(link.getValue(), linksBefore.get(link.getKey()), "plan " + i + " " + show(text)
                        + " put a link at " + link.getKey());
            }
        }
    }

    private static final List<String> LINK_NAMES = List.of("summary.json", "report.html", "charts", "charts/x.vl.json",
            "a.csv", "link", "maps/m.vl.json", "nothing.csv");

    /** Up to three links inside the aside directory, to files and directories beside the results and beyond. */
    private static void plantLinks(Path aside, Path parent, Random random) throws IOException {
        List<Path> targets = List.of(Path.of("..", "..", "precious.txt"), Path.of("..", "..", "out"),
                parent.resolve("precious.txt"), parent.resolve("out"), parent.resolve("out").resolve("mine.txt"),
                Path.of("..", "summary.json"), Path.of("/tmp"), Path.of("nowhere"));
        int links = random.nextInt(4);
        for (int l = 0; l < links; l++) {
            Path place = aside.resolve(LINK_NAMES.get(random.nextInt(LINK_NAMES.size())));
            try {
                Files.createDirectories(place.getParent());
                Files.createSymbolicLink(place, targets.get(random.nextInt(targets.size())));
            } catch (IOException e) {
                // Taken already (or its directory is a link): one link fewer.
            }
        }
    }

    /** The links of a tree, by path. */
    private static TreeMap<String, String> links(TreeMap<String, String> tree) {
        TreeMap<String, String> links = new TreeMap<>(tree);
        links.values().removeIf(entry -> !entry.startsWith("link "));
        return links;
    }

    /** sandbox/parent/{precious.txt, out/mine.txt, d/{results, link -> ../out, maybe staging}}; returns d. */
    private static Path sandbox(String parentName, Path sandbox, Random random) throws IOException {
        Path parent = Files.createDirectory(sandbox.resolve(parentName));
        Files.writeString(parent.resolve("precious.txt"), "precious");
        Files.writeString(Files.createDirectory(parent.resolve("out")).resolve("mine.txt"), "mine");
        Path dir = Files.createDirectory(parent.resolve("d"));
        Files.writeString(dir.resolve("summary.json"), "summary");
        Files.writeString(dir.resolve("report.html"), "report");
        Files.writeString(Files.createDirectory(dir.resolve("charts")).resolve("x.vl.json"), "x");
        Files.createSymbolicLink(dir.resolve("link"), Path.of("..", "out"));
        for (String staging : List.of(ResultMoves.RESULTS_STAGING, ResultMoves.TABLES_STAGING)) {
            if (random.nextBoolean()) {
                Path s = Files.createDirectory(dir.resolve(staging));
                if (random.nextBoolean()) {
                    Files.writeString(s.resolve("summary.json"), "new summary");
                }
            }
        }
        return dir;
    }

    private static String plan(Random random) {
        if (random.nextInt(3) == 0) {
            // One Airshed could have written, to undo or finish: the links planted beside it are then settled.
            StringBuilder text = new StringBuilder("airshed moves 1\nstaging\t").append(random.nextBoolean()
                    ? ResultMoves.RESULTS_STAGING : ResultMoves.TABLES_STAGING).append('\n');
            for (String name : List.of("a.csv", "report.html", "charts/x.vl.json", "link", "summary.json")) {
                if (random.nextBoolean()) {
                    text.append("move\t").append(name).append('\n');
                }
            }
            return text.toString();
        }
        StringBuilder text = new StringBuilder(random.nextInt(20) == 0 ? "airshed moves 2" : "airshed moves 1")
                .append('\n');
        int lines = random.nextInt(6);
        for (int l = 0; l < lines; l++) {
            String kind = random.nextInt(10) == 0 ? KINDS.get(random.nextInt(KINDS.size()))
                    : KINDS.get(random.nextInt(4));
            text.append(kind).append('\t').append(name(random)).append('\n');
        }
        return text.toString();
    }

    private static String name(Random random) {
        if (random.nextBoolean()) {
            return NAMES.get(random.nextInt(NAMES.size()));
        }
        StringBuilder name = new StringBuilder();
        int steps = 1 + random.nextInt(4);
        for (int s = 0; s < steps; s++) {
            name.append(STEPS.get(random.nextInt(STEPS.size())));
            if (random.nextBoolean()) {
                name.append('/');
            }
        }
        return name.toString();
    }

    /** Every entry by relative path: a link by its target (never followed), a file by its bytes. */
    private static TreeMap<String, String> tree(Path root) throws IOException {
        TreeMap<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    tree.put(name, "link " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(name, "dir");
                } else {
                    tree.put(name, Files.readString(p));
                }
            }
        }
        return tree;
    }

    private static String show(String text) {
        return "\"" + text.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0") + "\"";
    }
}
