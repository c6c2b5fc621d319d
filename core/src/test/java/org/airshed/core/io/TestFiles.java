package org.airshed.core.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources under {@code io/} as file paths (the reader resolves sourcesFile against them). */
final class TestFiles {
    private TestFiles() {
    }

    static Path resource(String name) {
        URL url = TestFiles.class.getResource("/io/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource io/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
