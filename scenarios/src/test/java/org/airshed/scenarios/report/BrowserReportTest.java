package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports drawn in a real browser, offline: headless Chromium opens each report with every
 * host name unresolvable; every chart must have drawn an SVG with marks, the page must have met no
 * error (its own record: script errors, blocked loads, console errors and warnings) and Chromium's
 * console log must be empty. A screenshot of each is kept in target/report-screenshots.
 * Without Chromium the test is skipped, unless {@value Chromium#REQUIRE} is set (as .ci/run does).
 */
class BrowserReportTest {
    static final Path SCREENSHOTS = Path.of("target/report-screenshots");
    private static final Pattern STATUS = Pattern.compile(
            "<pre id=\"" + ReportPage.STATUS_ID + "\"[^>]*data-state=\"([a-z]+)\"[^>]*>([^<]*)</pre>");
    private static Chromium chromium;

    @BeforeAll
    static void findTheBrowser() {
        chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            String message = "no Chromium: install Debian's chromium package (apt-get install chromium) or set "
                    + Chromium.BINARY + " to the browser's path";
            if (System.getenv(Chromium.REQUIRE) != null) {
                fail(message + " (" + Chromium.REQUIRE + " is set, so the browser test must run)");
            }
            Assumptions.abort("skipped, " + message);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yrd-so2-compensation", "yrd-so2-market", "yrd-so2", "two-regions-banking",
            "two-regions-technologies", "yrd-pm25", "yrd-pm25-market", "sweep"})
    void everyChartDrawsOfflineWithoutAnError(String name) throws Exception {
        Path dir = name.equals("sweep") ? ReportRuns.sweep() : ReportRuns.of(name);
        Path page = dir.resolve("report.html");
        List<String> charts = PageParts.containers(Files.readString(page));
        assertTrue(charts.size() >= 3, name + " has charts: " + charts);

        Chromium.Page shown = chromium.open(page);
        Matcher m = STATUS.matcher(shown.dom());
        assertTrue(m.find(), name + ": the page has no status element after its scripts ran");
        assertEquals("done", m.group(1), name + ": the page did not finish drawing");
        JsonNode status = new ObjectMapper().readTree(m.group(2).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&"));
        assertEquals("[]", status.path("errors").toString(), name + ": the page met errors");
        assertEquals(List.of(), shown.console(), name + ": the console is not empty");
        List<String> drawn = new ArrayList<>();
        status.path("charts").fieldNames().forEachRemaining(drawn::add);
        assertEquals(charts, drawn, name + ": every chart was drawn");
        for (String chart : charts) {
            assertTrue(status.path("charts").path(chart).asInt() > 0, name + "/" + chart + " drew no marks");
            assertTrue(svgIn(shown.dom(), chart), name + "/" + chart + ": no SVG in its container");
        }
        Path png = SCREENSHOTS.resolve(name + ".png");
        chromium.screenshot(page, png, 1200, 1800);
        assertTrue(Files.size(png) > 10_000, "a screenshot of " + name + " in " + png);
    }

    /** The check is not blind: a chart that cannot draw and a load from the network both show as errors. */
    @org.junit.jupiter.api.Test
    void aBrokenChartAndANetworkLoadAreSeen() throws Exception {
        String html = Files.readString(ReportRuns.of("two-regions-banking").resolve("report.html"));
        Path dir = Files.createTempDirectory("airshed-broken-report");
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, html.replaceFirst("\"mark\":\\{\"type\":\"line\"", "\"mark\":{\"type\":\"nonsense\"")
                .replace("<main>", "<main><img alt=\"\" src=\"https://example.com/tracker.png\">"));
        Chromium.Page shown = chromium.open(broken);
        Matcher m = STATUS.matcher(shown.dom());
        assertTrue(m.find());
        String errors = new ObjectMapper().readTree(m.group(2).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&")).path("errors").toString();
        assertTrue(errors.contains("mac-total"), "the broken chart is named: " + errors);
        assertTrue(errors.contains("example.com"), "the blocked load is seen: " + errors);
        Files.delete(broken);
        Files.delete(dir);
    }

    /** Whether the chart's container holds an svg element before the next chart's container. */
    private static boolean svgIn(String dom, String chart) {
        int start = dom.indexOf("data-chart=\"" + chart + "\"");
        if (start < 0) {
            return false;
        }
        int next = dom.indexOf("data-chart=\"", start + 1);
        int svg = dom.indexOf("<svg", start);
        return svg > 0 && (next < 0 || svg < next);
    }
}
