package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One chart of a report: its file name ({@code charts/NAME.vl.json}), a title, a caption in plain
 * words saying what it shows and how to read it, and its full Vega-Lite specification with its
 * data inline.
 */
record Chart(String name, String title, String caption, ObjectNode spec) {
    Chart {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a chart name is lower-case words joined by '-': " + name);
        }
    }

    String fileName() {
        return "charts/" + name + ".vl.json";
    }
}
