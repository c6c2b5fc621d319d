package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page is self-contained and safe: no element loads anything, the policy lets exactly its own
 * scripts run (by digest) and forbids every network load, and text from the files stays text.
 */
class ReportPageTest {
    @Test
    void thePolicyAllowsExactlyThePagesOwnScriptsAndNoLoads() throws IOException {
        String html = Files.readString(ReportRuns.of("two-regions-banking").resolve("report.html"));
        String policy = PageParts.policy(html);
        assertTrue(policy.startsWith("default-src 'none'; "), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.contains("http") || policy.contains("*"), policy);
        List<String> allowed = new ArrayList<>();
        Matcher m = Pattern.compile("'sha256-([^']+)'").matcher(policy);
        while (m.find()) {
            allowed.add(m.group(1));
        }
        List<String> scripts = PageParts.scripts(html);
        assertEquals(5, scripts.size(), "status, vega, vega-lite, vega-embed, draw");
        assertEquals(scripts.stream().map(PageParts::sha256).toList(), allowed);
    }

    @Test
    void noElementLoadsAnythingFromOutsideThePage() throws IOException {
        String html = Files.readString(ReportRuns.of("yrd-so2-market").resolve("report.html"));
        String markup = html.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>");
        assertFalse(Pattern.compile("(?i)\\s(src|href|srcset|action|poster)\\s*=").matcher(markup).find(),
                "no element of the page refers to a file or address");
        assertFalse(markup.contains("<link") || markup.contains("@import") || markup.contains("url("));
    }

    /** The page lists the market's files beside the others, market-sources.csv included. */
    @Test
    void aMarketRunsPageNamesTheMarketsFiles() throws IOException {
        Path dir = ReportRuns.of("yrd-so2-market");
        String html = Files.readString(dir.resolve("report.html"));
        for (String name : List.of("trades.csv", "market-sources.csv", "ledger.jsonl")) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
            assertTrue(html.contains("<dt>" + name + "</dt>"), name + " listed on the page");
        }
    }

    @Test
    void textFromTheFilesStaysText() throws IOException {
        Path dir = ReportRuns.of("two-regions-banking");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("with &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot; that must stay text:"
                + " &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "the description is escaped");
        assertEquals(5, PageParts.scripts(html).size(), "no script element came from the description");
        assertTrue(html.contains("Region, B (B)") || html.contains("Region, B"), "names are kept");
    }

    @Test
    void anInfeasibleRunGetsAReportGivingTheReasonsAndNoCharts() throws IOException {
        Path dir = Files.createTempDirectory("airshed-infeasible");
        String json = ReportRuns.resource("two-regions-banking.json").replace("\"cap\": 150", "\"cap\": 1");
        Path file = dir.resolve("tight.json");
        Files.writeString(file, json);
        var runner = new org.airshed.scenarios.run.ScenarioRunner(
                new org.airshed.core.allocation.ExactAllocationSolver(), "test");
        var document = runner.pipeline().read(org.airshed.scenarios.pipeline.ScenarioSource.file(file, "tight.json"),
                org.airshed.scenarios.pipeline.Overrides.NONE);
        runner.run(runner.pipeline().context("tight.json", document), dir.resolve("out"));
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("No allocation meets the policy"), "the reasons are the report");
        assertTrue(html.contains("$.policy.cap = 1"), "with the file's path and value");
        assertTrue(PageParts.containers(html).isEmpty());
        assertFalse(Files.exists(dir.resolve("out/mac.csv")) || Files.exists(dir.resolve("out/charts")));
    }
}
