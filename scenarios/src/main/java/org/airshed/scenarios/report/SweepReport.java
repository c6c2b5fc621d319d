package org.airshed.scenarios.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
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
    static final String JOURNAL = "journal.jsonl";
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
    static SweepAbout about(Path directory) {
        ResultSource source = ResultSource.of(directory);
        if (source.has(ReportFiles.HTML)) {
            String page = source.read(ReportFiles.HTML, reader -> {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                return text.toString();
            });
            Matcher m = ABOUT.matcher(page);
            if (m.find()) {
                JsonNode about;
                try {
                    about = MAPPER.readTree(m.group(1));
                } catch (JsonProcessingException e) {
                    long line = page.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                    throw new ReportInputException(source.name(ReportFiles.HTML) + ": line " + line + ": what the page"
                            + " keeps of the sweep (" + SweepAbout.ELEMENT_ID + ") is not valid JSON: "
                            + JsonFailure.describe(e) + " (remove report.html to draw the report without it)", e);
                }
                return new SweepAbout(about.path("name").asText(""), about.path("description").asText(""),
                        about.path("scenario").asText(""), about.path("units"));
            }
        }
        String name = directory.toAbsolutePath().normalize().getFileName() == null ? "sweep"
                : directory.toAbsolutePath().normalize().getFileName().toString();
        if (source.has(JOURNAL)) {
            String first = source.read(JOURNAL, reader -> new BufferedReader(reader).readLine());
            if (first != null) {
                try {
                    name = MAPPER.readTree(first).path("sweep").asText(name);
                } catch (JsonProcessingException e) {
                    // a journal cut short: the directory's name will do
                }
            }
        }
        return new SweepAbout(name, "", "", MissingNode.getInstance());
    }
}
