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
 * One pretty-printed JSON file per document, named from its id by {@link UniqueFileNames} (so two ids never
 * share a file, within a run or across {@code --resume}). Each file is written to a temporary file first and
 * then renamed, so a reader never sees half a document; a failed write removes its temporary file and throws
 * {@link OutputWriteException}. With a configuration fingerprint, every finished file is also recorded in the
 * directory's {@link Manifest}, which lets a resumed run skip documents that are already done; leftover
 * {@code *.json.tmp} files from a killed run are removed when the sink opens.
 */
public final class JsonDirectorySink implements OutputSink {
    static final Set<String> KEPT = Set.of(Status.OK.json(), Status.PARTIAL.json(), Status.SKIPPED.json());
    private static final String EXTENSION = ".json";
    private final Path dir;
    private final String configFingerprint;
    private final boolean resume;
    private final Manifest manifest;
    private final OutputFiles files;
    private final UniqueFileNames names = new UniqueFileNames(EXTENSION, Set.of());

    /** A plain directory sink without a manifest. */
    public JsonDirectorySink(Path dir) {
        this(dir, null, false);
    }

    /**
     * @param configFingerprint fingerprint of the configuration, recorded in the manifest; null for no manifest
     * @param resume            keep the existing manifest and report its current documents as done
     */
    public JsonDirectorySink(Path dir, String configFingerprint, boolean resume) {
        this(dir, configFingerprint, resume, OutputFiles.REAL);
    }

    /** The same through the given file operations (tests inject faults there). */
    public JsonDirectorySink(Path dir, String configFingerprint, boolean resume, OutputFiles files) {
        this.dir = dir;
        this.configFingerprint = configFingerprint;
        this.resume = resume;
        this.files = files;
        try {
            Files.createDirectories(dir);
            removeTemporaryFiles(dir);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot create output directory " + dir + ": " + IoReasons.of(e), e);
        }
        this.manifest = configFingerprint == null ? null : Manifest.open(dir, resume, files);
        if (manifest != null && resume) {
            // every id keeps the file the manifest gave it; a second id on the same file gets a new one
            for (Manifest.Entry e : manifest.entries()) {
                names.claim(e.id(), e.file());
            }
        }
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
        return dir.resolve(names.of(id));
    }

    @Override
    public void write(DocumentResult result) {
        write(result, null);
    }

    @Override
    public void write(DocumentResult result, String inputFingerprint) {
        Path file = fileFor(result.id());
        AtomicFiles.write(files, file, Json.pretty(result));
        if (manifest != null && inputFingerprint != null) {
            try {
                manifest.append(new Manifest.Entry(result.id(), file.getFileName().toString(), inputFingerprint,
                        configFingerprint, result.status().json()));
            } catch (OutputWriteException e) {
                // a document is written with its manifest line or not at all: a resumed run does it again
                try {
                    Files.deleteIfExists(file);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
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
