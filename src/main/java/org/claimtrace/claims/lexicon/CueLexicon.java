package org.claimtrace.claims.lexicon;

import org.claimtrace.model.ClaimType;
import org.claimtrace.pipeline.ModelLoadException;
import org.claimtrace.resources.ModelFiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The claim cue lexicon from {@code models/claim-cues.tsv}: verbs, nouns and multi-word phrases with the
 * claim type they signal and how their arguments are read. Immutable.
 */
public final class CueLexicon {
    public static final String FILE = "claim-cues.tsv";

    /** Part of speech of a cue entry. */
    public enum Pos { VERB, NOUN, PHRASE }

    /** One cue word or phrase. */
    public record Entry(String lemma, Pos pos, ClaimType type, Set<String> flags) {
        public boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    private final Map<String, Entry> verbs = new HashMap<>();
    private final Map<String, Entry> nouns = new HashMap<>();
    private final List<Entry> phrases = new ArrayList<>();

    public CueLexicon(List<ModelFiles.Row> rows) {
        for (ModelFiles.Row row : rows) {
            String lemma = row.cell(0).toLowerCase(Locale.ROOT);
            Pos pos;
            ClaimType type;
            try {
                pos = Pos.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
                type = ClaimType.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(FILE + " line " + row.line() + ": unknown pos or type in '"
                        + String.join("\t", row.cells()) + "'", e);
            }
            Set<String> flags = row.cell(3).isEmpty() ? Set.of()
                    : Set.copyOf(Arrays.asList(row.cell(3).toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
            Entry e = new Entry(lemma, pos, type, flags);
            switch (pos) {
                case VERB -> verbs.putIfAbsent(lemma, e);
                case NOUN -> nouns.putIfAbsent(lemma, e);
                case PHRASE -> phrases.add(e);
                default -> throw new IllegalStateException();
            }
        }
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
        java.util.TreeSet<String> lines = new java.util.TreeSet<>();
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
        return e.lemma() + "\t" + e.pos() + "\t" + e.type() + "\t" + new java.util.TreeSet<>(e.flags());
    }

    public int size() {
        return verbs.size() + nouns.size() + phrases.size();
    }
}
