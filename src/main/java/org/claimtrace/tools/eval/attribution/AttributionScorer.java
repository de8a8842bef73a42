package org.claimtrace.tools.eval.attribution;

import org.claimtrace.tools.Prf;
import org.claimtrace.tools.eval.attribution.AttributionResult.Matching;
import org.claimtrace.tools.eval.attribution.AttributionResult.Target;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * PARC-style precision, recall and F1 for attribution extraction.
 *
 * <p><b>Role scores</b> (cue, source, content): per document, the set of distinct non-empty spans
 * of that role is collected from gold and from the prediction (a source shared by several
 * relations counts once), and the two sets are matched one-to-one.
 *
 * <p><b>Relation scores</b>: a predicted relation matches a gold one when its cue, source and
 * content all match under the same rule; a null source matches only a null source, an empty cue
 * only an empty cue. Identical relations are counted once, and relations without content (anchor-
 * only annotation lines) are not scored.
 *
 * <p><b>Matching rules.</b> {@link Matching#EXACT}: the span sets have exactly the same fragments.
 * {@link Matching#OVERLAP}: the spans share at least one token of {@link #tokenize}; pairs are
 * matched greedily, largest number of shared tokens first (ties: earlier gold, then earlier
 * prediction), each gold and each predicted item used at most once. For relations the pair weight
 * is the sum of the shared tokens of the three roles.
 *
 * <p><b>Tokens</b> for overlap: maximal runs of letters, digits and combining marks; whitespace,
 * punctuation and symbols (emoji included) separate tokens and are never tokens themselves. A token
 * belongs to a span when it intersects one of the span's fragments.
 */
public final class AttributionScorer {

    private AttributionScorer() {
    }

    /**
     * Scores predictions against gold, pairing documents by id; a gold document without a
     * prediction counts as an empty prediction, predicted documents absent from gold are ignored.
     */
    public static AttributionResult score(List<AttributionDoc> gold, List<AttributionDoc> predicted) {
        Map<Target, Map<Matching, Prf>> total = new EnumMap<>(Target.class);
        int goldRelations = 0;
        int predRelations = 0;
        Map<String, AttributionDoc> byId = new HashMap<>();
        predicted.forEach(d -> byId.putIfAbsent(d.id(), d));
        for (AttributionDoc g : gold) {
            AttributionDoc p = byId.getOrDefault(g.id(), new AttributionDoc(g.id(), g.text(), List.of()));
            goldRelations += relations(g).size();
            predRelations += relations(p).size();
            scoreDoc(g, p).forEach((t, row) -> row.forEach((m, c) ->
                    total.computeIfAbsent(t, k -> new EnumMap<>(Matching.class)).merge(m, c, Prf::plus)));
        }
        return new AttributionResult(gold.size(), goldRelations, predRelations, total);
    }

    /** Prf for one document pair (same text). */
    public static Map<Target, Map<Matching, Prf>> scoreDoc(AttributionDoc gold, AttributionDoc pred) {
        List<Fragment> tokens = tokenize(gold.text());
        Map<Target, Map<Matching, Prf>> out = new EnumMap<>(Target.class);
        out.put(Target.CUE, roleCounts(gold, pred, Attribution::cue, tokens));
        out.put(Target.SOURCE, roleCounts(gold, pred, Attribution::source, tokens));
        out.put(Target.CONTENT, roleCounts(gold, pred, Attribution::content, tokens));
        List<Attribution> g = relations(gold);
        List<Attribution> p = relations(pred);
        Map<Matching, Prf> rel = new EnumMap<>(Matching.class);
        rel.put(Matching.EXACT, greedy(g, p, (a, b) -> a.equals(b) ? 1 : 0));
        rel.put(Matching.OVERLAP, greedy(g, p, (a, b) -> relationOverlap(a, b, tokens)));
        out.put(Target.RELATION, rel);
        return out;
    }

    /** The overlap tokens of a text, as code point ranges (see the class comment). */
    public static List<Fragment> tokenize(String text) {
        List<Fragment> tokens = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int start = -1;
        for (int i = 0; i <= cps.length; i++) {
            boolean word = i < cps.length && isWordChar(cps[i]);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(new Fragment(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static List<Attribution> relations(AttributionDoc doc) {
        Set<Attribution> distinct = new LinkedHashSet<>();
        for (Attribution a : doc.attributions()) {
            if (!a.content().isEmpty()) {
                distinct.add(a);
            }
        }
        return List.copyOf(distinct);
    }

    private static Map<Matching, Prf> roleCounts(AttributionDoc gold, AttributionDoc pred,
                                                    Function<Attribution, SpanSet> role, List<Fragment> tokens) {
        List<SpanSet> g = spans(gold, role);
        List<SpanSet> p = spans(pred, role);
        Map<Matching, Prf> out = new EnumMap<>(Matching.class);
        out.put(Matching.EXACT, greedy(g, p, (a, b) -> a.equals(b) ? 1 : 0));
        out.put(Matching.OVERLAP, greedy(g, p, (a, b) -> sharedTokens(a, b, tokens)));
        return out;
    }

    private static List<SpanSet> spans(AttributionDoc doc, Function<Attribution, SpanSet> role) {
        Set<SpanSet> distinct = new LinkedHashSet<>();
        for (Attribution a : doc.attributions()) {
            SpanSet s = role.apply(a);
            if (s != null && !s.isEmpty()) {
                distinct.add(s);
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * Whether a predicted relation matches a gold one under overlap matching: cue, source (or both absent) and
     * content all share a token. {@code tokens} are the overlap tokens of the text ({@link #tokenize}).
     */
    public static boolean overlapMatch(Attribution gold, Attribution pred, List<Fragment> tokens) {
        return relationOverlap(gold, pred, tokens) > 0;
    }

    /** Weight of a relation pair: 0 unless all three roles match under overlap. */
    private static int relationOverlap(Attribution a, Attribution b, List<Fragment> tokens) {
        int cue = optionalOverlap(a.cue().isEmpty() ? null : a.cue(), b.cue().isEmpty() ? null : b.cue(), tokens);
        int source = optionalOverlap(a.source(), b.source(), tokens);
        int content = sharedTokens(a.content(), b.content(), tokens);
        return cue == 0 || source == 0 || content == 0 ? 0 : cue + source + content;
    }

    /** Shared tokens of two optional spans; both absent counts as a match of weight 1. */
    private static int optionalOverlap(SpanSet a, SpanSet b, List<Fragment> tokens) {
        if (a == null || b == null) {
            return a == b ? 1 : 0;
        }
        return sharedTokens(a, b, tokens);
    }

    static int sharedTokens(SpanSet a, SpanSet b, List<Fragment> tokens) {
        BitSet ta = tokenSet(a, tokens);
        ta.and(tokenSet(b, tokens));
        return ta.cardinality();
    }

    private static BitSet tokenSet(SpanSet span, List<Fragment> tokens) {
        BitSet set = new BitSet(tokens.size());
        for (Fragment f : span.fragments()) {
            int i = firstEndingAfter(tokens, f.begin());
            for (; i < tokens.size() && tokens.get(i).begin() < f.end(); i++) {
                set.set(i);
            }
        }
        return set;
    }

    /** Index of the first token whose end is after {@code offset} (tokens are sorted). */
    private static int firstEndingAfter(List<Fragment> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Pair weight function; 0 means "no match". */
    private interface Weight<T> {
        int of(T gold, T pred);
    }

    /** One-to-one greedy matching by descending weight; ties by gold order, then prediction order. */
    private static <T> Prf greedy(List<T> gold, List<T> pred, Weight<T> weight) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                int w = weight.of(gold.get(i), pred.get(j));
                if (w > 0) {
                    pairs.add(new int[] {w, i, j});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(x -> -x[0]).thenComparingInt(x -> x[1]).thenComparingInt(x -> x[2]));
        boolean[] usedGold = new boolean[gold.size()];
        boolean[] usedPred = new boolean[pred.size()];
        int tp = 0;
        for (int[] pair : pairs) {
            if (!usedGold[pair[1]] && !usedPred[pair[2]]) {
                usedGold[pair[1]] = true;
                usedPred[pair[2]] = true;
                tp++;
            }
        }
        return new Prf(tp, pred.size() - tp, gold.size() - tp);
    }
}
