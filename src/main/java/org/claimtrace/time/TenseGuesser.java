package org.claimtrace.time;

import java.util.List;
import java.util.Set;

/**
 * Guesses the tense that governs a time expression from the words of its sentence: first cue words just before
 * the expression ("until Friday", "since March"), then the nearest verb group, looking left of the expression
 * first (news puts the time after its verb: "announced Friday that it will ..."), then right.
 */
public final class TenseGuesser {
    private static final Set<String> FORWARD_CUES = Set.of("until", "till", "next",
            "coming", "upcoming", "following");
    private static final Set<String> BACKWARD_CUES = Set.of("since", "last", "past", "previous", "ago", "earlier");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "``", "''", "\"");

    private TenseGuesser() {
    }

    /** The tense for the expression over words {@code [first, end)}. */
    public static Tense guess(List<Word> words, int first, int end) {
        for (int i = first; i >= Math.max(0, first - 1); i--) {
            String w = words.get(i).lower();
            if (FORWARD_CUES.contains(w)) {
                return Tense.FUTURE;
            }
            if (BACKWARD_CUES.contains(w)) {
                return Tense.PAST;
            }
        }
        Tense left = verbTense(words, first - 1, -1);
        if (left != null) {
            return left;
        }
        Tense right = verbTense(words, end, 1);
        return right != null ? right : Tense.PRESENT;
    }

    /** Tense of the first verb group met walking from {@code start} in direction {@code step}, or null. */
    private static Tense verbTense(List<Word> words, int start, int step) {
        for (int i = start; i >= 0 && i < words.size(); i += step) {
            Word w = words.get(i);
            if (CLAUSE_BREAKS.contains(w.text())) {
                return null;
            }
            if (!w.isVerb() && !"MD".equals(w.pos())) {
                continue;
            }
            return groupTense(words, i);
        }
        return null;
    }

    /** Tense of the verb group holding the verb at {@code i}, read from the auxiliaries to its left. */
    private static Tense groupTense(List<Word> words, int i) {
        int head = i;
        while (head > 0 && isAuxiliaryOrAdverb(words.get(head - 1))) {
            head--;
        }
        for (int j = head; j <= i; j++) {
            String w = words.get(j).lower();
            if (FUTURE_MODALS.contains(w) || w.equals("gon")) {
                return Tense.FUTURE;
            }
        }
        Word verb = words.get(i);
        Word before = head > 0 ? words.get(head - 1) : null;
        if (before != null && before.lower().equals("to") && "VB".equals(verb.pos())) {
            // an infinitive: "is set to begin", "plans to", "markets to remain" (headline) point forward;
            // "was set to begin" and "agreed to buy" take the governing verb's tense
            Tense governing = head >= 2 ? verbTense(words, head - 2, -1) : null;
            return governing == null || governing == Tense.PRESENT ? Tense.FUTURE : governing;
        }
        for (int j = head; j <= i; j++) {
            Word w = words.get(j);
            if ("VBD".equals(w.pos())) {
                return Tense.PAST;
            }
            if ("VBN".equals(w.pos()) && j > head && isHave(words.get(head))) {
                return Tense.PAST;
            }
        }
        if ("VBN".equals(verb.pos()) && head == i) {
            return Tense.PAST; // a reduced relative or headline participle: "plans announced in January"
        }
        return Tense.PRESENT;
    }

    private static boolean isAuxiliaryOrAdverb(Word w) {
        return w.isVerb() || "MD".equals(w.pos()) || "RB".equals(w.pos()) || w.lower().equals("not")
                || w.lower().equals("n't");
    }

    private static boolean isHave(Word w) {
        String s = w.lower();
        return s.equals("has") || s.equals("have") || s.equals("had") || s.equals("'s") || s.equals("'ve");
    }
}
