package org.airshed.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;
import org.airshed.core.model.Violation;
import org.airshed.core.util.Progress;

/**
 * Reads scenario files (docs/FORMAT.md; a file with {@code pollutants} is a version-2 file, read by
 * {@link MultiScenarioReader}) and, for version 1, through {@code sourcesFile}, their sources
 * CSV. Every problem is collected before anything is rejected: a file with five mistakes is
 * reported with five problems, each with its file, JSON path (or CSV line and column) and value.
 * Numbers are taken as written, in the scenario's own {@code units}.
 */
public final class ScenarioReader {
    private static final Pattern SOURCE_FIELD = Pattern.compile("sources\\[(\\d+)\\](?:\\.(.+))?");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** The key of a resolved scenario that names its sources file by the file's SHA-256. */
    public static final String SOURCES_SHA256 = "sourcesSha256";
    private static final int CSV_BUFFER = 1 << 16;

    private ScenarioReader() {
    }

    /** Reads a scenario file; its {@code sourcesFile} is resolved against the file's directory. */
    public static Scenario read(Path file) {
        return orThrow(parse(file, List.of())).scenario();
    }

    /** Reads a scenario file with the sections {@code sections} know how to read. */
    public static ScenarioDocument read(Path file, List<SectionReader<?>> sections) {
        return orThrow(parse(file, sections));
    }

    /** Reads a scenario given as text with the sections {@code sections} know how to read. */
    public static ScenarioDocument read(String fileName, String json, Path baseDirectory,
                                        List<SectionReader<?>> sections) {
        return orThrow(parse(fileName, json, baseDirectory, sections));
    }

    /**
     * Reads a scenario already parsed into a tree (a sweep's variant of a base scenario), so that
     * thousands of variants skip printing and re-parsing. The tree is read, not modified.
     */
    public static ScenarioDocument read(String fileName, JsonNode root, Path baseDirectory,
                                        List<SectionReader<?>> sections) {
        return orThrow(parse(fileName, root, baseDirectory, sections, new Problems(), null));
    }

    /**
     * Reads a variant of a scenario already read, whose sources it shares: {@code root} holds
     * every part but {@code sources} (and no {@code sourcesFile}), and {@code sources} are the
     * base's, already checked, taken as the file's {@code $.sources}. The same problems, in the
     * same order and at the same paths, as reading the whole tree with those sources in it, without
     * walking a million sources again (a sweep over a national inventory).
     */
    public static ScenarioDocument readWithSources(String fileName, JsonNode root, List<Source> sources,
                                                   List<SectionReader<?>> sections) {
        List<Source> given = sources instanceof SourceTable ? sources : List.copyOf(sources);
        return orThrow(parse(fileName, root, null, sections, new Problems(), given));
    }

    /**
     * A scenario's text parsed for {@link #read(String, ScenarioTree, Path, List)}: a one-pollutant
     * file's {@code sources} streamed into columns when every one of them is valid and fits a table
     * (steps or quadratic curves, unique ids), else the whole tree. Throws with the located syntax problem.
     */
    public static ScenarioTree parsed(String fileName, String json) {
        ScenarioTree streamed = StreamedSources.read(fileName, withoutByteOrderMark(json));
        return streamed != null ? streamed : new ScenarioTree(tree(fileName, json), null);
    }

    /**
     * Reads a scenario parsed by {@link #parsed(String, String)} (and perhaps edited since: overrides):
     * the same document and the same problems, at the same paths, as reading its text.
     */
    public static ScenarioDocument read(String fileName, ScenarioTree parsed, Path baseDirectory,
                                        List<SectionReader<?>> sections) {
        return orThrow(parse(fileName, parsed, baseDirectory, sections, new Problems()));
    }

    /** A scenario's text parsed with the reader's strict settings; throws with the located syntax problem. */
    public static JsonNode tree(String fileName, String json) {
        Problems problems = new Problems();
        JsonNode root = tree(fileName, json, problems);
        if (root == null) {
            throw new ScenarioInputException(problems.list());
        }
        return root;
    }

    /** Every problem of a scenario file, its sections included; empty when it is valid. */
    public static List<Problem> validate(Path file, List<SectionReader<?>> sections) {
        return parse(file, sections).problems();
    }

    /** Every problem of a scenario given as text, its sections included; empty when it is valid. */
    public static List<Problem> validate(String fileName, String json, Path baseDirectory,
                                         List<SectionReader<?>> sections) {
        return parse(fileName, json, baseDirectory, sections).problems();
    }

