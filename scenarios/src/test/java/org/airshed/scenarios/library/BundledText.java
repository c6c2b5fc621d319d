package org.airshed.scenarios.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Scenario;

/** Class-path text of the bundled files, for tests. */
final class BundledText {
    private BundledText() {
    }

    static String of(String resource) {
        try (InputStream in = BundledText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled scenario {@code name}, read and validated as a user's file would be. */
    static Scenario scenario(String name) {
        return ScenarioReader.read(name + ".json", of("/scenarios/" + name + ".json"), null);
    }
}
