package org.claimtrace.claims;

import org.claimtrace.claims.text.Trees;
import org.claimtrace.claims.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributions marked by punctuation rather than a verb, found on tokens and entity mentions alone:
 * <ul>
 *   <li>"Clinton: Trump is unfit" — a name at the start of a sentence or headline, then a colon;</li>
 *   <li>“He represents our greatest shame.” ― Sonya Herridge — a quotation followed by a dash and a name.</li>
 * </ul>
 */
final class SurfacePatterns {
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    private static final CueLexicon.Entry COLON = new CueLexicon.Entry(":", CueLexicon.Pos.PHRASE, ClaimType.ASSERTION, Set.of());
    private static final CueLexicon.Entry ACCORDING = new CueLexicon.Entry("according to", CueLexicon.Pos.PHRASE,
            ClaimType.ASSERTION, Set.of());
    private static final CueLexicon.Entry DASH = new CueLexicon.Entry("―", CueLexicon.Pos.PHRASE, ClaimType.ASSERTION, Set.of());
    private static final int MAX_NAME_TOKENS = 5;

    private SurfacePatterns() {
    }

    static List<Draft> find(List<Token> tokens, List<Sentence> sentences, List<Quotes.Quote> quotes, MentionIndex mentions) {
        List<Draft> out = new ArrayList<>();
        for (Sentence s : sentences) {
            // "Name: content", also "PENCE: ..." in transcripts (after an opening quotation mark)
            int start = s.tokenBegin();
            if (start < s.tokenEnd() && Quotes.isQuote(tokens.get(start).text())) {
                start++;
            }
            int nameEnd = speakerEnd(tokens, mentions, start, s.tokenEnd());
            if (nameEnd > start && nameEnd < s.tokenEnd() - 2 && tokens.get(nameEnd).text().equals(":")) {
                int[] content = Trees.trim(tokens, new int[]{nameEnd + 1, s.tokenEnd()});
                if (content[1] > content[0]) {
                    out.add(new Draft(s.index(), nameEnd, nameEnd + 1, ":", COLON, nameEnd - 1,
                            new int[]{start, nameEnd}, content, -1, null, -1, "colon", 0.7));
                }
            }
        }
        for (Sentence s : sentences) {
            Draft d = accordingTo(tokens, s);
            if (d != null) {
                out.add(d);
            }
        }
        // “quote” ― Name
        for (Quotes.Quote q : quotes) {
            int dash = q.closeToken() + 1;
            if (dash + 1 >= tokens.size() || !DASHES.contains(tokens.get(dash).text())) {
                continue;
            }
            MentionIndex.Hit name = mentions.at(dash + 1);
            if (name != null && isSpeaker(name) && name.mention().tokenBegin() == dash + 1) {
                out.add(new Draft(tokens.get(dash).sentence(), dash, dash + 1, "―", DASH, name.mention().tokenEnd() - 1,
                        new int[]{name.mention().tokenBegin(), name.mention().tokenEnd()},
                        new int[]{q.openToken(), q.closeToken() + 1}, -1, null, -1, "dash", 0.75));
            }
        }
        return out;
    }

    /**
     * "According to X, ..." and "..., according to X." by word order, for when the parse does not attach
     * "according to" where its pattern expects it.
     */
    private static Draft accordingTo(List<Token> tokens, Sentence s) {
        for (int i = s.tokenBegin(); i + 2 < s.tokenEnd(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("according") || !tokens.get(i + 1).text().equalsIgnoreCase("to")) {
                continue;
            }
            int srcEnd = i + 2;
            while (srcEnd < s.tokenEnd() && srcEnd - i < 14 && !",.;:".contains(tokens.get(srcEnd).text())) {
                srcEnd++;
            }
            if (srcEnd == i + 2) {
                return null;
            }
            int[] source = {i + 2, srcEnd};
            int[] content;
            if (i == s.tokenBegin() && srcEnd < s.tokenEnd() && tokens.get(srcEnd).text().equals(",")) {
                content = Trees.trim(tokens, new int[]{srcEnd + 1, s.tokenEnd()});
            } else if (i > s.tokenBegin() && tokens.get(i - 1).text().equals(",")) {
                content = Trees.trim(tokens, new int[]{s.tokenBegin(), i - 1});
            } else {
                return null;
            }
            if (content[1] - content[0] < 3) {
                return null;
            }
            return new Draft(s.index(), i, i + 2, "according to", ACCORDING, srcEnd - 1, source, content, -1, null,
                    -1, "according-surface", 0.75);
        }
        return null;
    }

    /** The end of a speaker label at {@code start}: a person or organization mention, or a word in capitals. */
    private static int speakerEnd(List<Token> tokens, MentionIndex mentions, int start, int end) {
        if (start >= end) {
            return -1;
        }
        MentionIndex.Hit h = mentions.at(start);
        if (h != null && isSpeaker(h) && h.mention().tokenBegin() == start
                && h.mention().tokenEnd() - start <= MAX_NAME_TOKENS) {
            return h.mention().tokenEnd();
        }
        int i = start;
        while (i < end && i - start < 3 && isCapitalsWord(tokens.get(i).text())) {
            i++;
        }
        return i > start ? i : -1;
    }

    private static boolean isCapitalsWord(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                && w.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isSpeaker(MentionIndex.Hit h) {
        EntityType t = h.entity().type();
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
    }
}