    /**
     * Reads a scenario given as text (bundled scenarios on the classpath).
     *
     * @param fileName      the name problems are reported under
     * @param baseDirectory resolves {@code sourcesFile}; null when there is none, and then a
     *                      {@code sourcesFile} is a problem
     */
    public static Scenario read(String fileName, String json, Path baseDirectory) {
        return orThrow(parse(fileName, json, baseDirectory, List.of())).scenario();
    }

    /** Every problem of a scenario file; empty when it is valid. */
    public static List<Problem> validate(Path file) {
        return parse(file, List.of()).problems();
    }

    /** Every problem of a scenario given as text; empty when it is valid. */
    public static List<Problem> validate(String fileName, String json, Path baseDirectory) {
        return parse(fileName, json, baseDirectory, List.of()).problems();
    }

    private static ScenarioDocument orThrow(Outcome outcome) {
        if (!outcome.problems().isEmpty()) {
            throw new ScenarioInputException(outcome.problems());
        }
        return outcome.document();
    }

    private static Outcome parse(Path file, List<SectionReader<?>> sections) {
        Problems unreadable = new Problems();
        String json = BoundedText.read(file, ScenarioLimits.MAX_JSON_BYTES, unreadable);
        if (json == null) {
            return new Outcome(null, unreadable.list());
        }
        Path directory = file.getParent();
        return parse(file.toString(), json, directory == null ? Path.of("") : directory, sections);
    }

    private static Outcome parse(String fileName, String json, Path baseDirectory,
                                 List<SectionReader<?>> sectionReaders) {
        Problems problems = new Problems();
        ScenarioTree streamed = StreamedSources.read(fileName, withoutByteOrderMark(json));
        if (streamed != null) {
            return parse(fileName, streamed, baseDirectory, sectionReaders, problems);
        }
        JsonNode root = tree(fileName, json, problems);
        if (root == null) {
            return new Outcome(null, problems.list());
        }
        return parse(fileName, root, baseDirectory, sectionReaders, problems, null);
    }

    private static Outcome parse(String fileName, ScenarioTree parsed, Path baseDirectory,
                                 List<SectionReader<?>> sectionReaders, Problems problems) {
        List<Source> given = parsed.sources();
        if (given != null && parsed.root().has("mode")) {
            // Discrete mode names each source without options at its JSON path, which it does for records only.
            given = new ArrayList<>(given);
        }
        return parse(fileName, parsed.root(), baseDirectory, sectionReaders, problems, given);
    }

    /** @param given sources read before (a sweep's base), in place of the tree's; null to read the tree's */
    private static Outcome parse(String fileName, JsonNode root, Path baseDirectory,
                                 List<SectionReader<?>> sectionReaders, Problems problems, List<Source> given) {
        if (MultiScenarioReader.isMultiPollutant(root)) {
            return MultiScenarioReader.parse(fileName, root, sectionReaders, problems);
        }
        JsonInput in = new JsonInput(fileName, problems);
        List<String> sectionKeys = sectionReaders.stream().map(SectionReader::key).toList();
        ScenarioParts read = ScenarioJsonParser.parse(root, in, sectionKeys);
        if (read == null) {
            return new Outcome(null, problems.list());
        }
        ScenarioParts parts = given == null ? read : new ScenarioParts(read.name(), read.description(), read.seed(),
                read.units(), read.objective(), read.regions(), read.transfer(), given, given, read.sourcesFile(),
                read.policy());
        Map<String, JsonNode> sectionJson = new LinkedHashMap<>();
        Map<String, Object> sections = new LinkedHashMap<>();
        readSections(root, parts.regions(), sectionReaders, in, sectionJson, sections);
        CsvSources csv = parts.sourcesFile() == null ? null
                : readCsv(parts.sourcesFile(), root.get("sourcesFile"), baseDirectory, in, regionIds(parts.regions()));
        checkHash(root, csv, in);
        if (!problems.isEmpty()) {
            crossCheckWhatWasRead(parts, fileName, problems);
            return new Outcome(null, problems.list());
        }
        // Every part was read: now the cross-references between them can be checked.
        List<Source> sources = sources(parts.sources(), csv);
        int jsonSources = parts.sources().size();
        Scenario scenario = problems.build(() -> new Scenario(parts.name(), parts.description(), parts.seed(),
                parts.units(), parts.objective(), parts.regions(), parts.transfer(), sources, parts.policy()),
                v -> locate(v, fileName, jsonSources, csv));
        ScenarioDocument document = scenario == null ? null : new ScenarioDocument(scenario, sectionJson, sections);
        return new Outcome(document, problems.list());
    }

    /**
     * The JSON's sources followed by the CSV's. A CSV's alone stay the compact table it was read
     * into (a national inventory); with JSON sources beside them they are made records, checked together.
     */
    private static List<Source> sources(List<Source> json, CsvSources csv) {
        if (csv == null) {
            return json;
        }
        SourceTable table = csv.sources();
        if (json.isEmpty()) {
            return table;
        }
        List<Source> all = new ArrayList<>(json);
        all.addAll(table);
        return all;
    }

