package org.claimtrace.time;

import java.util.List;
import java.util.Set;

/**
 * Guesses the tense that governs a time expression from the words of its sentence: first cue words just before
 * the expression ("until Friday", "since March", "payable Dec. 1", "effective June 1", "as early as Tuesday"), then the nearest verb group, looking left of the expression
 * first (news puts the time after its verb: "announced Friday that it will ..."), then right.
 */
public final class TenseGuesser {
    private static final Set<String> FORWARD_CUES = Set.of("until", "till", "next",
            "coming", "upcoming", "following", "effective", "payable");
    /** "as soon as Tuesday", "as early as next week": the earliest a future event can happen. */
    private static final Set<String> EARLIEST = Set.of("soon", "early");
    private static final Set<String> BACKWARD_CUES = Set.of("since", "last", "past", "previous", "ago", "earlier");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "'d");
    /** Participles that, after a present "is"/"are", schedule something: "is expected before Friday". */
    private static final Set<String> SCHEDULING = Set.of("expected", "scheduled", "due", "set", "planned", "slated",
            "poised");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "``", "''", "\"");

    private TenseGuesser() {
    }

    /** The tense for the expression over words {@code [first, end)}. */
    public static Tense guess(List<Word> words, int first, int end) {
        if (first >= 3 && words.get(first - 1).lower().equals("as") && EARLIEST.contains(words.get(first - 2).lower())
                && words.get(first - 3).lower().equals("as")) {
            return Tense.FUTURE;
        }
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
            boolean wouldHave = w.equals("would") && j + 1 <= i && words.get(j + 1).lower().equals("have");
            if ((FUTURE_MODALS.contains(w) && !wouldHave) || w.equals("gon")) {
                return Tense.FUTURE;
            }
        }
        if (SCHEDULING.contains(words.get(i).lower()) && PRESENT_BE.contains(words.get(head).lower())) {
            return Tense.FUTURE;
        }
        Word verb = words.get(i);
        Word before = head > 0 ? words.get(head - 1) : null;
        if (before != null && before.lower().equals("to") && "VB".equals(verb.pos())) {
            // an infinitive points forward from its governing verb: "is set to begin", "has promised to
            // introduce", "markets to remain" (headline); only a simple past ("agreed to buy", "was set to
            // begin") keeps it in the past
            return governedBySimplePast(words, head - 2) ? Tense.PAST : Tense.FUTURE;
        }
        for (int j = head; j <= i; j++) {
            Word w = words.get(j);
            if ("VBD".equals(w.pos())) {
                return Tense.PAST;
            }
            if ("VBN".equals(w.pos()) && j > head && isHave(words.get(j - 1))) {
                return Tense.PAST;
            }
        }
        if ("VBN".equals(verb.pos()) && head == i) {
            return Tense.PAST; // a reduced relative or headline participle: "plans announced in January"
        }
        return Tense.PRESENT;
    }

    /** True if the first verb group left of {@code start} holds a simple past form (VBD). */
    private static boolean governedBySimplePast(List<Word> words, int start) {
        for (int i = start; i >= 0; i--) {
            Word w = words.get(i);
            if (CLAUSE_BREAKS.contains(w.text())) {
                return false;
            }
            if (w.isVerb() || "MD".equals(w.pos())) {
                int head = i;
                while (head > 0 && isAuxiliaryOrAdverb(words.get(head - 1))) {
                    head--;
                }
                for (int j = head; j <= i; j++) {
                    if ("VBD".equals(words.get(j).pos())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
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
