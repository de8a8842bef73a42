package org.claimtrace.claims;

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
    private static final CueLexicon.Entry DASH = new CueLexicon.Entry("―", CueLexicon.Pos.PHRASE, ClaimType.ASSERTION, Set.of());
    private static final int MAX_NAME_TOKENS = 5;

    private SurfacePatterns() {
    }

    static List<Draft> find(List<Token> tokens, List<Sentence> sentences, List<Quotes.Quote> quotes, MentionIndex mentions) {
        List<Draft> out = new ArrayList<>();
        for (Sentence s : sentences) {
            // "Name: content"
            MentionIndex.Hit first = mentions.at(s.tokenBegin());
            if (first != null && isSpeaker(first)) {
                int colon = first.mention().tokenEnd();
                if (colon < s.tokenEnd() - 2 && tokens.get(colon).text().equals(":")
                        && first.mention().tokenEnd() - first.mention().tokenBegin() <= MAX_NAME_TOKENS) {
                    int[] content = Trees.trim(tokens, new int[]{colon + 1, s.tokenEnd()});
                    if (content[1] > content[0]) {
                        out.add(new Draft(s.index(), colon, colon + 1, ":", COLON, colon - 1,
                                new int[]{first.mention().tokenBegin(), colon}, content, -1, null, -1, "colon", 0.7));
                    }
                }
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

    private static boolean isSpeaker(MentionIndex.Hit h) {
        EntityType t = h.entity().type();
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
    }
}
