package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code airshed report DIR} on result files that are not what Airshed writes (reviewer's defect 3
 * and slips of 7): a row cut short or with a cell too many, a table cut or emptied, a byte that is
 * not UTF-8, JSON cut short. Each is refused naming the file, the line (and column or byte) and
 * what is wrong, without Jackson's or Java's words, and the report already there is left whole.
 */
class DamagedResultFilesTest {
    @TempDir
    Path temp;

    @Test
    void aRegionsRowCutMidWayIsRefusedAtItsLine() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        String[] lines = lines(run.resolve("regions.csv"));
        String half = String.join(",", Arrays.copyOf(lines[1].split(",", -1), 9));
        Files.writeString(run.resolve("regions.csv"), lines[0] + "\n" + half);
        assertRefused(run, "regions.csv: line 2 = SH,Shanghai,", ": has 9 cells under a header of 18");
    }

    /** A directory where a result file goes was taken for no file at all, and its charts left out without a word. */
    @Test
    void aDirectoryWhereAResultFileGoesIsRefused() throws IOException {
        for (String file : List.of("regions.csv", "scenario.json")) {
            Path run = copy(ReportRuns.of("yrd-so2-compensation"));
            Files.delete(run.resolve(file));
            Files.createDirectory(run.resolve(file));
            assertRefused(run, file + ": is a directory, not the result file a run writes there");
        }
    }

    /** Second review, item 4: text after the JSON value (validate refuses it in a scenario) was drawn from. */
    @Test
    void textAfterASummaryOrAScenarioIsRefused() throws IOException {
        for (String file : List.of("summary.json", "scenario.json")) {
            Path run = copy(ReportRuns.of("yrd-so2-compensation"));
            Files.writeString(run.resolve(file), Files.readString(run.resolve(file)) + "x\n");
            assertRefused(run, file + ": line ", "after the JSON value");
        }
    }

    @Test
    void aRegionsRowWithACellTooManyIsRefusedAtItsLine() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        String[] lines = lines(run.resolve("regions.csv"));
        lines[2] = lines[2] + ",1";
        Files.writeString(run.resolve("regions.csv"), String.join("\n", lines) + "\n");
        assertRefused(run, "regions.csv: line 3 = JS,Jiangsu,", ": has 19 cells under a header of 18");
    }

    @Test
    void aTableCutInsideItsLastCellIsRefused() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        byte[] bytes = Files.readAllBytes(run.resolve("regions.csv"));
        // The last cell keeps one digit: every row has its 18 cells, the file no line end after the last.
        Files.write(run.resolve("regions.csv"), Arrays.copyOf(bytes, bytes.length - 3));
        assertRefused(run, "regions.csv: line 5 = AH,", ": the file ends inside this row (it has no line end):"
                + " cut short?");
    }

    @Test
    void aBlankLineInATableIsRefused() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        Files.writeString(run.resolve("transfers.csv"), Files.readString(run.resolve("transfers.csv")) + "\n");
        assertRefused(run, "transfers.csv: line ", ": has 1 cell under a header of 12");
    }

    @Test
    void aTableWithoutTheColumnsTheReportReadsIsRefused() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        String text = Files.readString(run.resolve("regions.csv"));
        Files.writeString(run.resolve("regions.csv"), text.replaceFirst("^region,", "id,"));
        assertRefused(run, "regions.csv: line 1 = id,name,", ": the header lacks the column region");
    }

    @Test
    void aColumnNamedTwiceIsRefused() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        String text = Files.readString(run.resolve("transfers.csv"));
        Files.writeString(run.resolve("transfers.csv"), text.replaceFirst(",gain,", ",rule,"));
        assertRefused(run, "transfers.csv: line 1 = rule,region,", ": the header names the column rule twice");
    }

    @Test
    void aSweepWhoseSummaryIsEmptyIsRefused() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        Files.writeString(sweep.resolve("summary.csv"), "");
        assertRefused(sweep, "summary.csv: line 1: the file is empty; Airshed writes a header row");
    }

    @Test
    void aSweepWhoseSummaryIsCutMidRowIsRefused() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        String[] lines = lines(sweep.resolve("summary.csv"));
        String half = String.join(",", Arrays.copyOf(lines[3].split(",", -1), 5));
        Files.writeString(sweep.resolve("summary.csv"), String.join("\n", Arrays.copyOf(lines, 3)) + "\n" + half);
        assertRefused(sweep, "summary.csv: line 4 = ", ": has 5 cells under a header of 13");
    }

    @Test
    void aSweepSummaryWithoutItsStatisticsColumnsIsRefused() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        String text = Files.readString(sweep.resolve("summary.csv"));
        Files.writeString(sweep.resolve("summary.csv"), text.replaceFirst(",median,", ",middle,"));
        assertRefused(sweep, "summary.csv: line 1 = parameter,value,metric,", ": the header lacks the column median");
    }

    @Test
    void aSweepsRunsTableWithARowCutShortIsRefused() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        String[] lines = lines(sweep.resolve("runs.csv"));
        lines[5] = String.join(",", Arrays.copyOf(lines[5].split(",", -1), 7));
        Files.writeString(sweep.resolve("runs.csv"), String.join("\n", lines) + "\n");
        assertRefused(sweep, "runs.csv: line 6 = ", " cells under a header of ");
    }

    @Test
    void aMacRowCutShortAtTheEndOfTheFileIsRefused() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        byte[] bytes = Files.readAllBytes(run.resolve("mac.csv"));
        Files.write(run.resolve("mac.csv"), Arrays.copyOf(bytes, bytes.length - 2));
        int last = lines(run.resolve("mac.csv")).length;
        assertRefused(run, "mac.csv: line " + last + " = region,AH,", ": the file ends inside this row");
    }

    @Test
    void aByteThatIsNotUtf8InATableIsNamedWithItsLineAndPlace() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        replace(run.resolve("regions.csv"), "Shanghai", "Sh\u00e4nghai".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(run, "regions.csv: line 2, byte 6 = 0xe4: not UTF-8 text");
    }

    @Test
    void aByteThatIsNotUtf8DeepInALongTableIsNamedWithItsOwnLine() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        List<String> rows = Files.readAllLines(run.resolve("mac.csv"));
        int line = rows.size() - 1;
        byte[] before = (String.join("\n", rows.subList(0, line - 1)) + "\nregion,").getBytes(StandardCharsets.UTF_8);
        byte[] after = (rows.get(line - 1).substring("region,".length()) + "\n" + rows.get(line) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(before, before.length + 1 + after.length);
        bytes[before.length] = (byte) 0xff;
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        Files.write(run.resolve("mac.csv"), bytes);
        assertRefused(run, "mac.csv: line " + line + ", byte 8 = 0xff: not UTF-8 text");
    }

    @Test
    void aByteThatIsNotUtf8InTheJsonFilesIsNamedWithItsLineAndPlace() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        replace(run.resolve("scenario.json"), "\"Shanghai\"", "\"Sh\u00e4nghai\"".getBytes(StandardCharsets.ISO_8859_1));
        String line = lineOf(run.resolve("scenario.json"), "nghai\"");
        assertRefused(run, "scenario.json: line " + line + ", byte ", " = 0xe4: not UTF-8 text");

        Path other = copy(ReportRuns.of("yrd-so2"));
        byte[] summary = Files.readAllBytes(other.resolve("summary.json"));
        summary[1] = (byte) 0xc3; // the line feed after "{" becomes a lead byte that nothing continues
        Files.write(other.resolve("summary.json"), summary);
        assertRefused(other, "summary.json: line 1, byte 2 = 0xc3: not UTF-8 text");
    }

    @Test
    void aByteThatIsNotUtf8InASweepsTablesIsNamed() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        replace(sweep.resolve("summary.csv"), "parameter,value", "p\u00e4rameter,value"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(sweep, "summary.csv: line 1, byte 2 = 0xe4: not UTF-8 text");

        Path again = copy(ReportRuns.sweep());
        replace(again.resolve("runs.csv"), "run,seed", "run,s\u00e9ed".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(again, "runs.csv: line 1, byte 6 = 0xe9: not UTF-8 text");
    }

    @Test
    void aQuoteLeftOpenInASweepsTableIsSaidInWords() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        String[] lines = lines(sweep.resolve("runs.csv"));
        lines[4] = lines[4].replaceFirst(",ok,", ",\"ok,");
        Files.writeString(sweep.resolve("runs.csv"), String.join("\n", lines) + "\n");
        assertRefused(sweep, "runs.csv: line 5: a quoted cell is not closed: the file ends inside quotes");
    }

    @Test
    void whatASweepsPageKeepsOfItIsRefusedWhenItIsNotJson() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        String page = Files.readString(sweep.resolve("report.html"));
        String element = "id=\"" + SweepAbout.ELEMENT_ID + "\">{";
        Files.writeString(sweep.resolve("report.html"), page.replace(element, element + ","));
        assertRefused(sweep, "report.html: line ", ": what the page keeps of the sweep (airshed-about) is not valid"
                + " JSON: ", "(remove report.html to draw the report without it)");
    }

    @Test
    void aByteThatIsNotUtf8InASweepsPageIsNamed() throws IOException {
        Path sweep = copy(ReportRuns.sweep());
        replace(sweep.resolve("report.html"), "<title>", "<t\u00eftle>".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(sweep, "report.html: line ", ", byte ", " = 0xef: not UTF-8 text");
    }

    @Test
    void aCutScenarioSaysWhereAndWhatWasExpectedInItsOwnWords() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2-compensation"));
        String text = Files.readString(run.resolve("scenario.json"));
        Files.writeString(run.resolve("scenario.json"), text.substring(0, text.indexOf("\"regions\"")));
        ReportInputException e = refused(run);
        assertTrue(e.getMessage().matches(".*scenario\\.json: line \\d+, column \\d+: not valid JSON: the file ends"
                + " before the object opened at line 1, column 1 is closed \\(expected a further member or its closing"
                + " }\\): cut short\\?"), e.getMessage());
    }

    @Test
    void aCutSummarySaysWhereAndWhatWasExpectedInItsOwnWords() throws IOException {
        Path run = copy(ReportRuns.of("yrd-so2"));
        String text = Files.readString(run.resolve("summary.json"));
        Files.writeString(run.resolve("summary.json"), text.substring(0, text.indexOf("\"allocation\"") + 14));
        ReportInputException e = refused(run);
        assertTrue(e.getMessage().matches(".*summary\\.json: line \\d+, column \\d+: not valid JSON: the file ends"
                + " before the object opened at line 1, column 1 is closed.*"), e.getMessage());
    }

    private ReportInputException refused(Path dir) throws IOException {
        byte[] page = Files.readAllBytes(dir.resolve("report.html"));
        ReportInputException e = assertThrows(ReportInputException.class, () -> {
            try (ResultDirectory directory = ResultDirectory.lock(dir)) {
                Reports.rebuild(directory);
            }
        });
        for (String internal : List.of("Source:", "REDACTED", "Feature", "Exception", "Input length", "java.",
                "com.fasterxml")) {
            assertFalse(e.getMessage().contains(internal), e.getMessage());
        }
        assertArrayEquals(page, Files.readAllBytes(dir.resolve("report.html")), "the last report is left whole");
        return e;
    }

    private void assertRefused(Path dir, String... parts) throws IOException {
        String message = refused(dir).getMessage();
        assertTrue(message.startsWith(dir + "/"), message);
        int at = 0;
        for (String part : parts) {
            int found = message.indexOf(part, at);
            assertTrue(found >= 0, "'" + part + "' in: " + message);
            at = found + part.length();
        }
        assertEquals(1, message.lines().count(), message);
    }

    private Path copy(Path from) throws IOException {
        Path to = Files.createTempDirectory(temp, from.getFileName().toString());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static String[] lines(Path file) throws IOException {
        return Files.readAllLines(file).toArray(String[]::new);
    }

    private static String lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return Integer.toString(i + 1);
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** Replaces the first {@code text} in {@code file} by {@code bytes}. */
    private static void replace(Path file, String text, byte[] bytes) throws IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] what = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + what.length <= all.length; i++) {
            if (Arrays.equals(all, i, i + what.length, what, 0, what.length)) {
                byte[] out = new byte[all.length - what.length + bytes.length];
                System.arraycopy(all, 0, out, 0, i);
                System.arraycopy(bytes, 0, out, i, bytes.length);
                System.arraycopy(all, i + what.length, out, i + bytes.length, all.length - i - what.length);
                Files.write(file, out);
                return;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