    /** Runs each reader on its section, when the file has one, with the region ids that could be read. */
    static void readSections(JsonNode root, List<Region> regions, List<SectionReader<?>> readers,
                             JsonInput in, Map<String, JsonNode> sectionJson, Map<String, Object> sections) {
        Set<String> regionIds = null;
        if (regions != null) {
            regionIds = new LinkedHashSet<>();
            for (Region region : regions) {
                regionIds.add(region.id());
            }
        }
        SectionInput sectionInput = new SectionInput(in, MultiScenarioReader.isMultiPollutant(root));
        for (SectionReader<?> reader : readers) {
            JsonNode node = root.get(reader.key());
            if (node == null) {
                continue;
            }
            Object value = reader.read(node, sectionInput, regionIds);
            if (value != null) {
                sectionJson.put(reader.key(), node);
                sections.put(reader.key(), value);
            }
        }
    }

    /**
     * Runs the cross-reference checks on the parts that could be read, so that validate also
     * reports, say, a source in an unknown region next to a typo elsewhere. Sources that could
     * not be read are left out and the others keep their paths in the file.
     */
    private static void crossCheckWhatWasRead(ScenarioParts parts, String fileName, Problems problems) {
        if (parts.name() == null || parts.regions() == null || parts.sourceSlots() == null) {
            return;
        }
        List<Source> readable = new ArrayList<>();
        List<Integer> position = new ArrayList<>();
        for (int i = 0; i < parts.sourceSlots().size(); i++) {
            if (parts.sourceSlots().get(i) != null) {
                readable.add(parts.sourceSlots().get(i));
                position.add(i);
            }
        }
        problems.build(() -> new Scenario(parts.name(), "", 0, null, null, parts.regions(), parts.transfer(),
                readable, parts.policy()), v -> {
                    Matcher source = SOURCE_FIELD.matcher(v.field());
                    String field = v.field();
                    if (source.matches()) {
                        int original = position.get(Integer.parseInt(source.group(1)));
                        field = "sources[" + original + "]" + (source.group(2) == null ? "" : "." + source.group(2));
                    }
                    return new Problem(fileName, new Violation(field, v.value(), v.reason()).under("$").field(),
                            v.value(), v.reason());
                });
    }

    private static String withoutByteOrderMark(String json) {
        return !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
    }

    static JsonNode tree(String fileName, String json, Problems problems) {
        String text = withoutByteOrderMark(json);
        try {
            JsonNode root = StrictJson.MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                problems.add(fileName, "$", null, "empty file: one JSON object {...} was expected");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add(JsonSyntaxErrors.problem(fileName, text, e));
            return null;
        }
    }

    /** The CSV named by {@code sourcesFile}; a file that cannot be opened is a problem at $.sourcesFile. */
    /** The regions' ids, sorted, for the CSV reader to check sources against; null when they could not be read. */
    private static SortedSet<String> regionIds(List<Region> regions) {
        if (regions == null) {
            return null;
        }
        SortedSet<String> ids = new TreeSet<>();
        for (Region region : regions) {
            ids.add(region.id());
        }
        return ids;
    }

    private static CsvSources readCsv(String sourcesFile, JsonNode value, Path baseDirectory, JsonInput in,
                                      SortedSet<String> regions) {
        if (baseDirectory == null) {
            in.problem("$.sourcesFile", value, "a sources file needs a scenario read from a directory; none was given");
            return null;
        }
        Path csv;
        try {
            csv = baseDirectory.resolve(sourcesFile);
        } catch (InvalidPathException e) {
            in.problem("$.sourcesFile", value, "is not a valid file path: " + e.getReason());
            return null;
        }
        String kind = notAFile(csv);
        if (kind != null) {
            // Refused before it is opened: a FIFO would block the read until something wrote to it.
            in.problem("$.sourcesFile", value, kind + ", not a CSV file (looked for " + csv + ")");
            return null;
        }
        FileStamp stamp = FileStamp.of(csv);
        Progress.current().phase("reading " + csv.getFileName());
        CsvSources sources = readCsv(csv, value, in, regions);
        if (sources != null && stamp != null && !stamp.sameAs(FileStamp.of(csv))) {
            in.problem("$.sourcesFile", value, "changed while it was read (its size or modification time moved):"
                    + " the sources and their hash could mix two versions; run again once it is written whole");
        }
        return sources;
    }

