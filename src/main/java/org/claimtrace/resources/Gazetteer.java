package org.claimtrace.resources;

import org.claimtrace.model.EntityType;
import org.claimtrace.pipeline.ModelLoadException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the stock NER models miss, from {@code gazetteer.tsv}: {@code name <TAB> TYPE <TAB> subtype}.
 * Matching is on whole tokens, case-sensitive except for a leading "The". Immutable and thread-safe.
 */
public final class Gazetteer {
    /** One name with its type. */
    public record Entry(List<String> tokens, EntityType type, String subtype) {
    }

    /** A match: tokens [begin, end) of the input. */
    public record Match(int begin, int end, Entry entry) {
    }

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final int size;

    public Gazetteer(List<ModelFiles.Row> rows, String fileName) {
        int n = 0;
        for (ModelFiles.Row row : rows) {
            String name = row.cell(0);
            EntityType type;
            try {
                type = EntityType.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(fileName + " line " + row.line() + ": unknown type '" + row.cell(1)
                        + "' (use PERSON, LOCATION or ORGANIZATION)", e);
            }
            List<String> tokens = tokenize(name);
            if (tokens.isEmpty()) {
                throw new ModelLoadException(fileName + " line " + row.line() + ": empty name", null);
            }
            String subtype = row.cell(2).isEmpty() ? null : row.cell(2);
            byFirstToken.computeIfAbsent(key(tokens.get(0)), k -> new ArrayList<>())
                    .add(new Entry(List.copyOf(tokens), type, subtype));
            n++;
        }
        byFirstToken.values().forEach(list -> list.sort((a, b) -> b.tokens().size() - a.tokens().size()));
        this.size = n;
    }

    public int size() {
        return size;
    }

    /** Longest non-overlapping matches, left to right. */
    public List<Match> find(List<String> words) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match best = null;
            List<Entry> candidates = byFirstToken.get(key(words.get(i)));
            if (candidates != null) {
                for (Entry e : candidates) {
                    if (matchesAt(words, i, e.tokens())) {
                        best = new Match(i, i + e.tokens().size(), e);
                        break;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean matchesAt(List<String> words, int at, List<String> name) {
        if (at + name.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            String w = words.get(at + k);
            String n = name.get(k);
            boolean same = k == 0 && n.equals("The") ? w.equalsIgnoreCase(n) : w.equals(n);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static String key(String firstToken) {
        return firstToken.equalsIgnoreCase("the") ? "the" : firstToken;
    }

    static List<String> tokenize(String name) {
        List<String> out = new ArrayList<>();
        for (String t : name.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
