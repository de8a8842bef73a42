package org.claimtrace.testing;

import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committed golden outputs in output/, parsed back into model objects. */
public final class Golden {
    private Golden() {
    }

    public static Path dir() {
        return Paths.project().resolve("output");
    }

    /** One golden document by id ("syria-russia-2025-10-15"). */
    public static DocumentResult load(String id) {
        return read(dir().resolve(id + ".json"));
    }

    /** Every golden document, in file name order. */
    public static List<DocumentResult> all() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().map(Golden::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentResult read(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), DocumentResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
