package org.claimtrace.tools.eval.attribution;

import org.claimtrace.tools.Prf;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of a system against gold: {@link Prf} for each {@link Target} under each
 * {@link Matching} rule, plus corpus sizes.
 */
public record AttributionResult(int documents, int goldRelations, int predictedRelations,
                                Map<Target, Map<Matching, Prf>> counts) {

    /** What is scored: the distinct spans of one role, or whole relations. */
    public enum Target { CUE, SOURCE, CONTENT, RELATION }

    /** Span matching rule: all fragments equal, or at least one shared token. */
    public enum Matching { EXACT, OVERLAP }

    /** Deep-copies the counts, filling missing cells with zero. */
    public AttributionResult {
        Map<Target, Map<Matching, Prf>> copy = new EnumMap<>(Target.class);
        for (Target t : Target.values()) {
            Map<Matching, Prf> row = new EnumMap<>(Matching.class);
            for (Matching m : Matching.values()) {
                Map<Matching, Prf> given = counts.get(t);
                row.put(m, given == null ? Prf.ZERO : given.getOrDefault(m, Prf.ZERO));
            }
            copy.put(t, Map.copyOf(row));
        }
        counts = Map.copyOf(copy);
    }

    /** The counts of one cell. */
    public Prf get(Target target, Matching matching) {
        return counts.get(target).get(matching);
    }

    /** A Markdown table: one row per target, P/R/F1 (percent) and TP/FP/FN per matching rule. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d documents, %d gold relations, %d predicted relations%n%n",
                documents, goldRelations, predictedRelations));
        sb.append("| target | exact P | exact R | exact F1 | exact TP/FP/FN "
                + "| overlap P | overlap R | overlap F1 | overlap TP/FP/FN |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Target t : Target.values()) {
            sb.append("| ").append(t.name().toLowerCase(Locale.ROOT));
            for (Matching m : Matching.values()) {
                Prf c = get(t, m);
                sb.append(String.format(Locale.ROOT, " | %.1f | %.1f | %.1f | %d/%d/%d",
                        100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.tp(), c.fp(), c.fn()));
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }
}
