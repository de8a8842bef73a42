package org.claimtrace.output;

import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * One pretty-printed JSON file per document, named from its id by {@link SafeFileNames}. Each file is
 * written to a temporary file first and then renamed, so a reader never sees half a document. With a
 * configuration fingerprint, every finished file is also recorded in the directory's {@link Manifest}, which
 * lets a resumed run skip documents that are already done; leftover {@code *.json.tmp} files from a killed
 * run are removed when the sink opens.
 */
public final class JsonDirectorySink implements OutputSink {
    private static final Set<String> KEPT = Set.of(Status.OK.json(), Status.PARTIAL.json(), Status.SKIPPED.json());
    private final Path dir;
    private final String configFingerprint;
    private final boolean resume;
    private final Manifest manifest;

    /** A plain directory sink without a manifest. */
    public JsonDirectorySink(Path dir) {
        this(dir, null, false);
    }

    /**
     * @param configFingerprint fingerprint of the configuration, recorded in the manifest; null for no manifest
     * @param resume            keep the existing manifest and report its current documents as done
     */
    public JsonDirectorySink(Path dir, String configFingerprint, boolean resume) {
        this.dir = dir;
        this.configFingerprint = configFingerprint;
        this.resume = resume;
        try {
            Files.createDirectories(dir);
            removeTemporaryFiles(dir);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot create output directory " + dir + ": " + e.getMessage(), e);
        }
        this.manifest = configFingerprint == null ? null : Manifest.open(dir, resume);
    }

    private static void removeTemporaryFiles(Path dir) throws IOException {
        try (DirectoryStream<Path> tmp = Files.newDirectoryStream(dir, "*.json.tmp")) {
            for (Path p : tmp) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The file a document id is written to. */
    public Path fileFor(String id) {
        return dir.resolve(SafeFileNames.of(id) + ".json");
    }

    @Override
    public void write(DocumentResult result) {
        write(result, null);
    }

    @Override
    public void write(DocumentResult result, String inputFingerprint) {
        Path file = fileFor(result.id());
        AtomicFiles.write(file, Json.pretty(result));
        if (manifest != null && inputFingerprint != null) {
            manifest.append(new Manifest.Entry(result.id(), file.getFileName().toString(), inputFingerprint,
                    configFingerprint, result.status().json()));
        }
    }

    @Override
    public boolean hasCurrent(String id, String inputFingerprint) {
        if (!resume || manifest == null) {
            return false;
        }
        Manifest.Entry e = manifest.get(id);
        Path file = fileFor(id);
        return e != null && inputFingerprint.equals(e.input()) && configFingerprint.equals(e.config())
                && KEPT.contains(e.status()) && file.getFileName().toString().equals(e.file()) && isComplete(file, id);
    }

    /** The file exists, parses as JSON, and is the document with this id. */
    private static boolean isComplete(Path file, String id) {
        try {
            return Files.isRegularFile(file) && id.equals(Json.MAPPER.readTree(file.toFile()).path("id").asText(null));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() {
        if (manifest != null) {
            manifest.close();
        }
    }
}
