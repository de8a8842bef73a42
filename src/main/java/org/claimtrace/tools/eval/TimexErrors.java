package org.claimtrace.tools.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Breaks time-expression errors down by {@link TimexErrorClass}: every relaxed match whose value differs from the
 * gold value, every missed gold expression and every spurious prediction. Relaxed matching is the one of
 * {@link TimexScorer}, so the value errors here are exactly the ones the value F1 counts.
 * Usage: {@code new TimexErrors().add(doc, predictions)...}; not thread-safe.
 */
public final class TimexErrors {

    /**
     * One error.
     *
     * @param gold      the gold expression, or null for a spurious prediction
     * @param predicted the prediction, or null for a missed gold expression
     */
    public record Error(String document, java.time.LocalDate documentDate, TimexErrorClass errorClass, LabeledSpan gold, String goldText,
                        LabeledSpan predicted, String predictedText, String context) {
    }

    private static final Pattern DEICTIC = Pattern.compile(
            "\\b(this|last|next|past|previous|coming|current|following|these|that|later|earlier|ago|recent)\\b");
    private static final Pattern FISCAL_WORDS = Pattern.compile(
            "\\b(quarter|quarters|half|fiscal|spring|summer|autumn|fall|winter|season)\\b");
    private static final Pattern FISCAL_VALUE = Pattern.compile("(Q\\d|H\\d|FY|-SP|-SU|-FA|-WI|QX|HX)");
    private static final int CONTEXT = 60;

    private final List<Error> errors = new ArrayList<>();

    /** Adds one document's errors. Returns this. */
    public TimexErrors add(GoldDocument doc, List<LabeledSpan> predicted) {
        List<LabeledSpan> g = doc.scoredOnly(doc.spans());
        List<LabeledSpan> p = doc.scoredOnly(predicted);
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(g, p, LabeledSpan::overlaps);
        boolean[] goldMatched = new boolean[g.size()];
        boolean[] predMatched = new boolean[p.size()];
        for (SpanMatcher.Pair pair : pairs) {
            goldMatched[pair.gold()] = true;
            predMatched[pair.predicted()] = true;
            LabeledSpan gs = g.get(pair.gold());
            LabeledSpan ps = p.get(pair.predicted());
            if (!Objects.equals(gs.value(), ps.value())) {
                String gt = doc.textOf(gs);
                String pt = doc.textOf(ps);
                errors.add(new Error(doc.id(), doc.documentDate(), classify(gs, gt, ps, pt), gs, gt, ps, pt, context(doc, gs)));
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (!goldMatched[i]) {
                errors.add(new Error(doc.id(), doc.documentDate(), TimexErrorClass.MISSED, g.get(i), doc.textOf(g.get(i)), null, null,
                        context(doc, g.get(i))));
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!predMatched[i]) {
                errors.add(new Error(doc.id(), doc.documentDate(), TimexErrorClass.SPURIOUS, null, null, p.get(i), doc.textOf(p.get(i)),
                        context(doc, p.get(i))));
            }
        }
        return this;
    }

    /** The class of a value error between a gold expression and the prediction that overlaps it. */
    static TimexErrorClass classify(LabeledSpan gold, String goldText, LabeledSpan predicted, String predictedText) {
        String gv = Objects.toString(gold.value(), "");
        String pv = Objects.toString(predicted.value(), "");
        String text = (goldText + " " + predictedText).toLowerCase(Locale.ROOT);
        if ("SET".equals(gold.type()) || "SET".equals(predicted.type())) {
            return TimexErrorClass.SETS;
        }
        if (gv.startsWith("P") && !gv.endsWith("_REF") || pv.startsWith("P") && !pv.endsWith("_REF")
                || "DURATION".equals(gold.type())) {
            return TimexErrorClass.DURATIONS;
        }
        if (gv.endsWith("_REF") || pv.endsWith("_REF")) {
            return TimexErrorClass.REFERENCE;
        }
        if (FISCAL_VALUE.matcher(gv).find() || FISCAL_VALUE.matcher(pv).find() || FISCAL_WORDS.matcher(text).find()) {
            return TimexErrorClass.FISCAL_SEASONAL;
        }
        if (gv.contains("T") || pv.contains("T") || "TIME".equals(gold.type())) {
            return TimexErrorClass.TIME_OF_DAY;
        }
        if (DEICTIC.matcher(text).find()) {
            return TimexErrorClass.THIS_LAST_NEXT;
        }
        String gs = shape(gv);
        String ps = shape(pv);
        if (!gold.sameExtent(predicted) && !gs.equals(ps)) {
            return TimexErrorClass.SPANS;
        }
        if (gv.isEmpty() || pv.isEmpty()) {
            return TimexErrorClass.OTHER;
        }
        if (!gs.equals(ps)) {
            return TimexErrorClass.GRANULARITY;
        }
        return TimexErrorClass.ANCHORING;
    }

    /** The value with every digit replaced by 9 and X by 9: "1998-10" and "XXXX-10" have the same shape. */
    static String shape(String value) {
        return value.replaceAll("[0-9X]", "9");
    }

    private static String context(GoldDocument doc, LabeledSpan span) {
        int b = Math.max(0, span.begin() - CONTEXT);
        int e = Math.min(doc.length(), span.end() + CONTEXT);
        return (CodePoints.substring(doc.text(), b, span.begin()) + "[[" + doc.textOf(span) + "]]"
                + CodePoints.substring(doc.text(), span.end(), e)).replaceAll("\\s+", " ");
    }

    public List<Error> errors() {
        return List.copyOf(errors);
    }

    /** Number of errors per class, every class present. */
    public Map<TimexErrorClass, Integer> counts() {
        Map<TimexErrorClass, Integer> counts = new EnumMap<>(TimexErrorClass.class);
        for (TimexErrorClass c : TimexErrorClass.values()) {
            counts.put(c, 0);
        }
        errors.forEach(e -> counts.merge(e.errorClass(), 1, Integer::sum));
        return counts;
    }

    /** A Markdown table of the counts per class. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| error class | count |\n|---|---:|\n");
        counts().forEach((c, n) -> sb.append("| ").append(c.label()).append(" | ").append(n).append(" |\n"));
        return sb.toString();
    }

    /** One line per error, tab-separated, with a header line. */
    public String toTsv() {
        StringBuilder sb = new StringBuilder(
                "document\tdate\tclass\tgold_text\tgold_type\tgold_value\tpred_text\tpred_type\tpred_value\tcontext\n");
        for (Error e : errors) {
            sb.append(e.document()).append('\t').append(Objects.toString(e.documentDate(), "")).append('\t')
                    .append(e.errorClass().name()).append('\t')
                    .append(cell(e.goldText())).append('\t')
                    .append(e.gold() == null ? "" : e.gold().type()).append('\t')
                    .append(e.gold() == null ? "" : Objects.toString(e.gold().value(), "")).append('\t')
                    .append(cell(e.predictedText())).append('\t')
                    .append(e.predicted() == null ? "" : e.predicted().type()).append('\t')
                    .append(e.predicted() == null ? "" : Objects.toString(e.predicted().value(), "")).append('\t')
                    .append(cell(e.context())).append('\n');
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