    /**
     * What {@code csv} is when it is there but not a regular file (a directory, a FIFO, a device, a
     * link leading nowhere), said with the link it is reached through; null for a regular file or
     * nothing at all (the read says "file not found").
     */
    private static String notAFile(Path csv) {
        String target = null;
        if (Files.isSymbolicLink(csv)) {
            try {
                target = Files.readSymbolicLink(csv).toString();
            } catch (IOException | UnsupportedOperationException e) {
                target = "a path that cannot be read";
            }
            if (!Files.exists(csv)) {
                return "is a symbolic link to " + target + ", which does not exist";
            }
        }
        if (!Files.exists(csv) || Files.isRegularFile(csv)) {
            return null;
        }
        return (Files.isDirectory(csv) ? "is a directory" : "is not a regular file (a FIFO, device or socket)")
                + (target == null ? "" : " (a symbolic link to " + target + ")");
    }

    private static CsvSources readCsv(Path csv, JsonNode value, JsonInput in, SortedSet<String> regions) {
        PlainSourcesCsv.Read plain = PlainSourcesCsv.read(csv, csv.toString());
        if (plain != null) {
            plain.sources().origin(new SourceTable.Origin(WalkedPath.of(csv).toString(), plain.sha256()));
            return plain.sources();
        }
        // Not an ordinary file, or one with a problem: the reference reader reads it again and says what is wrong.
        MessageDigest[] digest = new MessageDigest[1];
        SourcesCsvReader.Opener open = () -> {
            // As Files.newBufferedReader (malformed UTF-8 is reported), with the bytes hashed as they pass.
            digest[0] = ContentHash.sha256();
            Progress.current().phase("reading " + csv.getFileName());
            InputStream bytes = new ProgressInputStream(Files.newInputStream(csv), Files.size(csv));
            return new BufferedReader(new Utf8LineReader(new DigestInputStream(bytes, digest[0])), CSV_BUFFER);
        };
        Reader reader;
        try {
            reader = open.open();
        } catch (IOException e) {
            in.problem("$.sourcesFile", value, IoErrors.describe(e) + " (looked for " + csv + ")");
            return null;
        }
        CsvSources sources = SourcesCsvReader.read(reader, open, csv.toString(), in.problems(), regions);
        sources.origin(new SourceTable.Origin(WalkedPath.of(csv).toString(),
                ContentHash.hex(digest[0])));
        return sources;
    }

    /**
     * A resolved scenario names its CSV with the hash of the bytes it was run on: a file changed
     * since is refused, since the run would no longer reproduce. Read after the CSV (its hash is known then).
     */
    private static void checkHash(JsonNode root, CsvSources csv, JsonInput in) {
        JsonNode node = root.get(SOURCES_SHA256);
        if (node == null) {
            return;
        }
        String path = "$." + SOURCES_SHA256;
        String expected = in.string(node, path);
        if (expected == null) {
            return;
        }
        if (!root.has("sourcesFile")) {
            in.problem(path, node, "is the hash of a sources file, but $.sourcesFile names none");
        } else if (!expected.matches("[0-9a-f]{64}")) {
            in.problem(path, node, "must be a SHA-256 hash: 64 lower-case hexadecimal digits");
        } else if (csv != null && csv.origin() != null && !csv.origin().sha256().equals(expected)) {
            in.problem(path, node, "the sources file " + csv.origin().file() + " has changed since this scenario was"
                    + " written: its SHA-256 is now " + csv.origin().sha256() + "; run the original scenario again,"
                    + " or remove " + SOURCES_SHA256 + " to accept the file as it is");
        }
    }

    /** Places a Scenario violation: a CSV source's on its line, anything else at its JSON path. */
    private static Problem locate(Violation v, String fileName, int jsonSources, CsvSources csv) {
        Matcher source = SOURCE_FIELD.matcher(v.field());
        if (csv != null && source.matches()) {
            int index = Integer.parseInt(source.group(1));
            if (index >= jsonSources) {
                String field = source.group(2) == null ? "id" : source.group(2);
                return csv.problem(index - jsonSources, field, v);
            }
        }
        return new Problem(fileName, v.under("$").field(), v.value(), v.reason());
    }

    record Outcome(ScenarioDocument document, List<Problem> problems) {
    }

    /** A file's size and modification time: a read that ends with other ones read a file being written. */
    private record FileStamp(long size, FileTime modified) {
        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(attributes.size(), attributes.lastModifiedTime());
            } catch (IOException e) {
                return null; // unreadable: the read itself says so
            }
        }

        /**
         * The same size and time. Not the record's equals: its first call in a process builds the
         * method-handle tree of java.lang.runtime.ObjectMethods, about 12 ms of a run's start.
         */
        boolean sameAs(FileStamp other) {
            return other != null && size == other.size && modified.equals(other.modified);
        }
    }
}
