package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.Locale;
import java.util.Set;

/**
 * The tokens that a time expression can hold before its first time word or digit ("the end of this year", "the
 * last three months", "Martin Luther King Day"): determiners, numbers, adjectives, adverbs, prepositions and a few
 * nouns of part and quantity, and names only in a run of names (and "of") up to the time word. A window reaches
 * left over such tokens only (at most {@link TimeWords#BEFORE}), because SUTime's cost grows with every token it
 * reads.
 *
 * <p>Measured with SUTime on whole sentences of polnear-train's and Wikinews' texts: of 13,324 expressions with a
 * time word or digit, 9,396 begin at it, 3,070 one token before, 570 two, 222 three, 61 four, 5 five. Every
 * word before the first time word of those expressions is covered by the tags and words here.
 */
final class ExpressionLead {
    private static final Set<String> TAGS = Set.of("DT", "PDT", "CD", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "IN",
            "TO", "HYPH", "VBG", "RP", "``", "''");
    /** Tags of the words of a name ("Martin Luther King Day", "St. Patrick's Day"). */
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "POS");
    /**
     * Nouns of part and quantity, words the tagger takes for verbs ("the end of", "last") or a modal ("May"), and
     * the "right" of "right now".
     */
    private static final Set<String> WORDS = Set.of("end", "start", "beginning", "middle", "half", "couple", "dozen",
            "dozens", "hundreds", "thousands", "rest", "part", "remainder", "bulk", "turn", "course", "close", "last",
            "may", "business", "right");

    private ExpressionLead() {
    }

    /** True if the token can be part of a time expression before its time word, other than a name's word. */
    static boolean canLead(CoreLabel token) {
        String tag = token.tag();
        return tag == null || TAGS.contains(tag) || WORDS.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /** True for "of", which keeps a run of names going ("the Fourth of July", "the Ides of March"). */
    static boolean joinsNames(CoreLabel token) {
        return "of".equalsIgnoreCase(token.word());
    }

    /** True for a word of a name, which leads only when nothing but names and "of" lie between it and the time word. */
    static boolean isNameWord(CoreLabel token) {
        return token.tag() != null && NAME_TAGS.contains(token.tag());
    }
}
