package org.claimtrace.io;

import org.claimtrace.pipeline.InputException;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands command-line input arguments into sources: files, directories (recursively, in sorted order),
 * glob patterns such as {@code 'news/**.txt'}, and {@code -} for standard input.
 */
public final class Inputs {
    private static final List<String> SKIPPED_NAMES = List.of(".", "readme", "license", "notes");

    private Inputs() {
    }

    public static List<InputSource> expand(List<String> args) {
        List<InputSource> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(new InputSource(null, "stdin", null));
            } else if (isGlob(arg)) {
                out.addAll(glob(arg));
            } else {
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    out.addAll(walk(p));
                } else if (Files.isRegularFile(p)) {
                    out.add(new InputSource(p, stem(p.getFileName().toString()), InputFormat.ofFileName(p.toString())));
                } else {
                    throw new InputException("input not found: " + arg);
                }
            }
        }
        return out;
    }

    private static boolean isGlob(String arg) {
        return arg.contains("*") || arg.contains("?") || arg.contains("[") || arg.contains("{");
    }

    private static List<InputSource> glob(String pattern) {
        int firstMeta = indexOfMeta(pattern);
        int slash = pattern.lastIndexOf('/', firstMeta);
        Path base = slash < 0 ? Path.of(".") : Path.of(pattern.substring(0, slash + 1));
        String rest = slash < 0 ? pattern : pattern.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        List<InputSource> out = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            throw new InputException("input not found: " + pattern);
        }
        try (Stream<Path> s = Files.walk(base)) {
            s.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p))).sorted()
                    .forEach(p -> out.add(new InputSource(p, id(base, p), InputFormat.ofFileName(p.toString()))));
        } catch (IOException e) {
            throw new InputException("cannot list " + base + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException("no file matches " + pattern);
        }
        return out;
    }

    private static int indexOfMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static List<InputSource> walk(Path dir) {
        List<InputSource> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(Inputs::isArticleFile).sorted()
                    .forEach(p -> out.add(new InputSource(p, id(dir, p), InputFormat.ofFileName(p.toString()))));
        } catch (IOException e) {
            throw new InputException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** In a directory, hidden files and documentation files (README, LICENSE, NOTES) are not articles. */
    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String skip : SKIPPED_NAMES) {
            if (name.startsWith(skip)) {
                return false;
            }
        }
        return !name.endsWith(".md") && !name.endsWith(".json");
    }

    private static String id(Path root, Path file) {
        Path rel = root.relativize(file);
        String s = rel.toString().replace('\\', '/');
        return stem(s);
    }

    static String stem(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
