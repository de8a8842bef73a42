package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom an unnamed source speaks for. A spokesperson, an official or an aide is not the organization or person
 * they speak for, so the claimant stays unnamed and the claim records the affiliation apart:
 * <ul>
 *   <li>after the head, through a preposition: "a spokesman for Mr Prescott", "A spokesman for Unison,
 *       Britain's biggest union" (Unison, not the apposition's Britain), "officials at the ministry of
 *       Energy";</li>
 *   <li>before the head, as a modifier or possessive: "a Kremlin spokesman", "Labour officials", "a Downing
 *       Street spokesman", "Prescott's aide".</li>
 * </ul>
 * A name set off by a comma after the head is the source itself, not an affiliation: "Its chief executive,
 * Karin Holm".
 */
final class Affiliations {
    /** Heads of people who speak for someone else. */
    static final Set<String> SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson", "official", "source",
            "aide", "lawyer", "attorney", "representative", "member", "officer", "executive", "employee", "worker",
            "staff", "staffer", "adviser", "advisor", "negotiator", "insider", "diplomat", "analyst", "economist",
            "researcher", "scientist", "expert", "minister", "leader", "supporter", "activist", "campaigner",
            "strategist", "figure", "colleague", "ally", "envoy", "ambassador", "delegate", "surrogate");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "from", "with", "in");
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "-", "--", "–", "—", "(");

    /** The tokens [begin, end) of whom the source speaks for, and the entity there, or null. */
    record Span(int begin, int end, String entity) {
    }

    private Affiliations() {
    }

    static boolean speaksFor(String headLemma) {
        return SPEAKERS.contains(headLemma);
    }

    /** A person named in apposition after the head ("Norway's energy minister, Kristian Dahl"), or null. */
    static MentionIndex.Hit apposedPerson(List<Token> tokens, MentionIndex mentions, int head, int[] range) {
        for (int t = head + 1; t < range[1]; t++) {
            MentionIndex.Hit x = mentions.at(t);
            if (x != null && !x.entity().type().isTemporal()) {
                boolean apposed = t == head + 1 || APPOSITION_MARKS.contains(tokens.get(t - 1).text());
                return apposed && x.entity().type() == EntityType.PERSON && x.mention().tokenBegin() == t ? x : null;
            }
        }
        return null;
    }

    /** Whom the source with this head speaks for, within its span, or null. */
    static Span find(List<Token> tokens, MentionIndex mentions, int head, int[] range) {
        int p = head + 1;
        if (p < range[1] && PREPOSITIONS.contains(tokens.get(p).text().toLowerCase(Locale.ROOT))) {
            int t = p + 1;
            while (t < range[1] && isDeterminer(tokens.get(t))) {
                t++;
            }
            Span after = nameAt(tokens, mentions, t, range);
            if (after != null) {
                return after;
            }
            Span described = describedAt(tokens, mentions, p + 1, t, range);
            if (described != null) {
                return described;
            }
        }
        for (int t = head - 1; t >= range[0]; t--) {
            MentionIndex.Hit x = mentions.at(t);
            if (x != null && !x.entity().type().isTemporal()) {
                return new Span(Math.max(range[0], x.mention().tokenBegin()), t + 1, x.entity().id());
            }
            Token w = tokens.get(t);
            Entity byName = Character.isUpperCase(w.text().codePointAt(0)) ? mentions.named(w.text()) : null;
            if (byName != null) {
                return new Span(t, t + 1, byName.id()); // "a Norvane spokesperson", the name tagged as a noun
            }
            if (isProper(w)) {
                int b = t;
                while (b - 1 >= range[0] && isProper(tokens.get(b - 1)) && mentions.at(b - 1) == null) {
                    b--;
                }
                return new Span(b, t + 1, null);
            }
        }
        return null;
    }

    /** The name starting at token {@code t}: an entity mention, else a run of proper nouns, or null. */
    private static Span nameAt(List<Token> tokens, MentionIndex mentions, int t, int[] range) {
        if (t >= range[1]) {
            return null;
        }
        MentionIndex.Hit x = mentions.at(t);
        if (x != null && !x.entity().type().isTemporal()) {
            Mention m = x.mention();
            return new Span(t, Math.min(range[1], m.tokenEnd()), x.entity().id());
        }
        int e = t;
        while (e < range[1] && isProper(tokens.get(e)) && mentions.at(e) == null) {
            e++;
        }
        MentionIndex.Hit next = e > t && e < range[1] ? mentions.at(e) : null;
        if (next != null && !next.entity().type().isTemporal() && next.mention().tokenBegin() == e) {
            // "Mr Prescott": an honorific before the name
            return new Span(t, Math.min(range[1], next.mention().tokenEnd()), next.entity().id());
        }
        return e > t ? new Span(t, e, null) : null;
    }

    /**
     * A description after the preposition that the document ties to a name: "a spokesperson for the company",
     * with the company the article is about.
     */
    private static Span describedAt(List<Token> tokens, MentionIndex mentions, int begin, int t, int[] range) {
        int e = t;
        while (e < range[1] && isNoun(tokens.get(e)) && mentions.at(e) == null) {
            e++;
        }
        if (e == t || e == begin) {
            return null;
        }
        Entity d = mentions.linker(tokens).describe(e - 1, begin, e);
        return d == null ? null : new Span(begin, e, d.id());
    }

    private static boolean isNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NN");
    }

    private static boolean isDeterminer(Token t) {
        return "DT".equals(t.pos()) || "PRP$".equals(t.pos());
    }

    private static boolean isProper(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP");
    }
}
