package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parts of a report page found by the tests: its chart specifications, containers and inline scripts. */
final class PageParts {
    private static final Pattern SPECS = Pattern.compile(
            "<script type=\"application/json\" id=\"airshed-charts\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern CONTAINER = Pattern.compile("data-chart=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern CSP = Pattern.compile(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");

    private PageParts() {
    }

    static JsonNode specs(String html) {
        Matcher m = SPECS.matcher(html);
        if (!m.find()) {
            throw new AssertionError("the page has no chart specifications");
        }
        try {
            return new ObjectMapper().readTree(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> containers(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = CONTAINER.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text of every script element without a type: the scripts the page runs. */
    static List<String> scripts(String html) {
        List<String> scripts = new ArrayList<>();
        Matcher m = SCRIPT.matcher(html);
        while (m.find()) {
            scripts.add(m.group(1));
        }
        return scripts;
    }

    /** The base64 SHA-256 of a script's text, as a browser computes it for the page's policy. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String policy(String html) {
        Matcher m = CSP.matcher(html);
        if (!m.find()) {
            throw new AssertionError("the page has no Content-Security-Policy");
        }
        return m.group(1).replace("&#39;", "'");
    }
}
