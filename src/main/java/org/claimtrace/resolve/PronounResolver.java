package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links third-person personal pronouns to person mentions with a salience score in the spirit of
 * Lappin and Leass: candidates in the same and the two previous sentences; a subject is preferred to an
 * object, and nearer is preferred to farther. Subjects are recognised from part-of-speech tags (a name or
 * pronoun followed by a verb or modal), so no parse is needed.
 */
final class PronounResolver {
    /** Grammatical gender of the pronouns handled. */
    enum Gender { MALE, FEMALE }

    static final Map<String, Gender> PRONOUNS = Map.of(
            "he", Gender.MALE, "him", Gender.MALE, "his", Gender.MALE, "himself", Gender.MALE,
            "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE, "herself", Gender.FEMALE);

    static final int SENTENCE_WINDOW = 2;
    private static final double SUBJECT_BONUS = 80;
    private static final double OTHER_BONUS = 50;
    private static final double PER_TOKEN = 2;
    private static final double PER_SENTENCE = 30;

    private PronounResolver() {
    }

    static Gender genderOf(String word) {
        return PRONOUNS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The longest apposition skipped after a subject: "Richard Thomas, the information commissioner, said". */
    static final int MAX_APPOSITION = 12;

    /**
     * True when the span [tokenBegin, tokenEnd) looks like a clause subject: a verb or modal follows, after
     * adverbs and after an apposition between commas.
     */
    static boolean isSubjectLike(List<Token> tokens, int tokenBegin, int tokenEnd) {
        int i = tokenEnd;
        int sentence = tokens.get(tokenEnd - 1).sentence();
        if (i < tokens.size() && tokens.get(i).text().equals(",")) {
            int close = -1;
            for (int j = i + 1; j < tokens.size() && j <= i + MAX_APPOSITION && tokens.get(j).sentence() == sentence; j++) {
                if (tokens.get(j).text().equals(",")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                return false;
            }
            i = close + 1;
        }
        while (i < tokens.size() && tokens.get(i).sentence() == sentence) {
            String pos = tokens.get(i).pos();
            if (pos == null) {
                return false;
            }
            if (pos.startsWith("VB") || pos.equals("MD")) {
                return true;
            }
            if (pos.equals("RB")) {
                i++;
                continue;
            }
            return false;
        }
        return false;
    }

    /** Salience of a candidate antecedent for a pronoun at token {@code pronoun}. */
    static double score(List<Token> tokens, int pronoun, int candidateBegin, int candidateEnd, boolean subject) {
        int sentenceDistance = tokens.get(pronoun).sentence() - tokens.get(candidateBegin).sentence();
        double s = subject ? SUBJECT_BONUS : OTHER_BONUS;
        if (sentenceDistance == 0) {
            s -= PER_TOKEN * (pronoun - candidateEnd);
        } else {
            s -= PER_SENTENCE * sentenceDistance;
        }
        return s;
    }
}
