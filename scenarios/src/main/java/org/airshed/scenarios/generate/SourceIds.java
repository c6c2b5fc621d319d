package org.airshed.scenarios.generate;

/** Source ids {@code S0001 … SNNNN}, zero-padded to N's width so that they sort in inventory order. */
final class SourceIds {
    private final int width;

    SourceIds(int sources) {
        this.width = Integer.toString(sources).length();
    }

    String of(int index) {
        String number = Integer.toString(index + 1);
        StringBuilder id = new StringBuilder(width + 1).append('S');
        for (int pad = number.length(); pad < width; pad++) {
            id.append('0');
        }
        return id.append(number).toString();
    }
}
