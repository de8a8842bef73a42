package org.claimtrace.claims;

import org.claimtrace.claims.rules.ClaimDraft;
import org.claimtrace.claims.text.Trees;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.Calibration;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.learn.RoleAssignment;
import org.claimtrace.model.DependencyParse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a {@link ClaimDraft} off the role tagger's decision: the source is the run of source tokens nearest
 * the cue, the content is every run of content tokens, and the heads and the addressee come from the parse.
 */
public final class ClaimDrafts {
    /** Verbs whose "to X" or "from X" names whom the claim is addressed to ("said to reporters"). */
    private static final Set<String> ADDRESSEE_CASES = Set.of("to", "from");

    private ClaimDrafts() {
    }

    /** Whether a content holds a word: a content of quotation marks or dashes alone says nothing. */
    static boolean hasWord(AttributionInput in, BitSet content) {
        for (int t = content.nextSetBit(0); t >= 0; t = content.nextSetBit(t + 1)) {
            String word = in.token(t).text();
            for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                if (Character.isLetterOrDigit(word.codePointAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The draft, or null when the content has no word (or none was found). */
    public static ClaimDraft of(AttributionInput in, RoleAssignment a, Calibration calibration, String origin) {
        BitSet content = a.content();
        if (!hasWord(in, content)) {
            return null;
        }
        CueSpan cue = a.cue().span();
        List<int[]> runs = a.contentRuns();
        int[] source = a.sourceRun();
        int sourceHead = source == null ? -1 : head(in, source[0], source[1]);
        int contentHead = contentHead(in, cue, runs);
        CueLexicon.Entry entry = entry(in, cue, runs);
        int[] addressee = addressee(in, cue, entry(in, cue), a.source(), content);
        return new ClaimDraft(cue.sentence(), cue.begin(), cue.end(), cue.head(), entry, sourceHead, source, runs,
                contentHead, addressee, calibration.apply(a.rawScore()), origin);
    }

    /** The token of [begin, end) highest in its sentence's parse; without a parse, the last noun or pronoun. */
    static int head(AttributionInput in, int begin, int end) {
        DependencyParse p = in.parse(in.token(begin).sentence());
        if (p != null && p.contains(end - 1)) {
            int best = -1;
            int bestDepth = Integer.MAX_VALUE;
            for (int t = begin; t < end; t++) {
                int depth = CueSpan.depth(p, t);
                if (depth < bestDepth) {
                    best = t;
                    bestDepth = depth;
                }
            }
            return best;
        }
        for (int t = end - 1; t >= begin; t--) {
            String pos = in.pos(t);
            if (pos.startsWith("NN") || pos.startsWith("PRP")) {
                return t;
            }
        }
        return end - 1;
    }

    /**
     * The cue's lexicon entry: its head's, unless that is missing or a light verb and another word of the cue has
     * one ("expressed a commitment to" is a commitment, "signalled its openness to" an offer).
     */
    /**
     * As {@link #entry(AttributionInput, CueSpan)}; a light verb whose content opens with a cue noun ("signalled
     * | its openness to allowing …", "expressed | a commitment to …") takes the noun's entry, as it would had the
     * noun been part of the cue.
     */
    static CueLexicon.Entry entry(AttributionInput in, CueSpan cue, List<int[]> contentRuns) {
        CueLexicon.Entry e = entry(in, cue);
        if (e != null && !(e.has("light") || e.has("lightonly")) || contentRuns.isEmpty()) {
            return e;
        }
        int first = contentRuns.get(0)[0];
        if (first != cue.end() && first != cue.end() + 1) {
            return e;
        }
        for (int t = first; t < Math.min(first + NOUN_REACH, contentRuns.get(0)[1]); t++) {
            CueLexicon.Entry noun = in.pos(t).startsWith("NN") ? in.lexiconEntry(t) : null;
            if (noun != null && noun.pos() == CueLexicon.Pos.NOUN && !noun.has("light")) {
                return noun;
            }
            if (!in.pos(t).matches("DT|PRP\\$|JJ.*|POS|NN.*")) {
                break; // past the noun phrase that opens the content
            }
        }
        return e;
    }

    /** How far into the content its opening noun may stand ("its clear openness"). */
    private static final int NOUN_REACH = 4;

    static CueLexicon.Entry entry(AttributionInput in, CueSpan cue) {
        CueLexicon.Entry head = in.lexiconEntry(cue.head());
        if (head != null && !head.has("light") && !head.has("lightonly")) {
            return head;
        }
        for (int t = cue.begin(); t < cue.end(); t++) {
            CueLexicon.Entry e = t == cue.head() ? null : in.lexiconEntry(t);
            if (e != null && !e.has("light") && !e.has("lightonly")) {
                return e;
            }
        }
        return head;
    }

    /**
     * The content's main predicate: its highest token in the cue's sentence, else in the first parsed sentence. A
     * noun with a clause of its own ("Syria's position that Assad should face trial") gives way to the clause's
     * predicate, which carries the modality and the structure.
     */
    private static int contentHead(AttributionInput in, CueSpan cue, List<int[]> runs) {
        int head = highest(in, cue, runs);
        if (head >= 0 && in.pos(head).startsWith("NN")) {
            DependencyParse p = in.parse(in.token(head).sentence());
            int clause = p.firstChild(head, "acl", "ccomp", "acl:relcl");
            if (clause >= 0 && p.relation(clause).equals("acl:relcl")) {
                clause = -1; // "the plan that failed": a relative clause says something about the noun
            }
            if (clause >= 0 && inside(runs, clause) && p.firstChild(clause, "mark") >= 0) {
                return clause;
            }
        }
        return head;
    }

    private static boolean inside(List<int[]> runs, int t) {
        for (int[] run : runs) {
            if (t >= run[0] && t < run[1]) {
                return true;
            }
        }
        return false;
    }

    private static int highest(AttributionInput in, CueSpan cue, List<int[]> runs) {
        int best = -1;
        int bestKey = Integer.MAX_VALUE;
        for (int[] run : runs) {
            for (int t = run[0]; t < run[1]; t++) {
                int s = in.token(t).sentence();
                DependencyParse p = in.parse(s);
                if (p == null || !in.pos(t).matches("VB.*|NN.*|JJ.*|PRP|CD")) {
                    continue;
                }
                int key = (s == cue.sentence() ? 0 : 1000) + CueSpan.depth(p, t);
                if (key < bestKey) {
                    best = t;
                    bestKey = key;
                }
            }
        }
        return best;
    }

    /**
     * Whom the claim is addressed to: the cue verb's indirect object, its object when the lexicon says the verb
     * takes one ("assured Putin that ..."), or its "to"/"from" phrase, when none of it is source or content.
     */
    private static int[] addressee(AttributionInput in, CueSpan cue, CueLexicon.Entry entry, BitSet source, BitSet content) {
        DependencyParse p = in.parse(cue.sentence());
        if (p == null) {
            return null;
        }
        for (int c : p.children(cue.head())) {
            String r = p.relation(c);
            boolean candidate = r.equals("iobj")
                    || r.equals("obj") && entry != null && entry.has("addressee")
                    || r.startsWith("obl") && caseMarker(in, p, c) != null && ADDRESSEE_CASES.contains(caseMarker(in, p, c));
            if (!candidate || source.get(c) || content.get(c)) {
                continue;
            }
            int[] range = Trees.trim(in.tokens(), Trees.subtree(p, c));
            boolean free = range[1] > range[0];
            for (int t = range[0]; t < range[1] && free; t++) {
                free = !source.get(t) && !content.get(t) && !cue.contains(t);
            }
            if (free) {
                if (r.startsWith("obl") && in.lower(range[0]).matches("to|from")) {
                    range = new int[]{range[0] + 1, range[1]};
                }
                return range[1] > range[0] ? range : null;
            }
        }
        return null;
    }

    private static String caseMarker(AttributionInput in, DependencyParse p, int head) {
        for (int c : p.children(head)) {
            if (p.relation(c).equals("case")) {
                return in.token(c).text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
