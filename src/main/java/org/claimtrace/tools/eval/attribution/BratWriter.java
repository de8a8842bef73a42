package org.claimtrace.tools.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes attribution relations as brat standoff in PolNeAR's layout, so that any system's output
 * can be read back by {@link BratReader} and scored. Each relation gets Source, Cue and Content
 * text-bound annotations, an anchor ({@code Attribution}, or {@code Attribution-no-source} when the
 * source is null) on the cue span (on the content span when the cue is empty), and an {@code E}
 * line. Identical spans of the same type are written once and shared. Empty roles are omitted.
 */
public final class BratWriter {

    private BratWriter() {
    }

    /** Writes {@code dir/<doc id>.ann}, creating the directory if needed; returns the file. */
    public static Path write(AttributionDoc doc, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(doc.id() + ".ann");
        Files.writeString(file, toAnn(doc), StandardCharsets.UTF_8);
        return file;
    }

    /** The .ann content for a document. */
    public static String toAnn(AttributionDoc doc) {
        CodePointText text = new CodePointText(doc.text());
        Map<String, String> ids = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        int relation = 0;
        for (Attribution a : doc.attributions()) {
            if (a.content().isEmpty() && a.cue().isEmpty()) {
                continue;
            }
            StringBuilder roles = new StringBuilder();
            String anchorType = a.source() == null ? "Attribution-no-source" : "Attribution";
            SpanSet anchor = a.cue().isEmpty() ? a.content() : a.cue();
            roles.append(anchorType).append(':').append(term(anchorType, anchor, text, ids, out));
            if (a.source() != null) {
                roles.append(" Source:").append(term("Source", a.source(), text, ids, out));
            }
            if (!a.cue().isEmpty()) {
                roles.append(" Cue:").append(term("Cue", a.cue(), text, ids, out));
            }
            if (!a.content().isEmpty()) {
                roles.append(" Content:").append(term("Content", a.content(), text, ids, out));
            }
            out.append('E').append(++relation).append('\t').append(roles).append('\n');
        }
        return out.toString();
    }

    private static String term(String type, SpanSet span, CodePointText text, Map<String, String> ids,
                               StringBuilder out) {
        String key = type + ' ' + span.toBratOffsets();
        String id = ids.get(key);
        if (id == null) {
            id = "T" + (ids.size() + 1);
            ids.put(key, id);
            out.append(id).append('\t').append(key).append('\t')
                    .append(BratReader.normalizeSurface(span.surface(text))).append('\n');
        }
        return id;
    }
}
