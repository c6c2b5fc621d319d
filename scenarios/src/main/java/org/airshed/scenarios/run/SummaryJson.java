package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.airshed.scenarios.pipeline.SummaryText;

/**
 * How the parts of summary.json write numbers and text: a number in its canonical text (see
 * {@link ResultNumbers}) or null when undefined; the file in its canonical layout
 * ({@link SummaryText}). The parts themselves are the sections' ({@link Sections}).
 */
final class SummaryJson {
    private SummaryJson() {
    }

    /** The canonical text of a summary tree (also used by {@code airshed game}). */
    static String text(ObjectNode root) {
        return SummaryText.of(root);
    }

    /** Writes the number's canonical text (see {@link ResultNumbers}), or null when undefined. */
    static void number(ObjectNode node, String key, double value) {
        String text = ResultNumbers.text(value);
        if (text == null) {
            node.putNull(key);
        } else {
            node.putRawValue(key, new RawValue(text));
        }
    }
}
