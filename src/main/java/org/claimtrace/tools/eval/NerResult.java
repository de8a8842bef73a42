package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named-entity scores: counts per entity type plus their micro-average (sum of the counts).
 *
 * @param byType counts per entity type, sorted by type name
 * @param micro  sum of all per-type counts
 */
public record NerResult(Map<String, Prf> byType, Prf micro) {

    public NerResult {
        byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
    }

    /** A Markdown table: one row per type and a final micro-average row. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Type | TP | FP | FN | P | R | F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        byType.forEach((type, prf) -> row(sb, type, prf));
        row(sb, "**micro**", micro);
        return sb.toString();
    }

    static void row(StringBuilder sb, String label, Prf prf) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                label, prf.tp(), prf.fp(), prf.fn(), prf.precision(), prf.recall(), prf.f1()));
    }
}
