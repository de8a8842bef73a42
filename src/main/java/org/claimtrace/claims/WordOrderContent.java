package org.claimtrace.claims;

import org.claimtrace.claims.text.Trees;
import org.claimtrace.claims.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;

import java.util.List;

/**
 * Word-order fallbacks for a cue whose clause the parser did not attach to it, as parsers often fail to
 * with reporting verbs: "[The plan is tilted toward the rich], the Tax Foundation said.", "[...], said
 * Batchelder." take the text before the comma; "Trump said [praise from Putin would not affect his
 * policy]." the text after the cue, when it holds a finite verb. Stateless.
 */
final class WordOrderContent {
    private WordOrderContent() {
    }

    /** A claim for cue {@code v} with the content found by word order, or null when there is none. */
    static Draft surfaceContent(List<Token> tokens, DependencyParse p, int v, CueLexicon.Entry e, int subj,
                                int[] source, int[] addressee) {
        int sentenceEnd = p.tokenEnd();
        int firstAfter = Math.max(v + 1, source[0] > v ? source[1] : v + 1);
        int before = Math.min(v, source[0]) - 1;
        // the cue ends its clause: at most a few words ("on Friday", "in a statement") before a comma or the end
        int clauseEnd = firstAfter;
        while (clauseEnd < sentenceEnd && !tokens.get(clauseEnd).text().equals(",")) {
            clauseEnd++;
        }
        boolean endsSentence = clauseEnd - firstAfter <= 6 && !hasVerb(tokens, firstAfter, clauseEnd);
        if (endsSentence && before > p.tokenBegin() && isBreak(tokens.get(before).text())) {
            int[] content = Trees.trim(tokens, new int[]{p.tokenBegin(), before + (isQuoteMark(tokens, before) ? 1 : 0)});
            if (content[1] - content[0] >= 3 && hasVerb(tokens, content[0], content[1])) {
                return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, content, -1, addressee, v,
                        "surface-before", 0.7);
            }
        }
        boolean sourceBefore = source[1] == v || source[1] < v && subj < v && onlyModifiersBetween(tokens, p, subj, v, source[1]);
        if (sourceBefore && !e.has("clausal") && v + 1 < sentenceEnd && !isBreak(tokens.get(v + 1).text())) {
            int[] content = Trees.trim(tokens, new int[]{v + 1, sentenceEnd});
            if (content[1] - content[0] >= 3 && hasFiniteVerb(tokens, content[0], content[1])) {
                return new Draft(p.sentence(), v, v + 1, e.lemma(), e, subj, source, content, firstVerb(tokens, content),
                        addressee, v, "surface-after", 0.65);
            }
        }
        return null;
    }

    /**
     * Whether the words between a source and its cue only belong to the source or modify the cue: an
     * apposition or relative clause of the source ("Brunner, a developer, said"), the cue's auxiliaries and
     * adverbs ("has also said"), punctuation. A clause of its own in between ("left and said") is not.
     */
    private static boolean onlyModifiersBetween(List<Token> tokens, DependencyParse p, int subj, int v, int from) {
        int[] subject = Trees.subtree(p, subj);
        for (int i = from; i < v; i++) {
            String rel = p.relation(i);
            boolean ofSource = i >= subject[0] && i < subject[1];
            boolean ofCue = p.head(i) == v && (rel.startsWith("aux") || rel.equals("advmod") || rel.equals("punct"));
            if (!ofSource && !ofCue && !tokens.get(i).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    static boolean isBreak(String t) {
        return t.equals(",") || t.equals("”") || t.equals("\"") || t.equals("''") || t.equals("—") || t.equals("--");
    }

    private static boolean isQuoteMark(List<Token> tokens, int i) {
        return Quotes.isQuote(tokens.get(i).text());
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String pos = tokens.get(i).pos();
            if (pos != null && (pos.startsWith("VB") || pos.equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String pos = tokens.get(i).pos();
            if ("VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos) || "MD".equals(pos)) {
                return true;
            }
        }
        return false;
    }

    static int firstVerb(List<Token> tokens, int[] range) {
        for (int t = range[0]; t < range[1]; t++) {
            String pos = tokens.get(t).pos();
            if (pos != null && pos.startsWith("VB")) {
                return t;
            }
        }
        return -1;
    }
}
