package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A report as one self-contained HTML page: every script and style inline, the charts' specs in
 * a JSON block, and a Content-Security-Policy that lets only those scripts run (by their SHA-256)
 * and forbids every load from the network. Nothing in it depends on the time or the machine.
 */
final class ReportPage {
    /** Where the page records what it drew and any error, for a reader's notice and the browser test. */
    static final String STATUS_ID = "airshed-status";
    static final String SPECS_ID = "airshed-charts";

    private ReportPage() {
    }

    static PageBytes html(Report report) {
        return html(report, null);
    }

    /** With {@code about}, a JSON block keeps what the page knows of a sweep for a rebuild. */
    static PageBytes html(Report report, SweepAbout about) {
        PageResources r = PageResources.get();
        StringBuilder csp = new StringBuilder("default-src 'none'; script-src");
        for (String digest : r.digests) {
            csp.append(" 'sha256-").append(digest).append('\'');
        }
        // Vega-embed and its tooltips add style elements; images only from the page's own exports.
        csp.append("; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'");
        PageBytes h = new PageBytes();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.text(csp.toString()))
                .append("\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(Html.text(report.title())).append("</title>\n");
        h.append("<script>").script(r.status).append("</script>\n");
        h.append("<style>\n").append(r.style).append("</style>\n</head>\n<body>\n<main>\n");
        header(report, h);
        headlines(report, h);
        for (String problem : report.problems()) {
            h.append("<p class=\"problem\">").append(Html.text(problem)).append("</p>\n");
        }
        h.append("<p id=\"airshed-notice\" class=\"problem\" hidden></p>\n");
        h.append("<noscript><p class=\"problem\">The charts need JavaScript. Their numbers are in the CSV and JSON"
                + " files beside this report.</p></noscript>\n");
        for (ReportSection section : report.sections()) {
            section(section, h);
        }
        footer(report, h);
        h.append("</main>\n<pre id=\"").append(STATUS_ID).append("\" hidden data-state=\"pending\"></pre>\n");
        ObjectNode specs = Json.object();
        for (Chart chart : report.charts()) {
            specs.set(chart.name(), chart.spec());
        }
        h.append("<script type=\"application/json\" id=\"").append(SPECS_ID).append("\">")
                .append(Json.compact(specs)).append("</script>\n");
        if (about != null) {
            ObjectNode kept = Json.object();
            kept.put("name", about.name());
            kept.put("description", about.description());
            kept.put("scenario", about.scenario());
            kept.set("units", about.units());
            h.append("<script type=\"application/json\" id=\"").append(SweepAbout.ELEMENT_ID).append("\">")
                    .append(Json.compact(kept)).append("</script>\n");
        }
        for (PageScript library : r.libraries) {
            h.append("<script>").script(library).append("</script>\n");
        }
        h.append("<script>").script(r.draw).append("</script>\n</body>\n</html>\n");
        return h;
    }

    private static void header(Report report, PageBytes h) {
        h.append("<header>\n<h1>").append(Html.text(report.title())).append("</h1>\n");
        if (!report.lede().isEmpty()) {
            h.append("<p class=\"lede\">").append(Html.text(report.lede())).append("</p>\n");
        }
        if (!report.details().isEmpty()) {
            h.append("<details><summary>The scenario's full description</summary>\n");
            for (String paragraph : report.details().split("\n\\s*\n")) {
                h.append("<p>").append(Html.text(paragraph.strip())).append("</p>\n");
            }
            h.append("</details>\n");
        }
        if (!report.facts().isEmpty()) {
            h.append("<p class=\"facts\">").append(Html.text(String.join(" · ", report.facts()))).append("</p>\n");
        }
        h.append("</header>\n");
    }

    private static void headlines(Report report, PageBytes h) {
        if (report.headlines().isEmpty()) {
            return;
        }
        h.append("<section class=\"headlines\" aria-label=\"Headline numbers\">\n");
        for (Headline headline : report.headlines()) {
            h.append("<div class=\"headline\"><div class=\"label\">").append(Html.text(headline.label()))
                    .append("</div><div class=\"value\">").append(Html.text(headline.value()))
                    .append("</div><div class=\"note\">").append(Html.text(headline.note())).append("</div></div>\n");
        }
        h.append("</section>\n");
    }

    private static void section(ReportSection section, PageBytes h) {
        h.append("<section>\n<h2>").append(Html.text(section.title())).append("</h2>\n");
        if (!section.intro().isEmpty()) {
            h.append("<p>").append(Html.text(section.intro())).append("</p>\n");
        }
        for (Chart chart : section.charts()) {
            h.append("<figure id=\"chart-").append(chart.name()).append("\">\n<div class=\"chart\" data-chart=\"")
                    .append(chart.name()).append("\" role=\"img\" aria-label=\"").append(Html.text(chart.title()))
                    .append("\"></div>\n<figcaption>").append(Html.text(chart.caption()))
                    .append(" <span class=\"source\">Data and specification: ").append(Html.text(chart.fileName()))
                    .append("</span></figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
    }

    private static void footer(Report report, PageBytes h) {
        h.append("<footer>\n<h2>The files beside this report</h2>\n<dl>\n");
        for (Report.FileNote file : report.files()) {
            h.append("<dt>").append(Html.text(file.name())).append("</dt><dd>").append(Html.text(file.note()))
                    .append("</dd>\n");
        }
        h.append("</dl>\n<p>Each chart is also a Vega-Lite specification with its data in charts/NAME.vl.json:"
                + " open it in the Vega Editor, or draw it again in Python (Altair, vl-convert) or R (vegawidget)."
                + " This page needs no network: everything it shows is inside it.</p>\n</footer>\n");
    }
}
