package org.airshed.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.airshed.core.model.SourceTable;

/**
 * A sources CSV read alone, outside a scenario, by each of the readers a scenario has had, each
 * with the SHA-256 of the bytes as a scenario takes it: what benchmarks compare on the same file.
 * Every one throws ScenarioInputException with every problem of a file that has any.
 */
public final class SourcesCsvFile {
    private static final int BUFFER = 1 << 16;

    private SourcesCsvFile() {
    }

    /** As a scenario reads its {@code sourcesFile}: byte-level on {@code threads} threads, the reference for anything unusual. */
    public static SourceTable read(Path csv, int threads) {
        PlainSourcesCsv.Read plain = PlainSourcesCsv.read(csv, csv.toString(), threads, PlainSourcesCsv.PIECE_BYTES);
        if (plain != null) {
            plain.sources().origin(new SourceTable.Origin(csv.toString(), plain.sha256()));
            return plain.sources().sources();
        }
        return readRowByRow(csv);
    }

    /** As a scenario read it before the byte-level reader: a String per cell ({@link SimpleCsvRows}), commons-csv for anything unusual. */
    public static SourceTable readRowByRow(Path csv) {
        MessageDigest[] digest = new MessageDigest[1];
        Problems problems = new Problems();
        SourcesCsvReader.Opener open = () -> decoded(csv, digest);
        CsvSources sources;
        try {
            sources = SourcesCsvReader.read(open.open(), open, csv.toString(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checked(csv, sources, problems, digest[0]);
    }

    /** With the reference parser (commons-csv) alone. */
    public static SourceTable readWithReference(Path csv) {
        MessageDigest[] digest = new MessageDigest[1];
        Problems problems = new Problems();
        CsvSources sources;
        try {
            sources = SourcesCsvReader.read(decoded(csv, digest), csv.toString(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checked(csv, sources, problems, digest[0]);
    }

    /** The file decoded strictly, its bytes hashed as they pass, as ScenarioReader opens it for the reference. */
    private static Reader decoded(Path csv, MessageDigest[] digest) throws IOException {
        digest[0] = ContentHash.sha256();
        return new BufferedReader(new Utf8LineReader(new DigestInputStream(Files.newInputStream(csv), digest[0])),
                BUFFER);
    }

    private static SourceTable checked(Path csv, CsvSources sources, Problems problems, MessageDigest digest) {
        if (!problems.isEmpty()) {
            throw new ScenarioInputException(problems.list());
        }
        sources.origin(new SourceTable.Origin(csv.toString(), ContentHash.hex(digest)));
        return sources.sources();
    }
}
