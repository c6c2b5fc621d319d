package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.ResultFile;

/**
 * A sweep's report.html and charts/, written from its tables on disk into a directory the caller
 * holds, staged and moved in like a run's results (report.html last). A sweep calls
 * {@link #write} when its tables are written; {@code airshed report} rebuilds it.
 */
public final class SweepReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ABOUT = Pattern.compile(
            "<script type=\"application/json\" id=\"" + SweepAbout.ELEMENT_ID + "\">([^<]*)</script>");

    private SweepReport() {
    }

    /**
     * Writes the report of the sweep whose tables are in {@code directory}.
     *
     * @param scenario the base scenario's resolved tree (its name and units)
     */
    public static List<Path> write(ResultDirectory directory, String name, String description, JsonNode scenario)
            throws IOException {
        return write(directory, SweepAbout.of(name, description, scenario));
    }

    static List<Path> write(ResultDirectory directory, SweepAbout about) throws IOException {
        if (!Files.isRegularFile(directory.path().resolve(SweepReportBuilder.STATISTICS))) {
            return List.of(); // tables written some other way: no report rather than a failed sweep
        }
        Report report = SweepReportBuilder.of(ResultSource.of(directory.path()), about);
        List<ResultFile> files = ReportFiles.of(report, about);
        return directory.replace(files, List.of(ReportFiles.HTML, ReportFiles.CHARTS), ReportFiles.HTML);
    }

    /** Rebuilds the report of the sweep in {@code directory}, keeping what the last report knew of it. */
    static List<Path> rebuild(ResultDirectory directory) throws IOException {
        return write(directory, about(directory.path()));
    }

    /** What the directory's last report said of the sweep; else the journal's name and units unknown. */
    static SweepAbout about(Path directory) throws IOException {
        Path html = directory.resolve(ReportFiles.HTML);
        if (Files.isRegularFile(html)) {
            Matcher m = ABOUT.matcher(Files.readString(html, StandardCharsets.UTF_8));
            if (m.find()) {
                JsonNode about = MAPPER.readTree(m.group(1));
                return new SweepAbout(about.path("name").asText(""), about.path("description").asText(""),
                        about.path("scenario").asText(""), about.path("units"));
            }
        }
        String name = directory.toAbsolutePath().normalize().getFileName() == null ? "sweep"
                : directory.toAbsolutePath().normalize().getFileName().toString();
        Path journal = directory.resolve("journal.jsonl");
        if (Files.isRegularFile(journal)) {
            try (BufferedReader reader = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
                String first = reader.readLine();
                if (first != null) {
                    JsonNode header = MAPPER.readTree(first);
                    name = header.path("sweep").asText(name);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // a journal cut short: the directory's name will do
            }
        }
        return new SweepAbout(name, "", "", MissingNode.getInstance());
    }
}
