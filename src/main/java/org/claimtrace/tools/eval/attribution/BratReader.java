package org.claimtrace.tools.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads attribution relations from brat standoff files in PolNeAR's format.
 *
 * <ul>
 *   <li>{@code T<n>\t<Type> <b> <e>[;<b> <e>...]\t<surface>}: a text-bound span; offsets are code
 *   points, end-exclusive; discontinuous spans keep all their fragments (sorted by offset). The
 *   surface is checked against the text (fragments in written order joined by a space, whitespace
 *   normalised), which catches offset unit errors.</li>
 *   <li>{@code E<n>\tAttribution:T<a> Source:T<s> Cue:T<c> Content:T<k>}: one relation, roles in
 *   any order. The anchor role ({@code Attribution} or {@code Attribution-no-source}) is not used.
 *   A missing Source gives a null source, a missing Cue or Content an empty span set. Numbered
 *   roles ({@code Content2}) are merged into their role.</li>
 *   <li>Other annotation lines ({@code A}, {@code R}, {@code #}...) are ignored. A line that does
 *   not start with an annotation id continues the previous line's surface (a span containing a
 *   line break).</li>
 * </ul>
 */
public final class BratReader {

    private static final Pattern ANNOTATION_LINE = Pattern.compile("(?:[A-Z]\\d+|#\\d*)\t");

    private BratReader() {
    }

    /** Parses the relations of one .ann content against its document text. */
    public static List<Attribution> parseAnn(String ann, String text) {
        CodePointText cpText = new CodePointText(text);
        Map<String, SpanSet> spans = new HashMap<>();
        List<String> relationLines = new ArrayList<>();
        for (String line : logicalLines(ann)) {
            if (line.startsWith("T")) {
                String[] cols = line.split("\t", 3);
                if (cols.length < 2) {
                    throw new IllegalArgumentException("malformed: " + line);
                }
                List<Fragment> fragments = parseOffsets(cols[1], cols[0]);
                checkSurface(fragments, cpText, cols.length > 2 ? cols[2] : "", cols[0]);
                spans.put(cols[0], new SpanSet(fragments));
            } else if (line.startsWith("E")) {
                relationLines.add(line);
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String line : relationLines) {
            out.add(parseRelation(line, spans));
        }
        return out;
    }

    /**
     * Annotation lines, with continuation lines (a surface that spans a line break in the text is
     * written over several physical lines) joined to their annotation by a newline.
     */
    private static List<String> logicalLines(String ann) {
        List<String> lines = new ArrayList<>();
        for (String line : ann.split("\r?\n")) {
            if (ANNOTATION_LINE.matcher(line).lookingAt() || lines.isEmpty()) {
                lines.add(line);
            } else {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + line);
            }
        }
        return lines;
    }

    /** Reads one document: its .txt and (when not null) its .ann. */
    public static AttributionDoc readDoc(String id, Path txt, Path ann) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<Attribution> attributions = ann == null ? List.of()
                : parseAnn(Files.readString(ann, StandardCharsets.UTF_8), text);
        return new AttributionDoc(id, text, attributions);
    }

    /**
     * Reads a PolNeAR-style directory: {@code text/<doc>.txt} and
     * {@code attributions/<doc>_<annotator>.ann}, one annotator file per article (the first in sort
     * order). Articles without any annotation file are skipped. Documents come sorted by id.
     */
    public static List<AttributionDoc> readCorpus(Path dir) throws IOException {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        List<Path> annFiles = listSorted(annDir, ".ann");
        List<AttributionDoc> docs = new ArrayList<>();
        for (Path txt : listSorted(textDir, ".txt")) {
            String id = stem(txt);
            Optional<Path> ann = annFiles.stream().filter(p -> isAnnotatorFile(p, id)).findFirst();
            if (ann.isPresent()) {
                docs.add(readDoc(id, txt, ann.get()));
            }
        }
        return docs;
    }

    /** Reads {@code predDir/<id>.ann} against the gold text; an absent file means no relations. */
    public static AttributionDoc readPrediction(Path predDir, AttributionDoc gold) throws IOException {
        Path ann = predDir.resolve(gold.id() + ".ann");
        List<Attribution> attributions = Files.exists(ann)
                ? parseAnn(Files.readString(ann, StandardCharsets.UTF_8), gold.text()) : List.of();
        return new AttributionDoc(gold.id(), gold.text(), attributions);
    }

    /** Collapses whitespace characters to single spaces, as brat surfaces cannot hold newlines. */
    static String normalizeSurface(String s) {
        return s.replaceAll("\\s", " ");
    }

    private static boolean isAnnotatorFile(Path ann, String id) {
        String name = ann.getFileName().toString();
        if (!name.startsWith(id + "_")) {
            return false;
        }
        String annotator = name.substring(id.length() + 1, name.length() - ".ann".length());
        return !annotator.isEmpty() && !annotator.contains("_");
    }

    private static List<Fragment> parseOffsets(String typeAndOffsets, String id) {
        int space = typeAndOffsets.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(id + ": no offsets: " + typeAndOffsets);
        }
        List<Fragment> fragments = new ArrayList<>();
        for (String piece : typeAndOffsets.substring(space + 1).split(";")) {
            String[] be = piece.trim().split(" ");
            if (be.length != 2) {
                throw new IllegalArgumentException(id + ": bad offsets: " + piece);
            }
            fragments.add(new Fragment(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
        }
        return fragments;
    }

    /** The surface follows the fragments in written order, which need not be text order. */
    private static void checkSurface(List<Fragment> fragments, CodePointText text, String surface, String id) {
        String joined = fragments.stream().map(f -> text.substring(f.begin(), f.end()))
                .collect(Collectors.joining(" "));
        String actual = normalizeSurface(joined).strip();
        if (!actual.equals(normalizeSurface(surface).strip())) {
            throw new IllegalArgumentException(id + ": surface '" + surface
                    + "' does not match text '" + actual + "'");
        }
    }

    private static Attribution parseRelation(String line, Map<String, SpanSet> spans) {
        String[] cols = line.split("\t");
        SpanSet source = null;
        SpanSet cue = SpanSet.EMPTY;
        SpanSet content = SpanSet.EMPTY;
        for (String arg : cols.length > 1 ? cols[1].trim().split("\\s+") : new String[0]) {
            int colon = arg.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String role = arg.substring(0, colon).replaceAll("\\d+$", "");
            SpanSet span = spans.get(arg.substring(colon + 1));
            if (span == null) {
                throw new IllegalArgumentException("unknown term in: " + line);
            }
            switch (role) {
                case "Source" -> source = source == null ? span : source.union(span);
                case "Cue" -> cue = cue.union(span);
                case "Content" -> content = content.union(span);
                default -> { }
            }
        }
        return new Attribution(source, cue, content);
    }

    private static List<Path> listSorted(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
