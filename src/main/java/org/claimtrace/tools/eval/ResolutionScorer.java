package org.claimtrace.tools.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Linking accuracy: a gold pronoun or nominal mention is right when the system links it to the cluster that
 * holds its instance's name ({@link ResolutionLinks#clustersNamed}). Counted apart: mentions linked to another
 * cluster,
 * mentions left unlinked, and mentions whose name the system did not find at all (they count as wrong).
 */
public final class ResolutionScorer {

    /** Counts for one group of mentions. */
    public static final class Counts {
        int total;
        int correct;
        int wrong;
        int unlinked;
        int nameMissing;

        public int total() {
            return total;
        }

        public int correct() {
            return correct;
        }

        public double accuracy() {
            return total == 0 ? 0 : 100.0 * correct / total;
        }
    }

    /** One scored mention, for error listings. */
    public record Outcome(String document, ResolutionGold.Mention mention, String predicted, Set<String> expected,
                          boolean correct) {
    }

    private final Map<ResolutionGold.Kind, Counts> byKind = new EnumMap<>(ResolutionGold.Kind.class);
    private final Map<String, Counts> byKindAndType = new TreeMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    public void add(ResolutionGold gold, ResolutionLinks links) {
        for (ResolutionGold.Mention m : gold.mentions()) {
            Set<String> expected = new java.util.LinkedHashSet<>();
            for (ResolutionGold.Span name : m.names()) {
                expected.addAll(links.clustersNamed(name));
            }
            String predicted = links.linkOf(m);
            boolean correct = predicted != null && expected.contains(predicted);
            for (Counts c : List.of(byKind.computeIfAbsent(m.kind(), k -> new Counts()),
                    byKindAndType.computeIfAbsent(m.kind() + " " + m.type(), k -> new Counts()))) {
                c.total++;
                if (correct) {
                    c.correct++;
                } else if (expected.isEmpty()) {
                    c.nameMissing++;
                } else if (predicted == null) {
                    c.unlinked++;
                } else {
                    c.wrong++;
                }
            }
            outcomes.add(new Outcome(gold.document().id(), m, predicted == null ? null : links.describe(predicted),
                    expected.stream().map(links::describe).collect(java.util.stream.Collectors.toCollection(
                            java.util.LinkedHashSet::new)), correct));
        }
    }

    public Counts counts(ResolutionGold.Kind kind) {
        return byKind.getOrDefault(kind, new Counts());
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** A Markdown table: one row per kind, then per kind and type. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| mentions | n | correct | accuracy % | linked elsewhere | unlinked | name not found |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (ResolutionGold.Kind k : ResolutionGold.Kind.values()) {
            row(sb, k.name().toLowerCase(Locale.ROOT), counts(k));
        }
        byKindAndType.forEach((k, c) -> row(sb, k.toLowerCase(Locale.ROOT), c));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, Counts c) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %d | %d | %d |%n", label, c.total, c.correct,
                c.accuracy(), c.wrong, c.unlinked, c.nameMissing));
    }
}
