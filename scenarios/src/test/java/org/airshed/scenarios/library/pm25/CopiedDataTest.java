package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CopiedDataTest {
    private static final Pattern CHECKSUM = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+)$");

    @Test
    void everyCopiedFileHasTheChecksumSourcesMdGives() {
        // "copied" in data/SOURCES.md means byte-identical to the shared data set: a file edited
        // by hand (or re-saved with another line ending) fails here.
        Matcher m = CHECKSUM.matcher(Bundled.text("/data/SOURCES.md"));
        List<Executable> checks = new ArrayList<>();
        int files = 0;
        while (m.find()) {
            String expected = m.group(1);
            String path = m.group(2);
            checks.add(() -> assertEquals(expected, sha256("/data/" + path), path));
            files++;
        }
        int listed = files;
        checks.add(() -> assertTrue(listed >= 9, "checksums found: " + listed));
        assertAll(checks);
    }

    private static String sha256(String resource) {
        try (InputStream in = CopiedDataTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
