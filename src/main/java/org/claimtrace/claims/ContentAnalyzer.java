package org.claimtrace.claims;

import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Modality;
import org.claimtrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the modality, polarity and hedging of a claim from its content's main predicate and the words
 * around it, using the dependency parse.
 */
final class ContentAnalyzer {
    private static final Map<String, Modality> MODAL_AUX = Map.ofEntries(
            Map.entry("will", Modality.FUTURE), Map.entry("'ll", Modality.FUTURE), Map.entry("wo", Modality.FUTURE),
            Map.entry("shall", Modality.FUTURE), Map.entry("would", Modality.FUTURE),
            Map.entry("should", Modality.OBLIGATION), Map.entry("must", Modality.OBLIGATION),
            Map.entry("ought", Modality.OBLIGATION), Map.entry("need", Modality.OBLIGATION),
            Map.entry("may", Modality.POSSIBILITY), Map.entry("might", Modality.POSSIBILITY),
            Map.entry("could", Modality.POSSIBILITY), Map.entry("can", Modality.ABILITY),
            Map.entry("ca", Modality.ABILITY));
    private static final Map<String, Modality> MODAL_VERBS = Map.of(
            "have", Modality.OBLIGATION, "need", Modality.OBLIGATION, "want", Modality.DESIRE,
            "wish", Modality.DESIRE, "hope", Modality.DESIRE, "intend", Modality.FUTURE, "plan", Modality.FUTURE,
            "go", Modality.FUTURE, "able", Modality.ABILITY);
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "provided", "providing", "assuming");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> HEDGES = Set.of("alleged", "allegedly", "reportedly", "possibly", "perhaps",
            "apparently", "likely", "unlikely", "probably", "presumably", "seemingly", "purportedly", "supposedly",
            "may", "might", "could", "seem", "appear", "suggest", "arguably");

    /** A finding and the token that signals it (-1 for none). */
    record Found<T>(T value, int token) {
    }

    private ContentAnalyzer() {
    }

    static Found<Modality> modality(List<Token> tokens, DependencyParse p, int head, int scope, int[] content) {
        Found<Integer> cond = condition(tokens, p, scope, content);
        if (cond.token() >= 0) {
            return new Found<>(Modality.CONDITIONAL, cond.token());
        }
        if (head < 0 || !p.contains(head)) {
            return new Found<>(Modality.NONE, -1);
        }
        for (int c : p.children(head)) {
            if (p.relation(c).startsWith("aux")) {
                Modality m = MODAL_AUX.get(lower(tokens.get(c)));
                if (m != null) {
                    return new Found<>(m, c);
                }
            }
        }
        // "have to", "going to", "want to", "is able to": a verb whose xcomp carries the content
        Modality m = MODAL_VERBS.get(lemma(tokens.get(head)));
        if (m != null && p.firstChild(head, "xcomp") >= 0) {
            return new Found<>(m, head);
        }
        return new Found<>(Modality.NONE, -1);
    }

    /** A conditional marker ("if", "provided", "as long as") in a clause under the cue or the content. */
    static Found<Integer> condition(List<Token> tokens, DependencyParse p, int scope, int[] content) {
        for (int t = p.tokenBegin(); t < p.tokenEnd(); t++) {
            String w = lower(tokens.get(t));
            boolean marker = CONDITIONS.contains(w)
                    || w.equals("as") && t + 2 < p.tokenEnd() && lower(tokens.get(t + 1)).equals("long")
                    && lower(tokens.get(t + 2)).equals("as")
                    || w.equals("condition") && t > 0 && lower(tokens.get(t - 1)).equals("on");
            if (!marker) {
                continue;
            }
            boolean inContent = content != null && t >= content[0] && t < content[1];
            boolean underScope = scope >= 0 && p.contains(scope) && p.dominates(scope, t);
            if (inContent || underScope) {
                return new Found<>(t, t);
            }
        }
        return new Found<>(-1, -1);
    }

    static Found<Boolean> negation(List<Token> tokens, DependencyParse p, int head) {
        if (head < 0 || !p.contains(head)) {
            return new Found<>(false, -1);
        }
        for (int c : p.children(head)) {
            String r = p.relation(c);
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
                    && NEGATIONS.contains(lower(tokens.get(c)))) {
                return new Found<>(true, c);
            }
        }
        return new Found<>(false, -1);
    }

    static Found<Boolean> hedge(List<Token> tokens, int[] content, int cue) {
        if (cue >= 0 && HEDGES.contains(lemma(tokens.get(cue)))) {
            return new Found<>(true, cue);
        }
        if (content != null) {
            for (int t = content[0]; t < content[1]; t++) {
                if (HEDGES.contains(lower(tokens.get(t))) || HEDGES.contains(lemma(tokens.get(t)))) {
                    return new Found<>(true, t);
                }
            }
        }
        return new Found<>(false, -1);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
    }
}
