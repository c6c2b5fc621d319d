package org.airshed.scenarios.library.pm25;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Class-path text and trees of the bundled files, for tests. */
final class Bundled {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Bundled() {
    }

    static String text(String resource) {
        try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String resource) {
        try {
            return MAPPER.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
