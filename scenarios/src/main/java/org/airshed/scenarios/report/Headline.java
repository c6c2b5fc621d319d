package org.airshed.scenarios.report;

/** A number at the top of a report: what it is, its value in words and digits, and a short note. */
record Headline(String label, String value, String note) {
}
