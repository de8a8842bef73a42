package org.claimtrace.tools.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gold-annotated document.
 *
 * @param id            document identifier
 * @param text          the document text; all offsets are Unicode code point offsets into it
 * @param documentDate  document creation date, or {@code null} when unknown
 * @param spans         gold spans (entities or time expressions), only inside the scored regions
 * @param scoredRegions code point ranges {@code {begin, end}} (end exclusive) that are scored;
 *                      empty means the whole text is scored
 */
public record GoldDocument(String id, String text, LocalDate documentDate, List<LabeledSpan> spans,
                           List<int[]> scoredRegions) {

    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        List<int[]> regions = new ArrayList<>();
        if (scoredRegions != null) {
            for (int[] r : scoredRegions) {
                if (r.length != 2 || r[0] < 0 || r[1] < r[0]) {
                    throw new IllegalArgumentException("bad scored region");
                }
                regions.add(r.clone());
            }
        }
        scoredRegions = List.copyOf(regions);
    }

    /** Number of code points of {@link #text()}. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /**
     * True if {@code span} is scored, i.e. it overlaps at least one scored region (or there are no regions).
     * A prediction that only partly overlaps a region is still scored (and so can count as a false positive).
     */
    public boolean isScored(LabeledSpan span) {
        if (scoredRegions.isEmpty()) {
            return true;
        }
        for (int[] r : scoredRegions) {
            if (span.begin() < r[1] && r[0] < span.end()) {
                return true;
            }
            if (span.begin() == span.end() && r[0] <= span.begin() && span.begin() < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The spans of {@code spans} that are scored in this document. */
    public List<LabeledSpan> scoredOnly(List<LabeledSpan> candidates) {
        return candidates.stream().filter(this::isScored).toList();
    }

    /** The text covered by {@code span}. */
    public String textOf(LabeledSpan span) {
        return CodePoints.substring(text, span.begin(), span.end());
    }
}
