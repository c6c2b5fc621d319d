package org.airshed.scenarios.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A report page as it is written: its markup as text, between the scripts it inlines as their
 * bytes ({@link PageScript}), so that a megabyte of Vega is copied, never decoded nor re-encoded.
 * The page is markup 0, script 0, markup 1, ..., script n-1, markup n.
 */
final class PageBytes {
    private final List<String> markup = new ArrayList<>();
    private final List<PageScript> scripts = new ArrayList<>();
    private final StringBuilder open = new StringBuilder(1 << 14);

    PageBytes append(String text) {
        open.append(text);
        return this;
    }

    PageBytes script(PageScript script) {
        markup.add(open.toString());
        open.setLength(0);
        scripts.add(script);
        return this;
    }

    /** The markup between the scripts: one more than {@link #scripts}. */
    List<String> markup() {
        List<String> all = new ArrayList<>(markup);
        all.add(open.toString());
        return all;
    }

    List<PageScript> scripts() {
        return List.copyOf(scripts);
    }

    /** Writes the page, UTF-8; the stream is the caller's. */
    void writeTo(OutputStream out) throws IOException {
        List<String> texts = markup();
        for (int i = 0; i < scripts.size(); i++) {
            out.write(texts.get(i).getBytes(StandardCharsets.UTF_8));
            scripts.get(i).writeTo(out);
        }
        out.write(texts.get(scripts.size()).getBytes(StandardCharsets.UTF_8));
    }
}
