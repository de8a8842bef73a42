package org.claimtrace.claims;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;

import java.util.List;

/**
 * Decides whether a word in a parsed sentence is a claim cue. The lexicon says which words can be;
 * a scorer says, in context, how likely one is. Implementations must be thread-safe.
 */
public interface CueScorer {

    /**
     * The probability that {@code token} is a cue.
     *
     * @param entry the token's lexicon entry, or null when the word is not in the lexicon
     */
    double score(List<Token> tokens, DependencyParse parse, int token, CueLexicon.Entry entry);

    /** Threshold at or above which a lexicon word is taken as a cue. */
    default double lexiconThreshold() {
        return 0.5;
    }

    /** Threshold at or above which a word outside the lexicon is taken as a cue (an assertion). */
    default double openThreshold() {
        return 1.01;
    }

    /** Every lexicon word is a cue, nothing else is. */
    CueScorer LEXICON_ONLY = (tokens, parse, token, entry) -> entry == null ? 0 : 1;
}
