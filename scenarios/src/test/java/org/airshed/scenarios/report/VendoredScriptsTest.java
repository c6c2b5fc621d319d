package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vendored Vega builds are exactly what scenarios/tools/update-vega.sh fetched: every file in
 * report/vendor is in SHA256SUMS with its digest, the licences are there, and VERSIONS says what
 * the script pins.
 */
class VendoredScriptsTest {
    private static final Path VENDOR = Path.of("src/main/resources/report/vendor");
    private static final Path SCRIPT = Path.of("tools/update-vega.sh");

    @Test
    void everyVendoredFileHasItsChecksum() throws IOException, NoSuchAlgorithmException {
        Map<String, String> sums = new TreeMap<>();
        for (String line : Files.readAllLines(VENDOR.resolve("SHA256SUMS"))) {
            String[] parts = line.split(" +", 2);
            sums.put(parts[1].strip(), parts[0]);
        }
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(VENDOR)) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("SHA256SUMS")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(sums.keySet()), "SHA256SUMS lists every vendored file, and only those");
        for (var e : sums.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(VENDOR.resolve(e.getKey())));
            assertEquals(e.getValue(), HexFormat.of().formatHex(digest), e.getKey() + " differs from its checksum:"
                    + " run scenarios/tools/update-vega.sh instead of editing vendored files");
        }
    }

    @Test
    void theLicencesAndPinnedVersionsAreThere() throws IOException {
        for (String library : List.of("vega", "vega-lite", "vega-embed")) {
            String licence = Files.readString(VENDOR.resolve("LICENSE-" + library + ".txt"));
            assertTrue(licence.contains("Redistribution and use in source and binary forms"), library + " is BSD");
        }
        assertTrue(Files.size(VENDOR.resolve("THIRD-PARTY-NOTICES.txt")) > 0);
        String script = Files.readString(SCRIPT);
        Map<String, String> pinned = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^(VEGA|VEGA_LITE|VEGA_EMBED)=(\\S+)$").matcher(script);
        while (m.find()) {
            pinned.put(m.group(1).toLowerCase().replace('_', '-'), m.group(2));
        }
        Map<String, String> versions = new TreeMap<>();
        for (String line : Files.readAllLines(VENDOR.resolve("VERSIONS"))) {
            String[] parts = line.split(" ");
            versions.put(parts[0], parts[1]);
        }
        assertEquals(pinned, versions, "VERSIONS is what the update script pins");
    }
}
