package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;



import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The page written as bytes against the page as it was built before, as text: each script decoded,
 * its source-map comment cut by the regular expression, checked lower-cased, hashed as a String,
 * the page appended whole and encoded once. The same bytes on every bundled scenario's report, the
 * sweep's, and thousands of seeded script texts.
 */
class PageBytesReferenceTest {
    private static final List<String> PIECES = List.of("a", "Z", "é", "中", "😀", " ", ";", "\n", "\n", "\r", "\0",
            "\r\n", "\u0085", "\u2028", "\u2029", "\n//# sourceMappingURL=", "//# sourceMappingURL=", "x.js.map",
            "\n//# sourceMappingURL=x.map", "<", "/", "</", "script", "SCRIPT", "ScRiPt", "!--", "<!-", "İ", "K");

    /** The reference: what PageResources did with a script's text. */
    private static String oldScript(String resource, String text) {
        String cut = text.replaceAll("\n//# sourceMappingURL=[^\n]*\n?$", "\n");
        String lower = cut.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(resource + " holds text that would end its script element early");
        }
        return cut;
    }

    /** The reference page: the markup between the scripts, each script's text as it was made before. */
    private static byte[] oldPage(PageBytes page) {
        List<String> markup = page.markup();
        List<PageScript> scripts = page.scripts();
        StringBuilder h = new StringBuilder();
        for (int i = 0; i < scripts.size(); i++) {
            String resource = scripts.get(i).resource();
            String script = oldScript(resource, PageResources.text(resource));
            assertEquals(PageParts.sha256(script), scripts.get(i).digest(), resource);
            h.append(markup.get(i)).append(script);
        }
        return h.append(markup.get(scripts.size())).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(PageBytes page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(PageScript script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            script.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report tests' own runs (three bundled, two test scenarios): no run of its own. */
    @Test
    void theReportTestsPagesAreTheBytesTheTextPagesWere() throws IOException {
        assertSamePages(ReportRuns.SCENARIOS);
    }

    /** Every bundled scenario: some run for seconds, so in the slow suite. */
    @Test
    @Tag("slow")
    void everyBundledScenariosPageIsTheBytesTheTextPageWas() throws IOException {
        assertSamePages(ScenarioLibrary.bundled().names());
    }

    private static void assertSamePages(List<String> names) throws IOException {
        for (String name : names) {
            Path dir = ReportRuns.of(name);
            PageBytes page = ReportPage.html(RunReportBuilder.of(ResultSource.of(dir)));
            byte[] written = Files.readAllBytes(dir.resolve(ReportFiles.HTML));
            assertArrayEquals(written, bytes(page), name + ": the rebuilt page is the page the run wrote");
            assertArrayEquals(oldPage(page), written, name);
            assertEquals(5, page.scripts().size(), name);
        }
    }

    @Test
    void theSweepsPageIsTheBytesTheTextPageWas() throws IOException {
        Path dir = ReportRuns.sweep();
        SweepAbout about = SweepReport.about(dir);
        PageBytes page = ReportPage.html(SweepReportBuilder.of(ResultSource.of(dir), about), about);
        byte[] written = Files.readAllBytes(dir.resolve(ReportFiles.HTML));
        assertArrayEquals(written, bytes(page));
        assertArrayEquals(oldPage(page), written);
    }

    @Test
    void seededScriptTextsAreCutCheckedAndHashedAsTheTextWas() {
        Random random = new Random(20261206);
        int refused = 0;
        int cut = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextBoolean()) { // a comment near the end, then up to two pieces after it
                text.append(random.nextBoolean() ? "\n//# sourceMappingURL=" : "//# sourceMappingURL=");
                text.append(random.nextBoolean() ? "vega.min.js.map" : "é\r");
                for (int i = random.nextInt(3); i > 0; i--) {
                    text.append(PIECES.get(random.nextInt(PIECES.size())));
                }
            }
            String source = text.toString();
            String old;
            try {
                old = oldScript("t.js", source);
                if (old.indexOf('\r') >= 0 || old.indexOf('\0') >= 0) {
                    throw new IllegalStateException("a browser would hash another text"); // PageScriptTest
                }
            } catch (IllegalStateException e) {
                refused++;
                assertThrows(IllegalStateException.class,
                        () -> PageScript.of("t.js", source.getBytes(StandardCharsets.UTF_8)), source);
                continue;
            }
            PageScript script = PageScript.of("t.js", source.getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(old.getBytes(StandardCharsets.UTF_8), bytes(script), source);
            assertEquals(PageParts.sha256(old), script.digest(), source);
            cut += old.equals(source) ? 0 : 1;
        }
        assertTrue(refused > 200 && cut > 1000, refused + " refused, " + cut + " cut: both cases are tried");
    }
}
