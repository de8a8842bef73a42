package org.claimtrace.claims.lexicon;

import org.claimtrace.model.ClaimType;
import org.claimtrace.pipeline.ModelLoadException;
import org.claimtrace.resources.ModelFiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The claim cue lexicon from {@code models/claim-cues.tsv}: verbs, nouns and multi-word phrases with the
 * claim type they signal and how their arguments are read. Immutable.
 */
public final class CueLexicon {
    public static final String FILE = "claim-cues.tsv";

    /** Part of speech of a cue entry. */
    public enum Pos { VERB, NOUN, PHRASE }

    /** The flags a row may carry (the file's header describes each). */
    public static final Set<String> FLAGS = Set.of("addressee", "object", "light", "lightonly", "anyobject", "clausal");

    /**
     * One cue word or phrase. Its flags iterate in alphabetical order: the cue tagger turns them into features in
     * that order, and CoreNLP's CRF numbers its features in the order it first meets them, so an order that changed
     * from one JVM to the next (as {@code Set.of} and {@code Set.copyOf} do) made training not reproducible.
     */
    public record Entry(String lemma, Pos pos, ClaimType type, Set<String> flags) {
        public Entry {
            flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
        }

        public boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    private final Map<String, Entry> verbs = new HashMap<>();
    private final Map<String, Entry> nouns = new HashMap<>();
    private final List<Entry> phrases;

    /**
     * @throws ModelLoadException naming the file and line of a row with no lemma, or an unknown part of speech,
     *                            type or flag
     */
    public CueLexicon(List<ModelFiles.Row> rows) {
        List<Entry> phraseList = new ArrayList<>();
        for (ModelFiles.Row row : rows) {
            String lemma = row.cell(0).trim().toLowerCase(Locale.ROOT);
            if (lemma.isEmpty()) {
                throw invalid(row, "no lemma");
            }
            Pos pos = parse(Pos.class, row.cell(1), row, "part of speech");
            ClaimType type = parse(ClaimType.class, row.cell(2), row, "claim type");
            Set<String> flags = row.cell(3).isBlank() ? Set.of()
                    : Set.copyOf(Arrays.asList(row.cell(3).trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
            for (String f : flags) {
                if (!FLAGS.contains(f)) {
                    throw invalid(row, "unknown flag '" + f + "' (known: " + new TreeSet<>(FLAGS) + ")");
                }
            }
            Entry e = new Entry(lemma, pos, type, flags);
            switch (pos) {
                case VERB -> verbs.putIfAbsent(lemma, e);
                case NOUN -> nouns.putIfAbsent(lemma, e);
                case PHRASE -> phraseList.add(e);
                default -> throw new IllegalStateException();
            }
        }
        this.phrases = List.copyOf(phraseList);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String cell, ModelFiles.Row row, String what) {
        try {
            return Enum.valueOf(type, cell.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> known = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw invalid(row, "unknown " + what + " '" + cell + "' (known: " + known + ")");
        }
    }

    private static ModelLoadException invalid(ModelFiles.Row row, String reason) {
        return new ModelLoadException(FILE + " line " + row.line() + ": " + reason + " in '"
                + String.join("\t", row.cells()) + "'", null);
    }

    public Entry verb(String lemma) {
        return lemma == null ? null : verbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    public Entry noun(String lemma) {
        return lemma == null ? null : nouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    public List<Entry> phrases() {
        return phrases;
    }

    /** A hash of the entries, in a canonical order: trained weights record it and refuse another lexicon. */
    public String fingerprint() {
        TreeSet<String> lines = new TreeSet<>();
        for (Entry e : verbs.values()) {
            lines.add(line(e));
        }
        for (Entry e : nouns.values()) {
            lines.add(line(e));
        }
        for (Entry e : phrases) {
            lines.add(line(e));
        }
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(Entry e) {
        return e.lemma() + "\t" + e.pos() + "\t" + e.type() + "\t" + new TreeSet<>(e.flags());
    }

    public int size() {
        return verbs.size() + nouns.size() + phrases.size();
    }
}
