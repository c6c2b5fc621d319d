package org.airshed.scenarios.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What every report page inlines, read once from the classpath: the vendored Vega, Vega-Lite and
 * vega-embed builds ({@code report/vendor}, checked against their SHA256SUMS by a test), and the
 * page's own script and style ({@code report/page}); the scripts as their bytes ({@link PageScript}:
 * no source-map comment, refused if the page could not run them as written). A run starts the reading on
 * a thread of its own ({@link #loadInBackground}) while it reads and solves its scenario: the same
 * bytes, whichever thread reads them.
 */
final class PageResources {
    static final String VENDOR = "/report/vendor/";
    static final String PAGE = "/report/page/";
    /** In loading order: vega-lite needs vega, vega-embed both. */
    static final List<String> LIBRARIES = List.of("vega.min.js", "vega-lite.min.js", "vega-embed.min.js");

    /** Runs once: on the background thread if one was started, else in the first {@link #get}. */
    private static final FutureTask<PageResources> LOADING = new FutureTask<>(PageResources::load);

    final List<PageScript> libraries;
    final PageScript status;
    final PageScript draw;
    final String style;
    /** The SHA-256 (base64) of each script in page order: status, the libraries, draw. */
    final List<String> digests;

    private PageResources(List<PageScript> libraries, PageScript status, PageScript draw, String style) {
        this.libraries = libraries;
        this.status = status;
        this.draw = draw;
        this.style = style;
        this.digests = scripts().stream().map(PageScript::digest).toList();
    }

    /** Starts reading the resources on a daemon thread (about 0.03 s of CPU: reading the jar, checking the bytes). */
    static void loadInBackground() {
        Thread thread = new Thread(LOADING, "airshed-page-resources");
        thread.setDaemon(true);
        thread.start();
    }

    static PageResources get() {
        LOADING.run(); // nothing when it is running or has run: get() then waits for it
        try {
            return LOADING.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot read the report's resources", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the report's resources", e);
        }
    }

    private static PageResources load() {
        KnownDigests known = KnownDigests.bundled();
        List<PageScript> libraries = LIBRARIES.stream().map(name -> script(VENDOR + name, known)).toList();
        return new PageResources(libraries, script(PAGE + "status.js", known), script(PAGE + "draw.js", known),
                text(PAGE + "report.css"));
    }

    private static PageScript script(String resource, KnownDigests known) {
        return PageScript.of(resource, bytes(resource), known);
    }

    /** Every script in page order: status, the libraries, draw. */
    List<PageScript> scripts() {
        List<PageScript> scripts = new java.util.ArrayList<>();
        scripts.add(status);
        scripts.addAll(libraries);
        scripts.add(draw);
        return scripts;
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String resource) {
        byte[] bytes = optionalBytes(resource);
        if (bytes == null) {
            throw new IllegalStateException("the report's resource " + resource + " is missing from the jar");
        }
        return bytes;
    }

    /** The resource's bytes, or null when it is missing. */
    static byte[] optionalBytes(String resource) {
        try (InputStream in = PageResources.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's resource " + resource, e);
        }
    }
}
