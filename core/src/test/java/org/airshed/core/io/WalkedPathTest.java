package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ".." as the system walks it, against the files the system then opens. */
class WalkedPathTest {
    @TempDir
    Path temp;

    @Test
    void dotDotAfterALinkGoesUpFromWhereTheLinkLeads() throws IOException {
        Path root = temp.toRealPath();
        Files.createDirectories(root.resolve("deep/x"));
        Files.writeString(Files.createDirectories(root.resolve("deep/y")).resolve("f.csv"), "deep");
        Files.createDirectories(root.resolve("y"));
        Files.writeString(root.resolve("y/f.csv"), "top");
        Files.createSymbolicLink(root.resolve("dl"), root.resolve("deep/x"));
        Path spelled = root.resolve("dl/../y/f.csv");
        assertEquals("deep", Files.readString(spelled), "what the system opens");
        assertEquals(root.resolve("deep/y/f.csv"), WalkedPath.of(spelled));
        assertEquals(root.resolve("y/f.csv"), spelled.normalize(), "normalize names another file");
    }

    @Test
    void withoutLinksItIsNormalize() {
        Path p = temp.resolve("a/./b/../c/missing/../d.csv");
        assertEquals(p.toAbsolutePath().normalize(), WalkedPath.of(p));
    }

    @Test
    void aLinkNotFollowedByDotDotKeepsItsName() throws IOException {
        Path root = temp.toRealPath();
        Files.createDirectories(root.resolve("real"));
        Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));
        assertEquals(root.resolve("link/f.csv"), WalkedPath.of(root.resolve("link/./f.csv")));
    }

    @Test
    void followedResolvesEveryLinkAndGivesUpAfterTheLimit() throws IOException {
        Path root = temp.toRealPath();
        Files.createDirectories(root.resolve("deep/x"));
        Files.createSymbolicLink(root.resolve("dl"), root.resolve("deep/x"));
        Files.createSymbolicLink(root.resolve("loop"), root.resolve("loop"));
        assertEquals(root.resolve("deep/y/new/f.csv"), WalkedPath.followed(root.resolve("dl/../y/new/f.csv"), 40));
        assertEquals(root.resolve("deep/x/f.csv"), WalkedPath.followed(root.resolve("dl/f.csv"), 40));
        assertEquals(root.resolve("loop"), WalkedPath.followed(root.resolve("loop"), 40), "a loop ends at the limit");
    }
}
