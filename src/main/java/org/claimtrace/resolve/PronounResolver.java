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
    /** The most that distance costs inside the pronoun's own sentence: less than one sentence. */
    private static final double MAX_SAME_SENTENCE = 25;

    private PronounResolver() {
    }

    static Gender genderOf(String word) {
        return PRONOUNS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The longest apposition skipped after a subject: "Richard Thomas, the information commissioner, said". */
    static final int MAX_APPOSITION = 12;
    /**
     * The longest relative clause skipped after a subject: "Aparna Mathur, who studies tax policy and labor issues
     * at the American Enterprise Institute, said".
     */
    static final int MAX_RELATIVE_CLAUSE = 30;
    /** The most appositions between commas skipped one after another. */
    static final int MAX_APPOSITIONS = 4;

    private static boolean isRelative(Token t) {
        return t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WDT") || t.pos().equals("WP$"));
    }

    /**
     * True when the span [tokenBegin, tokenEnd) looks like a clause subject: a verb or modal follows, after
     * adverbs and after an apposition between commas.
     */
    static boolean isSubjectLike(List<Token> tokens, int tokenBegin, int tokenEnd) {
        return isSubjectLike(tokens, tokenBegin, tokenEnd, true);
    }

    /**
     * As {@link #isSubjectLike(List, int, int)}; with {@code infinitives} false, the understood subject of an
     * infinitive ("forced Apple to lower") does not count: "called Dubois to congratulate her".
     */
    static boolean isSubjectLike(List<Token> tokens, int tokenBegin, int tokenEnd, boolean infinitives) {
        return subjectVerb(tokens, tokenBegin, tokenEnd, infinitives) >= 0;
    }

    /** Whether the span is the subject of a speech verb ("Bamberg also said", "Jane Roe, a lawyer, told"). */
    static boolean isSpeaker(List<Token> tokens, int tokenBegin, int tokenEnd) {
        int v = subjectVerb(tokens, tokenBegin, tokenEnd, false);
        return v >= 0 && QuoteSpeakers.isSpeech(tokens.get(v));
    }

    /** The verb that makes the span a subject ({@link #isSubjectLike(List, int, int, boolean)}), or -1. */
    static int subjectVerb(List<Token> tokens, int tokenBegin, int tokenEnd, boolean infinitives) {
        int i = tokenEnd;
        int sentence = tokens.get(tokenEnd - 1).sentence();
        if (i < tokens.size() && tokens.get(i).text().equals("(")) {
            // "General Motors ( GM ) announced"
            int close = i + 1;
            while (close < tokens.size() && close - i <= MAX_APPOSITION && !tokens.get(close).text().equals(")")) {
                close++;
            }
            if (close >= tokens.size() || !tokens.get(close).text().equals(")")) {
                return -1;
            }
            i = close + 1;
        }
        if (i + 1 < tokens.size() && tokens.get(i).text().equals(",") && isFiniteVerb(tokens.get(i + 1))) {
            // the comma that closes an apposition before the name: "the manufacturer, Airbus, has won"
            return i + 1;
        }
        if (infinitives && i + 1 < tokens.size() && "TO".equals(tokens.get(i).pos()) && tokens.get(i + 1).pos() != null
                && tokens.get(i + 1).pos().equals("VB")) {
            // the understood subject of an infinitive: "forced Apple to lower its prices"
            return i + 1;
        }
        // appositions between commas, one after another: "Donna Rawlings, 59, of Ashton, Md., who watched it, said"
        for (int segment = 0; segment < MAX_APPOSITIONS && i < tokens.size() && tokens.get(i).text().equals(",");
             segment++) {
            String opens = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : null;
            if (segment > 0 && (opens == null || opens.equals("CC") || opens.startsWith("VB"))) {
                return -1; // ", and has since increased": a clause, not another apposition
            }
            int close = -1;
            int reach = i + 1 < tokens.size() && isRelative(tokens.get(i + 1)) ? MAX_RELATIVE_CLAUSE : MAX_APPOSITION;
            for (int j = i + 1; j < tokens.size() && j <= i + reach && tokens.get(j).sentence() == sentence; j++) {
                if (tokens.get(j).text().equals(",")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                return -1;
            }
            i = close + 1;
            String after = i < tokens.size() ? tokens.get(i).pos() : null;
            if (after == null || after.startsWith("VB") || after.equals("MD") || after.equals("RB")
                    || segment + 1 == MAX_APPOSITIONS) {
                break;
            }
            i = close; // no verb yet: the closing comma opens the next apposition
        }
        while (i < tokens.size() && tokens.get(i).sentence() == sentence) {
            String pos = tokens.get(i).pos();
            if (pos == null) {
                return -1;
            }
            if (pos.startsWith("VB") || pos.equals("MD")) {
                return i;
            }
            if (pos.equals("RB")) {
                i++;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** A candidate after a preposition ("by Airbus", "from Qatar Airways") is less salient than an object. */
    static final double OBLIQUE_PENALTY = 15;

    static boolean isOblique(List<Token> tokens, int tokenBegin) {
        int i = tokenBegin - 1;
        if (i >= 0 && "DT".equals(tokens.get(i).pos())) {
            i--;
        }
        return i >= 0 && "IN".equals(tokens.get(i).pos());
    }

    private static boolean isFiniteVerb(Token t) {
        String pos = t.pos();
        return pos != null && (pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || pos.equals("MD"));
    }

    /**
     * Salience of a candidate antecedent for a pronoun at token {@code pronoun}, {@code sentenceDistance}
     * sentences after it. In the same sentence, distance costs less than a sentence does: "Kerr Putney, the
     * police chief, said that the footage did not ..., but he said" is Putney, not the subject of the sentence
     * before.
     */
    static double score(List<Token> tokens, int pronoun, int candidateBegin, int candidateEnd, boolean subject,
                        int sentenceDistance) {
        double s = subject ? SUBJECT_BONUS : OTHER_BONUS;
        if (sentenceDistance == 0) {
            s -= Math.min(PER_TOKEN * (pronoun - candidateEnd), MAX_SAME_SENTENCE);
        } else {
            s -= PER_SENTENCE * sentenceDistance;
        }
        return s;
    }
}
