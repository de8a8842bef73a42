package org.claimtrace.resources;

import org.claimtrace.pipeline.ModelLoadException;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads the project's own resources (lexicons, gazetteers, trained weights) from a models directory, or,
 * when none is given, from the copy of {@code models/} packaged in the jar under {@code /claimtrace-models/}.
 * Shipping them on the classpath lets offline cluster executors find them without any path.
 */
public final class ModelFiles {
    private static final String CLASSPATH_ROOT = "/claimtrace-models/";

    private final Path dir;

    /** @param dir a models directory, or null for the packaged copy */
    public ModelFiles(Path dir) {
        this.dir = dir;
    }

    /** A description for messages and cache keys. */
    public String location() {
        return dir == null ? "classpath:" + CLASSPATH_ROOT : dir.toAbsolutePath().normalize().toString();
    }

    /** Whether the models directory (or the packaged copy) has the file. */
    public boolean exists(String name) {
        return dir != null ? Files.isRegularFile(dir.resolve(name))
                : ModelFiles.class.getResource(CLASSPATH_ROOT + name) != null;
    }

    public InputStream open(String name) throws IOException {
        if (dir != null) {
            return Files.newInputStream(dir.resolve(name));
        }
        InputStream in = ModelFiles.class.getResourceAsStream(CLASSPATH_ROOT + name);
        if (in == null) {
            throw new IOException("no resource " + CLASSPATH_ROOT + name + " on the classpath");
        }
        return in;
    }

    /** Reads a model from a stream. */
    @FunctionalInterface
    public interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    /**
     * Opens a file and reads it with {@code loader}; any failure becomes a {@link ModelLoadException} whose
     * message names the file, its location and a readable reason (see {@link #reason}).
     */
    public <T> T read(String name, Loader<T> loader) {
        try (InputStream in = open(name)) {
            return loader.load(in);
        } catch (IOException | RuntimeException e) {
            throw failure(name, e);
        }
    }

    /** The exception for a model file that could not be read, with a readable reason. */
    public ModelLoadException failure(String name, Throwable e) {
        return new ModelLoadException("cannot read " + name + " from " + location() + ": " + reason(name, e), e);
    }

    /**
     * A readable reason for a failure to read a model file. Java's stream exceptions often carry no message
     * (an {@link EOFException} from a file that ends early gives "null"); this names what happened instead.
     */
    public static String reason(String name, Throwable e) {
        boolean gzip = name.endsWith(".gz");
        if (e instanceof EOFException) {
            String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            return "the file is truncated: it ends before the model is complete" + detail
                    + (gzip ? "; the compressed data is valid, but what it holds is cut short" : "")
                    + ". Copy or train it again";
        }
        if (e instanceof ZipException) {
            return "not a valid gzip file (" + (e.getMessage() == null ? "corrupt data" : e.getMessage()) + ")";
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return e.getClass().getSimpleName() + " while reading it (the file is damaged or not this kind of model)";
        }
        return e.getMessage();
    }

    /**
     * The rows of a tab-separated text file: blank lines and lines starting with '#' are skipped.
     * Each row keeps its 1-based line number for error messages.
     */
    public List<Row> readTsv(String name) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(new Row(n, cells));
            }
        } catch (IOException e) {
            throw failure(name, e);
        }
        return rows;
    }

    /** One line of a TSV resource. */
    public record Row(int line, String[] cells) {
        public String cell(int i) {
            return i < cells.length ? cells[i] : "";
        }
    }
}
