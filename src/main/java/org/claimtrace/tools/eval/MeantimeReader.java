package org.claimtrace.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the derived MEANTIME JSONL rendering ({@code meantime_en_intra-doc.jsonl}): one JSON document per line
 * with {@code doc_id}, {@code text} (tokens joined by spaces, sentences by {@code "\n"}), {@code dct},
 * {@code entities[]} and {@code timex3[]} carrying end-exclusive character offsets.
 * <p>
 * Only sentences 0&ndash;5 of each document are annotated in MEANTIME, so the single scored region runs from
 * the start of the text to the end of sentence 5, and gold outside it is dropped.
 * <ul>
 *   <li>{@link #readNer}: entity mentions whose {@code syntactic_type} is {@code NAM} or {@code PRE.NAM}
 *       (the named values present) and whose {@code type} is PER, LOC or ORG, mapped to
 *       PERSON, LOCATION, ORGANIZATION. MEANTIME marks the full mention extent
 *       (e.g. "JSA Research defence analysist Paul Nesbit"), so nested names overlap.</li>
 *   <li>{@link #readTimex}: TIMEX3 with a text span (the 37 empty-span, implicit TIMEX3 are skipped).
 *       The creation-time TIMEX3 is kept: in MEANTIME it is anchored on the dateline (sentence 1).</li>
 * </ul>
 * Offsets: the file was produced in Python, whose string indices are code points. Every offset pair is checked
 * against the mention's {@code text}: when the text only matches as UTF-16 indices, they are converted.
 * (The staged file has no characters outside the BMP, so both readings coincide there.)
 * <p>
 * The document date is {@code dct} (ISO {@code yyyy-MM-dd}; the staged file also has one {@code dd-MM-yyyy} value,
 * "03-02-2009" for a dateline of February 3, 2009), else the value of the CREATION_TIME TIMEX3, else the dateline
 * (sentence 1, e.g. "September 01 , 2007"), else {@code null}. Gold TIMEX3 values are never altered.
 */
public final class MeantimeReader {

    /** Number of leading sentences that are annotated and scored. */
    public static final int SCORED_SENTENCES = 6;

    private static final Set<String> NAMED = Set.of("NAM", "PRE.NAM");
    private static final Map<String, String> NER_TYPES =
            Map.of("PER", "PERSON", "LOC", "LOCATION", "ORG", "ORGANIZATION");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMMM d , yyyy", Locale.ENGLISH);

    private MeantimeReader() {
    }

    /** Gold named entities (PERSON, LOCATION, ORGANIZATION) of every document. */
    public static List<GoldDocument> readNer(Path jsonl) throws IOException {
        return read(jsonl, false);
    }

    /** Gold TIMEX3 (type DATE/TIME/DURATION/SET, value = TIMEX3 value) of every document. */
    public static List<GoldDocument> readTimex(Path jsonl) throws IOException {
        return read(jsonl, true);
    }

    private static List<GoldDocument> read(Path jsonl, boolean timex) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    docs.add(toDocument(JSON.readTree(line), timex));
                } catch (RuntimeException e) {
                    throw new IOException(jsonl + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return docs;
    }

    private static GoldDocument toDocument(JsonNode doc, boolean timex) {
        String text = doc.path("text").asText();
        int regionEnd = CodePoints.fromUtf16(text, endOfSentence(text, SCORED_SENTENCES - 1));
        List<LabeledSpan> spans = new ArrayList<>();
        if (timex) {
            for (JsonNode t : doc.path("timex3")) {
                if (hasSpan(t)) {
                    addIfInside(spans, span(text, t, t.path("type").asText(), textOrNull(t, "value")), regionEnd);
                }
            }
        } else {
            for (JsonNode e : doc.path("entities")) {
                String type = NER_TYPES.get(e.path("type").asText());
                if (type != null && NAMED.contains(e.path("syntactic_type").asText()) && hasSpan(e)) {
                    addIfInside(spans, span(text, e, type, null), regionEnd);
                }
            }
        }
        spans.sort(Comparator.comparingInt(LabeledSpan::begin).thenComparingInt(LabeledSpan::end));
        String id = doc.hasNonNull("doc_id") ? doc.get("doc_id").asText() : doc.path("doc_name").asText();
        return new GoldDocument(id, text, documentDate(doc), spans, List.of(new int[] {0, regionEnd}));
    }

    /** UTF-16 index just after sentence {@code lastSentence} (sentences are separated by '\n'). */
    static int endOfSentence(String text, int lastSentence) {
        int pos = -1;
        for (int i = 0; i <= lastSentence; i++) {
            pos = text.indexOf('\n', pos + 1);
            if (pos < 0) {
                return text.length();
            }
        }
        return pos;
    }

    private static boolean hasSpan(JsonNode n) {
        return n.hasNonNull("start") && n.hasNonNull("end") && n.get("end").asInt() > n.get("start").asInt();
    }

    private static void addIfInside(List<LabeledSpan> spans, LabeledSpan s, int regionEnd) {
        if (s.end() <= regionEnd) {
            spans.add(s);
        }
    }

    private static LabeledSpan span(String text, JsonNode n, String type, String value) {
        int start = n.get("start").asInt();
        int end = n.get("end").asInt();
        String expected = textOrNull(n, "text");
        if (CodePoints.hasSupplementary(text) && expected != null
                && !matchesAsCodePoints(text, start, end, expected)
                && end <= text.length() && text.substring(start, end).equals(expected)) {
            start = CodePoints.fromUtf16(text, start);
            end = CodePoints.fromUtf16(text, end);
        }
        return new LabeledSpan(start, end, type, value);
    }

    private static boolean matchesAsCodePoints(String text, int start, int end, String expected) {
        return end <= CodePoints.length(text) && CodePoints.substring(text, start, end).equals(expected);
    }

    static LocalDate documentDate(JsonNode doc) {
        String dct = textOrNull(doc, "dct");
        LocalDate date = TimeMlReader.parseDate(dct);
        if (date == null && dct != null) {
            Matcher m = DAY_MONTH_YEAR.matcher(dct);
            if (m.matches()) {
                date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
        }
        for (JsonNode t : doc.path("timex3")) {
            if (date == null && "CREATION_TIME".equals(t.path("function").asText())) {
                date = TimeMlReader.parseDate(textOrNull(t, "value"));
            }
        }
        return date != null ? date : datelineDate(doc.path("text").asText());
    }

    private static LocalDate datelineDate(String text) {
        String[] lines = text.split("\n", 3);
        if (lines.length < 2) {
            return null;
        }
        try {
            return LocalDate.parse(lines[1].strip(), DATELINE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String textOrNull(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
